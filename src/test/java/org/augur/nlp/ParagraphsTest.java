package org.augur.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a paragraph ends inside a sentence, and the names cut there. */
class ParagraphsTest {

    /** One sentence of words separated by {@code gaps} (the text between word i and word i + 1). */
    private static Sentence sentence(String[] words, String[] gaps) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new java.util.ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                text.append(gaps[i - 1]);
            }
            int b = text.length();
            text.append(words[i]);
            tokens.add(new Token(i, words[i], b, text.length(), "NNP", words[i].toLowerCase(), "PERSON"));
        }
        return Sentence.shallow(0, 0, text.length(), text.toString(), tokens);
    }

    @Test
    void anEmptyLineEndsAParagraphAndALineOfSpacesDoesNot() {
        Sentence s = sentence(new String[] {"Khan", "Alexis", "Boon", "Nations"}, new String[] {"\n\n", "\n \n", "\r\n\r\n"});
        assertFalse(s.sameParagraph(0, 1));
        assertTrue(s.sameParagraph(1, 2));
        assertFalse(s.sameParagraph(2, 3));
        assertFalse(s.sameParagraph(1, 3));
    }

    @Test
    void aMentionIsCutWhereAParagraphEndsInsideIt() {
        Sentence s = sentence(new String[] {"Sadiq", "Khan", "Alexis", "Boon"}, new String[] {" ", "\n\n", " "});
        String text = s.text();
        EntityMention joined = new EntityMention(0, 0, 4, 0, text.length(), text, "PERSON");
        assertEquals(List.of(new EntityMention(0, 0, 2, 0, 10, "Sadiq Khan", "PERSON"),
                        new EntityMention(0, 2, 4, 12, 23, "Alexis Boon", "PERSON")),
                CoreNlpAnnotator.byParagraph(joined, s, text));
        // A name a page break wraps stays one.
        Sentence wrapped = sentence(new String[] {"Espinosa", "Garcés"}, new String[] {"\n \n"});
        EntityMention one = new EntityMention(0, 0, 2, 0, wrapped.text().length(), wrapped.text(), "PERSON");
        assertEquals(List.of(one), CoreNlpAnnotator.byParagraph(one, wrapped, wrapped.text()));
    }
}
