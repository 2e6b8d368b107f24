package org.augur.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The ids expected here were made by the Python reference tokenizer of the fine-tuning tool, which gives the
 * same ids as HuggingFace's tokenizers (through DJL) on 7,606 sentences of the gold sets.
 */
class WordPieceTest {

    private static final WordPiece WP = WordPiece.minilm();

    @Test
    void numbersAndPunctuation() {
        assertIds("The economy is expected to grow by 3.5% in 2027.",
                101, 1996, 4610, 2003, 3517, 2000, 4982, 2011, 1017, 1012, 1019, 1003, 1999, 16798, 2581, 1012, 102);
        assertTokens("The economy is expected to grow by 3.5% in 2027.",
                "the", "economy", "is", "expected", "to", "grow", "by", "3", ".", "5", "%", "in", "202", "##7", ".");
    }

    @Test
    void accentsAreStrippedAndCaseLowered() {
        assertIds("Café São Paulo: the résumé of a naïve Ørsted ENGINEER.",
                101, 7668, 7509, 9094, 1024, 1996, 13746, 1997, 1037, 15743, 1100, 12096, 2098, 3992, 1012, 102);
        assertTokens("Café São Paulo: the résumé of a naïve Ørsted ENGINEER.",
                "cafe", "sao", "paulo", ":", "the", "resume", "of", "a", "naive", "ø", "##rst", "##ed", "engineer", ".");
    }

    @Test
    void everyPunctuationCharacterIsAWord() {
        assertTokens("U.S.-led talks (in Geneva) won't end before 2030 -- or will they?",
                "u", ".", "s", ".", "-", "led", "talks", "(", "in", "geneva", ")", "won", "'", "t", "end", "before",
                "203", "##0", "-", "-", "or", "will", "they", "?");
        // ASCII symbols count as punctuation for BERT, Unicode's only where they are P*; a tab is a space.
        assertIds("Prices\trose $5^2 `quoted` ~ «sharply» — again…",
                101, 7597, 3123, 1002, 1019, 1034, 1016, 1036, 9339, 1036, 1066, 1077, 9249, 1090, 1517, 2153, 1529,
                102);
    }

    @Test
    void unknownCharactersAndCjk() {
        assertTokens("The ☃ snowman smiled 🙂 in 北京 today.",
                "the", "[UNK]", "snow", "##man", "smiled", "[UNK]", "in", "北", "京", "today", ".");
        // A word whose first piece matches but whose rest does not is one [UNK], not "snow" + [UNK].
        assertIds("snow☃man ok", 101, 100, 7929, 102);
        assertIds("a " + "a".repeat(101) + " b", 101, 1037, 100, 1038, 102);
    }

    @Test
    void controlCharactersAreDroppedAndEmptyTextIsClsSep() {
        assertIds("", 101, 102);
        assertIds(" \u0000\u200b ", 101, 102);
        assertIds("to\u00adday", WP.encode("today"));
    }

    @Test
    void truncatedTo128IdsIncludingClsAndSep() {
        int[] ids = WP.encode("The " + "forecasting ".repeat(100));
        assertEquals(128, ids.length);
        int[] expected = new int[128];
        expected[0] = 101;
        expected[1] = 1996;
        for (int i = 2; i < 127; i++) {
            expected[i] = i % 2 == 0 ? 19939 : 2075;
        }
        expected[127] = 102;
        assertArrayEquals(expected, ids);
    }

    @Test
    void refusesATokenizerItDoesNotImplement() {
        String json = "{\"normalizer\":{\"type\":\"BertNormalizer\",\"clean_text\":true,\"handle_chinese_chars\":true,"
                + "\"strip_accents\":null,\"lowercase\":false},\"pre_tokenizer\":{\"type\":\"BertPreTokenizer\"},"
                + "\"model\":{\"type\":\"WordPiece\",\"vocab\":{}}}";
        IOException e = assertThrows(IOException.class, () -> WordPiece.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "cased.json", 128));
        assertEquals("cased.json: normalizer.lowercase is false, only true is supported", e.getMessage());
    }

    /**
     * Cross-check against the ids the fine-tuning side wrote for every sentence of the gold sets
     * (../enc/djl: one sentence a line, and its ids from HuggingFace's tokenizer through DJL); skipped where
     * those files are absent, as on a fresh clone.
     */
    @Test
    void sameIdsAsHuggingFaceOnTheGoldSentences() throws IOException {
        Path sentences = Path.of("../enc/djl/sents.txt");
        Path ids = Path.of("../enc/djl/djl_ids.txt");
        assumeTrue(Files.isReadable(sentences) && Files.isReadable(ids), "no reference ids in ../enc/djl");
        List<String> texts = Files.readAllLines(sentences);
        List<String> expected = Files.readAllLines(ids);
        assertEquals(expected.size(), texts.size());
        int differ = 0;
        String first = null;
        for (int i = 0; i < texts.size(); i++) {
            String mine = String.join(" ", IntStream.of(WP.encode(texts.get(i))).mapToObj(Integer::toString)
                    .toArray(String[]::new));
            if (!mine.equals(expected.get(i).trim())) {
                differ++;
                if (first == null) {
                    first = "line " + (i + 1) + ": " + texts.get(i) + "\n  want " + expected.get(i) + "\n  got  " + mine;
                }
            }
        }
        assertEquals(0, differ, differ + " of " + texts.size() + " sentences differ; first: " + first);
    }

    private static void assertIds(String text, int... expected) {
        assertArrayEquals(expected, WP.encode(text), () -> text + " -> " + Arrays.toString(WP.encode(text)));
    }

    private static void assertTokens(String text, String... expected) {
        assertEquals(List.of(expected), WP.tokens(text));
    }
}
