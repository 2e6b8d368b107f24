package org.augur.forecast;

import java.util.List;
import org.augur.actor.Actor;
import org.augur.nlp.AnnotatedDoc;
import org.augur.nlp.Sentence;

/** Finds the forecasts of an annotated article, given its actors. */
public interface ForecastFinder {
    List<Forecast> find(AnnotatedDoc doc, List<Actor> actors);

    /** Whether a sentence, before parsing, might hold a forecast: only these are parsed. */
    boolean isCandidate(Sentence sentence);
}
