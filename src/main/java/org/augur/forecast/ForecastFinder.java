package org.augur.forecast;

import java.util.List;
import java.util.Set;
import org.augur.actor.Actor;
import org.augur.nlp.AnnotatedDoc;
import org.augur.nlp.Sentence;

/** Finds the forecasts of an annotated article, given its actors. */
public interface ForecastFinder {
    List<Forecast> find(AnnotatedDoc doc, List<Actor> actors);

    /**
     * The sentences, tagged but not parsed yet, whose parse can change what {@link #find} returns: only
     * these are parsed.
     */
    Set<Integer> toParse(List<Sentence> sentences);

    /**
     * The forecasts {@link #find} decided, drawn again from {@code doc} once their sentences are parsed
     * (gist, polarity, predictor read the parse); the decision itself stays. By default, unchanged.
     */
    default List<Forecast> redraft(AnnotatedDoc doc, List<Actor> actors, List<Forecast> decided) {
        return decided;
    }
}
