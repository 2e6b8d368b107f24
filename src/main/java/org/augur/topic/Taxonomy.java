package org.augur.topic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.augur.nlp.Lexicon;
import org.augur.nlp.Sentence;

/**
 * Topic labels and the phrases that signal them. File format (taxonomy.tsv): {@code label<TAB>phrase|phrase…},
 * each phrase lower-case lemmas separated by spaces, {@code *} standing for any one word.
 * A phrase matches a word's lemma or its lower-cased form, so "arms control" and "arm control" both work.
 */
public final class Taxonomy {

    /** One phrase of one topic. */
    record Phrase(String label, String[] keys) {
    }

    /** A phrase found in a sentence: which topic, and the words [from, to) it covers. */
    public record Match(String label, int sentence, int from, int to) {
    }

    private final Map<String, List<Phrase>> byFirstKey = new HashMap<>();
    private final List<Phrase> wildcardFirst = new ArrayList<>();

    public Taxonomy(List<String[]> rows) {
        for (String[] row : rows) {
            if (row.length != 2) {
                throw new IllegalArgumentException("taxonomy row needs label<TAB>phrases: " + String.join(" ", row));
            }
            for (String p : row[1].split("\\|")) {
                String[] keys = p.strip().toLowerCase(Locale.ROOT).replace(" - ", "-").split("\\s+");
                if (keys.length == 0 || keys[0].isEmpty()) {
                    continue;
                }
                Phrase phrase = new Phrase(row[0], keys);
                if (keys[0].equals("*")) {
                    wildcardFirst.add(phrase);
                } else {
                    byFirstKey.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(phrase);
                }
            }
        }
    }

    public static Taxonomy standard() {
        return new Taxonomy(Lexicon.rows(Lexicon.lines(Taxonomy.class, "taxonomy.tsv")));
    }

    public static Taxonomy read(Path file) throws IOException {
        return new Taxonomy(Lexicon.rows(Lexicon.lines(file)));
    }

    /**
     * Matches in one sentence. Where phrases overlap, the longer one wins ("nuclear non-proliferation"
     * over "nuclear"); each word counts for at most one match.
     */
    public List<Match> find(Sentence s) {
        Words words = Words.of(s);
        List<Words.Word> w = words.list();
        List<Match> all = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            List<Phrase> candidates = new ArrayList<>(wildcardFirst);
            candidates.addAll(byFirstKey.getOrDefault(w.get(i).lemma(), List.of()));
            if (!w.get(i).form().equals(w.get(i).lemma())) {
                candidates.addAll(byFirstKey.getOrDefault(w.get(i).form(), List.of()));
            }
            for (Phrase p : candidates) {
                if (matchesAt(p, w, i)) {
                    all.add(new Match(p.label(), s.index(), i, i + p.keys().length));
                }
            }
        }
        all.sort(Comparator.comparingInt((Match m) -> m.from() - m.to()).thenComparingInt(Match::from));
        boolean[] used = new boolean[w.size()];
        List<Match> kept = new ArrayList<>();
        for (Match m : all) {
            boolean free = true;
            for (int i = m.from(); i < m.to(); i++) {
                free &= !used[i];
            }
            if (free) {
                for (int i = m.from(); i < m.to(); i++) {
                    used[i] = true;
                }
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Match::from));
        return kept;
    }

    private static boolean matchesAt(Phrase p, List<Words.Word> w, int i) {
        if (i + p.keys().length > w.size()) {
            return false;
        }
        for (int k = 0; k < p.keys().length; k++) {
            if (!w.get(i + k).matches(p.keys()[k])) {
                return false;
            }
        }
        return true;
    }
}
