package org.augur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.augur.actor.Actor;
import org.augur.forecast.Forecast;
import org.augur.nlp.AnnotatedDoc;
import org.augur.nlp.Annotator;
import org.augur.testing.Docs;
import org.augur.topic.Taxonomy;
import org.junit.jupiter.api.Test;

/** The pipeline around a hand-built document: what the extractors see of it. No model is loaded. */
class PipelineTest {

    @Test
    void aSentenceTooLongToTagCountsButYieldsNothing() {
        String tagged = "Russia/NNP/russia/LOCATION will/MD/will win/VB/win ./.";
        String dump = ("Trump/NNP/trump/PERSON will/MD/will expect/VB/expect arms/NNS/arm control/NN/control ")
                .repeat(Annotator.MAX_TAGGED_TOKENS / 5 + 1).strip();
        AnnotatedDoc doc = Docs.doc().sentence(tagged).sentence(dump).build();
        Pipeline pipeline = Pipeline.standard((article, toParse) -> doc, (article, sentence) -> java.util.List.of(), Taxonomy.standard());

        ArticleResult r = pipeline.process(doc.article());

        assertEquals(2, r.sentences());
        assertEquals(4 + 5 * (Annotator.MAX_TAGGED_TOKENS / 5 + 1), r.tokens());
        assertEquals("[Russia]", r.actors().stream().map(Actor::name).toList().toString());
        assertEquals("[0]", r.actors().stream().map(Actor::firstSentence).distinct().toList().toString());
        assertEquals("[]", r.forecasts().stream().filter(f -> f.sentence() != 0).map(Forecast::text).toList().toString());
        assertEquals("[]", r.topics().stream().filter(t -> t.firstSentence() != 0).toList().toString());
    }

    @Test
    void aSentenceOfExactlyTheLimitIsSeenWhole() {
        String words = "Trump/NNP/trump/PERSON said/VBD/say ./. ";
        String limit = words.repeat(Annotator.MAX_TAGGED_TOKENS / 3).strip() + " end/NN";
        AnnotatedDoc doc = Docs.doc().sentence(limit).build();
        assertEquals(Annotator.MAX_TAGGED_TOKENS / 3 * 3 + 1, doc.tokenCount());
        assertEquals(doc, Pipeline.taggedOnly(doc));
    }
}
