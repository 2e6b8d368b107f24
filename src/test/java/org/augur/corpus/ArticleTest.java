package org.augur.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The title conventions (DESIGN.md, "Corpus conventions"): the first line is the title when a blank line
 * follows it, or when it is shorter than 200 characters without final punctuation; metadata's title wins.
 */
class ArticleTest {

    private static Article article(String text) {
        return new Article("a.txt", text, Metadata.NONE);
    }

    private static Metadata titled(String title) {
        return new Metadata(Optional.empty(), Optional.of(title), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Title\\n\\nBody."                                  | 5
            "Title\\r\\n\\r\\nBody."                            | 5
            "Title\\r\\rBody."                                | 5
            "Short headline\\rBody continues."                  | 14
            "This is a sentence.\\rNext sentence."              | -1
            "A sentence ending in a period.\\r\\rBody."         | 30
            "Title then CRLF blank lines\\r\\n  \\r\\n"           | 27
            "Short headline\\nBody continues."                  | 14
            "This is a sentence.\\nNext sentence."              | -1
            "A sentence ending in a period.\\n\\nBody."         | 30
            "Ends with a colon:\\nBody."                        | -1
            "Ends with a comma,\\nBody."                        | -1
            "Ends with a semicolon;\\nBody."                    | -1
            "Ends with a bang!\\nBody."                         | -1
            "Can One Expect a Turnabout?\\nBody."               | 27
            "Only one line without newline"                     | -1
            "\\nBody after an empty first line."                | -1
            "   \\n\\nBody after a blank first line."           | -1
            "Title and nothing else\\n"                         | 22
            "Title then blank lines\\n  \\n"                    | 22
            "  Indented title  \\nBody."                        | 18
            """)
    void firstLineTitleEnd(String escaped, int expected) {
        assertEquals(expected, Article.firstLineTitleEnd(unescape(escaped)));
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\r", "\r");
    }

    @Test
    void unpunctuatedLineShorterThan200CharactersIsATitle() {
        String line = "x".repeat(199);
        assertEquals(199, Article.firstLineTitleEnd(line + "\nBody."));
    }

    @Test
    void unpunctuatedLineOf200CharactersIsNotATitle() {
        String line = "x".repeat(200);
        assertEquals(-1, Article.firstLineTitleEnd(line + "\nBody."));
    }

    @Test
    void longLineFollowedByABlankLineIsATitle() {
        String line = "x".repeat(250) + ".";
        assertEquals(251, Article.firstLineTitleEnd(line + "\n\nBody."));
    }

    @Test
    void titleIsTheStrippedFirstLine() {
        assertEquals(Optional.of("Indented title"), article("  Indented title  \nBody.").title());
    }

    @Test
    void titleOfTheSeedArticle() {
        String text = "John Bolton in Moscow: Can One Expect a Turnabout in the US-Russia Relations?\n\n"
                + "This week’s visit of US National Security Advisor John Bolton to Moscow has been truly important.";
        assertEquals(Optional.of("John Bolton in Moscow: Can One Expect a Turnabout in the US-Russia Relations?"),
                article(text).title());
    }

    @Test
    void titleOfCrlfTextHasNoCarriageReturn() {
        assertEquals(Optional.of("Title"), article("Title\r\n\r\nBody.").title());
    }

    @Test
    void noTitleWhenTheFirstLineIsASentence() {
        assertEquals(Optional.empty(), article("This is a sentence.\nNext sentence.").title());
    }

    @Test
    void metadataTitleWinsOverTheFirstLine() {
        Article a = new Article("a.txt", "Headline\n\nBody.", titled("From metadata"));
        assertEquals(Optional.of("From metadata"), a.title());
    }

    @Test
    void metadataTitleIsUsedEvenWhenTheTextHasNone() {
        Article a = new Article("a.txt", "One sentence only.", titled("From metadata"));
        assertEquals(Optional.of("From metadata"), a.title());
    }

    @Test
    void nullsAreRefused() {
        assertThrows(NullPointerException.class, () -> new Article(null, "t", Metadata.NONE));
        assertThrows(NullPointerException.class, () -> new Article("a.txt", null, Metadata.NONE));
        assertThrows(NullPointerException.class, () -> new Article("a.txt", "t", null));
    }

    /** A one-line file of 100,000 words once gave a 500 KB title cell; the first-line title is cut at a word. */
    @Test
    void longFirstLineTitleIsCutAtAWord() {
        String line = "word ".repeat(100_000).strip();
        String title = article(line + "\n\nBody.").title().orElseThrow();
        assertEquals("word ".repeat(59) + "word…", title);
        assertEquals(Article.TITLE_MAX, title.length());
        String unbroken = "x".repeat(1_000);
        assertEquals("x".repeat(Article.TITLE_MAX - 1) + "…", article(unbroken + "\n\nBody.").title().orElseThrow());
        assertEquals(Optional.of(line), new Article("a.txt", line + "\n\nBody.", titled(line)).title(),
                "metadata's title is the user's own, not cut here (the table writer keeps it within a cell)");
    }
}
