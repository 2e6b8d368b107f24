package org.augur.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.augur.nlp.Lexicon;

/**
 * The rules a gist must keep to read as a headline (issue 17): 3–20 words (12 until issue 26, which found
 * the phrase that did not fit a worse failure than a long gist: see columns.md), not ending on a preposition,
 * article, conjunction or relative ("…the implementation of the SDGs in"), no pronoun or relative right
 * before "to" ("We to strive", "that to is"; an object pronoun only where it stands as the subject, "us to
 * strive", not "help us to meet"), at most one negation in a clause ("will not spare no effort"; "no peace if we do not
 * embrace inclusion" is two clauses). The word
 * classes are in gist-words.tsv. {@link Gist} checks its own output with these; {@code augur eval}
 * counts the gists of a run that break them.
 */
public final class GistRules {
    public static final int MIN_WORDS = 3;
    public static final int MAX_WORDS = 20;
    /** Words that open a condition, whose negation is its own. */
    static final Set<String> CONDITIONS = Set.of("if", "unless", "when", "whenever", "until", "once", "provided");
    private static final GistRules STANDARD = new GistRules(Lexicon.rows(Lexicon.lines(GistRules.class, "gist-words.tsv")));

    private final Map<String, String> classes = new HashMap<>();

    GistRules(List<String[]> rows) {
        for (String[] row : rows) {
            if (row.length < 2) {
                throw new IllegalArgumentException("gist-words.tsv: a word needs a class: " + String.join(" ", row));
            }
            classes.put(row[0].toLowerCase(Locale.ROOT), row[1]);
        }
    }

    public static GistRules standard() {
        return STANDARD;
    }

    /** The first rule {@code gist} breaks, in a few words ("ends on 'of'"), or empty when it breaks none. */
    public Optional<String> broken(String gist) {
        List<String> words = words(gist);
        if (words.size() < MIN_WORDS || words.size() > MAX_WORDS) {
            return Optional.of(words.size() + " words");
        }
        String last = words.get(words.size() - 1);
        if (endsNothing(last)) {
            return Optional.of("ends on '" + last + "'");
        }
        int negations = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (isNegation(w)) {
                negations++;
            }
            if (CONDITIONS.contains(w) && negations < 2) {
                negations = 0;   // "no peace if we do not embrace inclusion": a condition is a clause of its own
            }
            // "We to strive" is garbled, "help us to meet" is not: an object pronoun only as the subject.
            if (w.equals("to") && i > 0 && (isClass(words.get(i - 1), "pronoun", "relative")
                    || i == 1 && isClass(words.get(0), "object"))) {
                return Optional.of("'" + words.get(i - 1) + " to'");
            }
        }
        return negations > 1 ? Optional.of("double negation") : Optional.empty();
    }

    /** Whether a phrase may not end on this word: a preposition, article, conjunction or relative. */
    boolean endsNothing(String word) {
        return isClass(word, "preposition", "article", "conjunction", "relative");
    }

    /** Whether a word carries content: not in any class of gist-words.tsv ("week", "2030", "June"). */
    public boolean isContent(String word) {
        return !classes.containsKey(word.toLowerCase(Locale.ROOT)) && !word.endsWith("n't");
    }

    boolean isNegation(String word) {
        return isClass(word, "negation") || word.endsWith("n't");
    }

    boolean isClass(String word, String... wanted) {
        String c = classes.get(word.toLowerCase(Locale.ROOT));
        if (c == null) {
            return false;
        }
        for (String w : wanted) {
            if (c.equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** The gist's words, lower-cased, without the punctuation around them. */
    public static List<String> words(String gist) {
        List<String> out = new ArrayList<>();
        for (String w : gist.strip().split("\\s+")) {
            String t = w.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
