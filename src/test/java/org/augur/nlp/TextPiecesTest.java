package org.augur.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextPiecesTest {

    private static List<String> pieces(String text, int max) {
        return TextPieces.of(text, max).stream().map(p -> text.substring(p.begin(), p.end())).toList();
    }

    @Test
    void aTextWithinTheLimitIsOnePiece() {
        assertEquals(List.of("One. Two.\n\nThree."), pieces("One. Two.\n\nThree.", 100));
    }

    @Test
    void piecesEndAtABlankLineThenALineBreakThenASpace() {
        assertEquals(List.of("aaaa bbbb\n\n", "cccc dddd"), pieces("aaaa bbbb\n\ncccc dddd", 14));
        assertEquals(List.of("aaaa bbbb\n", "cccc dddd"), pieces("aaaa bbbb\ncccc dddd", 14));
        assertEquals(List.of("aaaa bbbb ", "cccc dddd"), pieces("aaaa bbbb cccc dddd", 14));
    }

    @Test
    void aTextWithoutAnyBreakIsCutAtTheLimitButNeverInsideACharacter() {
        assertEquals(List.of("abcd", "efgh", "ij"), pieces("abcdefghij", 4));
        assertEquals(List.of("abc", "\uD83D\uDE00de"), pieces("abc\uD83D\uDE00de", 4));
    }

    @Test
    void piecesCoverTheTextWithoutGapsAndWithinTheLimit() {
        String text = "word ".repeat(1000) + "x".repeat(500) + "\n" + "line\n".repeat(300);
        List<TextPieces.Piece> ps = TextPieces.of(text, 777);
        int at = 0;
        for (TextPieces.Piece p : ps) {
            assertEquals(at, p.begin());
            assertEquals(true, p.end() - p.begin() <= 777 && p.end() > p.begin(), p.toString());
            at = p.end();
        }
        assertEquals(text.length(), at);
    }
}
