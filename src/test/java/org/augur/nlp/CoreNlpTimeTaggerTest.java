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
}
