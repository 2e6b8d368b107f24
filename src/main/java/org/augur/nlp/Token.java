package org.augur.nlp;

/**
 * One token. {@code index} is 0-based within its sentence; {@code begin}/{@code end} are char offsets
 * into the article text; {@code ner} is the coarse entity tag ({@code O} when none).
 */
public record Token(int index, String word, int begin, int end, String pos, String lemma, String ner) {
    public Token {
        if (index < 0 || begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad token " + index + " [" + begin + "," + end + ")");
        }
    }

    /** Lower-cased lemma, the form the lexicons are written in. */
    public String key() {
        return lemma.toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }
}
