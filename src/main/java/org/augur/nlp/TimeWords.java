package org.augur.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words without which a sentence holds no time expression that can be a horizon (time-words.tsv,
 * taken from SUTime's rules), so that the temporal tagger runs only where it can find something.
 */
public final class TimeWords {
    /** word → part-of-speech prefix the token must carry ("" for any). */
    private final Map<String, String> words = new HashMap<>();

    public TimeWords(List<String[]> rows) {
        for (String[] row : rows) {
            words.put(row[0].toLowerCase(Locale.ROOT), row.length > 1 ? row[1] : "");
        }
    }

    private static final TimeWords STANDARD = new TimeWords(Lexicon.rows(Lexicon.lines(TimeWords.class, "time-words.tsv")));

    /** The list shipped in time-words.tsv, read once (it is never changed after construction). */
    public static TimeWords standard() {
        return STANDARD;
    }

    /**
     * The indices, in order, of the tokens that have a digit or are a time word (as written, as their
     * lemma, or without a plural s); a sentence without any holds no time expression worth tagging. A
     * word joined by a hyphen ("mid-May", "seventy - second") counts whatever its tag, as SUTime merges
     * such words before it filters by tag.
     */
    public List<Integer> timeTokens(Sentence s) {
        List<Token> tokens = s.tokens();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (isTimeToken(tokens, i)) {
                out.add(i);
            }
        }
        return out;
    }

    private boolean isTimeToken(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.word().toLowerCase(Locale.ROOT);
        if (w.chars().anyMatch(Character::isDigit)) {
            return true;
        }
        boolean hyphenated = i > 0 && tokens.get(i - 1).word().equals("-");
        if (isTimeWord(w, t.pos(), hyphenated) || isTimeWord(t.key(), t.pos(), hyphenated)
                || w.endsWith("s") && isTimeWord(w.substring(0, w.length() - 1), t.pos(), hyphenated)) {
            return true;
        }
        if (w.indexOf('-') > 0) {
            for (String part : w.split("-")) {
                if (isTimeWord(part, t.pos(), true)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isTimeWord(String w, String pos, boolean anyTag) {
        String required = words.get(w);
        return required != null && (anyTag || pos.startsWith(required));
    }
}
