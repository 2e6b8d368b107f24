package org.augur.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.augur.testing.Docs;
import org.junit.jupiter.api.Test;

/** SUTime through Augur's tokens. Loads SUTime's rules (a few seconds), no other model. */
class CoreNlpTimeTaggerTest {

    private static String times(TimeTagger tagger, AnnotatedDoc doc, int sentence) {
        return tagger.find(doc.article(), doc.sentences().get(sentence)).stream()
                .map(t -> t.type() + " " + t.value() + " '" + t.text() + "'").toList().toString();
    }

    @Test
    void eachSentenceIsTaggedAsIfSutimeHadSeenNoOther() throws ModelException {
        TimeTagger tagger = new CoreNlpTimeTagger(Models.read(Path.of("models.txt")));
        AnnotatedDoc doc = Docs.doc().date("2018-09-25")
                .sentence("Talks/NNS/talk are/VBP/be planned/VBN/plan for/IN Monday/NNP ./.")
                .sentence("They/PRP/they will/MD meet/VB on/IN Monday/NNP ./.")
                .sentence("Peace/NN will/MD come/VB ./.")
                .build();
        String plain = times(tagger, doc, 0);
        String future = times(tagger, doc, 1);
        // Without the reset, SUTime's "will … Monday" rule makes every later Monday the next one.
        assertEquals(future, times(tagger, doc, 1));
        assertEquals(plain, times(tagger, doc, 0));
        assertEquals("[DATE 2018-09-24 'Monday']", plain);
        assertEquals("[]", times(tagger, doc, 2));
    }

    @Test
    void aLongSentenceIsReadAroundItsTimeWordsWithTheSentencesOffsets() throws ModelException {
        TimeTagger tagger = new CoreNlpTimeTagger(Models.read(Path.of("models.txt")));
        // "next year" and "Monday" are 46 tokens apart: two spans.
        StringBuilder words = new StringBuilder("The/DT ministers/NNS will/MD meet/VB again/RB next/JJ year/NN");
        for (int i = 0; i < 15; i++) {
            words.append(" with/IN the/DT delegates/NNS");
        }
        words.append(" ,/, and/CC on/IN Monday/NNP ./.");
        AnnotatedDoc doc = Docs.doc().date("2018-09-25").sentence(words.toString()).build();
        Sentence s = doc.sentences().get(0);
        assertEquals(57, s.tokens().size());
        var found = tagger.find(doc.article(), s);
        assertEquals("[DATE 2019 'next year', DATE 2018-09-24 'Monday']", times(tagger, doc, 0));
        String text = doc.article().text();
        assertEquals("next year", text.substring(found.get(0).begin(), found.get(0).end()));
        assertEquals("Monday", text.substring(found.get(1).begin(), found.get(1).end()));
        // Asked only for what may hold the meeting's words (tokens 0-6), SUTime reads only the first span.
        assertEquals("[DATE 2019 'next year']", tagger.find(doc.article(), s, i -> i < 7).stream()
                .map(t -> t.type() + " " + t.value() + " '" + t.text() + "'").toList().toString());
        // "year" (token 6) five tokens from a wanted one is still read; six is too far.
        assertEquals(1, tagger.find(doc.article(), s, i -> i == 1).size());
        assertEquals(0, tagger.find(doc.article(), s, i -> i == 0).size());
        assertEquals(0, tagger.find(doc.article(), s, i -> i == 20).size());
    }

    @Test
    void spansReachFiveTokensEitherSideOfEachTimeWordAndJoinWhenTheyTouch() {
        String spans = CoreNlpTimeTagger.windows(java.util.List.of(3, 12, 40), 60).stream()
                .map(w -> w[0] + "-" + w[1]).toList().toString();
        assertEquals("[0-18, 35-46]", spans);
        assertEquals("[[0, 5]]", CoreNlpTimeTagger.windows(java.util.List.of(2), 5).stream()
                .map(java.util.Arrays::toString).toList().toString());
        assertEquals("[]", CoreNlpTimeTagger.windows(java.util.List.of(), 5).toString());
    }
}
