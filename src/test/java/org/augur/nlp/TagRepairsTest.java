package org.augur.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tagger's "projects/NNS" after a document that is its subject becomes the verb it is. */
class TagRepairsTest {

    /** Tokens from "word/TAG" pairs, as the tagger gave them. */
    private static List<Token> tagged(String pairs) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String pair : pairs.split(" ")) {
            int slash = pair.lastIndexOf('/');
            String word = pair.substring(0, slash);
            tokens.add(new Token(tokens.size(), word, at, at + word.length(), pair.substring(slash + 1), word.toLowerCase(), "O"));
            at += word.length() + 1;
        }
        return tokens;
    }

    private static String tags(List<Token> tokens) {
        return String.join(" ", tokens.stream().map(Token::pos).toList());
    }

    @Test
    void aDocumentsProjectionIsAVerb() {
        List<Token> study = tagged("The/DT study/NN projects/NNS that/WDT the/DT lake/NN will/MD double/VB ./.");
        assertEquals("DT NN VBZ WDT DT NN MD VB .", tags(TagRepairs.repaired(study)));
        List<Token> report = tagged("A/DT World/NNP Bank/NNP report/NN released/VBN in/IN October/NNP forecasts/NNS growth/NN ./.");
        assertEquals("VBZ", TagRepairs.repaired(report).get(7).pos());
    }

    @Test
    void aPhraseCommasEncloseMayStandBetween() {
        List<Token> bulletin = tagged("The/DT bank/NN 's/POS bulletin/NN ,/, published/VBD the/DT same/JJ day/NN ,/, "
                + "projects/NNS economic/JJ growth/NN ./.");
        assertEquals("DT NN POS NN , VBN DT JJ NN , VBZ JJ NN .", tags(TagRepairs.repaired(bulletin)));
    }

    @Test
    void projectsOfAnythingElseStayNouns() {
        List<Token> capital = tagged("Turnover/NN capital/NN projects/NNS that/WDT were/VBD delayed/VBN ./.");
        assertEquals(capital, TagRepairs.repaired(capital));
        List<Token> deliver = tagged("We/PRP deliver/VBP the/DT projects/NNS that/WDT matter/VBP ./.");
        assertEquals(deliver, TagRepairs.repaired(deliver));
        List<Token> last = tagged("The/DT study/NN projects/NNS");
        assertEquals(last, TagRepairs.repaired(last));
    }
}
