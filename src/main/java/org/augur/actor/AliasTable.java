package org.augur.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.augur.nlp.Lexicon;

/**
 * Canonical names of countries, regions and organisations with their aliases ("US", "U.S.", "America"
 * → United States). Aliases match case-sensitively, on word boundaries, against the article text.
 */
public final class AliasTable {
    /** A canonical entry; {@code state} when it is a sovereign state (a UN member or observer state). */
    public record Entry(String canonical, ActorType type, boolean state) {
    }

    private final Map<String, Entry> byAlias = new HashMap<>();
    private final Map<String, List<String>> byFirstWord = new HashMap<>();

    public AliasTable(List<String[]> rows) {
        for (String[] row : rows) {
            if (row.length < 2) {
                throw new IllegalArgumentException("alias row needs canonical<TAB>type[<TAB>aliases[<TAB>state]]: " + String.join(" ", row));
            }
            boolean state = row.length > 3 && row[3].strip().equals("state");
            if (row.length > 3 && !state) {
                throw new IllegalArgumentException("alias row: a fourth column can only say 'state': " + String.join(" ", row));
            }
            Entry e = new Entry(row[0], ActorType.valueOf(row[1]), state);
            add(row[0], e);
            if (row.length > 2) {
                for (String alias : row[2].split("\\|")) {
                    if (!alias.isBlank()) {
                        add(alias.strip(), e);
                    }
                }
            }
        }
        byFirstWord.values().forEach(l -> l.sort((a, b) -> b.length() - a.length()));
    }

    public static AliasTable standard() {
        return new AliasTable(Lexicon.rows(Lexicon.lines(AliasTable.class, "aliases.tsv")));
    }

    private void add(String alias, Entry e) {
        byAlias.putIfAbsent(alias, e);
        byFirstWord.computeIfAbsent(firstWord(alias), k -> new ArrayList<>()).add(alias);
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) != ' ' && s.charAt(i) != '-') {
            i++;
        }
        return s.substring(0, i);
    }

    public Optional<Entry> lookup(String alias) {
        return Optional.ofNullable(byAlias.get(alias));
    }

    /**
     * The longest alias that starts at {@code begin} in {@code text} and ends on a word boundary, if any;
     * {@code word} is the token there (used to find candidates quickly).
     */
    public Optional<String> longestAt(String text, int begin, String word) {
        List<String> candidates = byFirstWord.get(firstWord(word));
        if (candidates == null) {
            return Optional.empty();
        }
        for (String alias : candidates) {
            int end = begin + alias.length();
            if (text.startsWith(alias, begin) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return Optional.of(alias);
            }
        }
        return Optional.empty();
    }
}
