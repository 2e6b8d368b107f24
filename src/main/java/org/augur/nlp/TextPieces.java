package org.augur.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into pieces of bounded length for the tagger, so that one huge article never has
 * all of CoreNLP's objects in memory at once. A piece ends at a blank line when there is one in its
 * second half, else at a line break, else after a space, else (a text without any) at the limit. A
 * text within the limit is one piece, so ordinary articles are tagged exactly as a whole.
 */
final class TextPieces {
    private TextPieces() {
    }

    /** The char range {@code [begin, end)} of one piece. */
    record Piece(int begin, int end) {
    }

    static List<Piece> of(String text, int maxChars) {
        List<Piece> out = new ArrayList<>();
        int begin = 0;
        while (text.length() - begin > maxChars) {
            int end = cut(text, begin, begin + maxChars);
            out.add(new Piece(begin, end));
            begin = end;
        }
        out.add(new Piece(begin, text.length()));
        return out;
    }

    /** Where to end a piece that starts at {@code begin} and may not reach past {@code limit}. */
    private static int cut(String text, int begin, int limit) {
        int half = begin + (limit - begin) / 2;
        int at = text.lastIndexOf("\n\n", limit - 2);
        if (at >= half) {
            return at + 2;
        }
        at = text.lastIndexOf('\n', limit - 1);
        if (at >= half) {
            return at + 1;
        }
        for (int i = limit - 1; i >= half; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }
}
