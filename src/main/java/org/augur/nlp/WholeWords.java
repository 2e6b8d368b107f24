package org.augur.nlp;

/** Finding a name or a word in a text as a whole word: "House" in "the House said", not in "Houses". */
public final class WholeWords {
    private WholeWords() {
    }

    /** Where {@code word} next occurs in {@code text} as a whole word, from {@code from}; -1 if nowhere. */
    public static int at(String text, String word, int from) {
        if (word.isEmpty()) {
            return -1;
        }
        for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean left = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean right = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (left && right) {
                return at;
            }
        }
        return -1;
    }

    public static boolean contains(String text, String word) {
        return at(text, word, 0) >= 0;
    }
}
