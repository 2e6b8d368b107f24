package org.augur.forecast;

import java.util.List;
import java.util.Set;
import org.augur.actor.Actor;
import org.augur.attribution.Discourse;
import org.augur.nlp.AnnotatedDoc;
import org.augur.nlp.Sentence;

/**
 * Finds the forecasts of an annotated article in two steps: {@link #decide} which sentences are
 * forecasts and how certain, on the first annotation; then, once the kept sentences that need it are
 * parsed, {@link #describe} each kept one (gist, polarity, cues, predictor) on that final annotation.
 * Both read who speaks each sentence from the article's {@link Discourse}.
 */
public interface ForecastFinder {
    /**
     * The sentences, tagged but not parsed yet, whose parse can change what {@link #decide} returns: only
     * these are parsed before deciding.
     */
    Set<Integer> toParse(List<Sentence> sentences);

    /** Which sentences of {@code doc} are forecasts, and how certain each is. */
    Decisions decide(AnnotatedDoc doc, Discourse discourse, List<Actor> actors);

    /**
     * The decided forecasts, in order, each described once: {@code doc} is the annotation the decision
     * was made on, or that annotation with more sentences parsed; {@code discourse} is {@code doc}'s. The
     * decision and its certainty stay. No horizon yet.
     */
    List<Forecast> describe(AnnotatedDoc doc, Discourse discourse, List<Actor> actors, Decisions decided);
}
