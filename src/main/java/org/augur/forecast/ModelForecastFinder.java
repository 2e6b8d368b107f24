package org.augur.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.augur.actor.Actor;
import org.augur.nlp.AnnotatedDoc;
import org.augur.nlp.Sentence;

/**
 * Forecasts decided by a trained model: the rules propose candidates and draft each one (polarity,
 * cues, predictor, gist); the model decides which candidates are forecasts and how certain they are.
 */
public final class ModelForecastFinder implements ForecastFinder {
    private final RuleForecastFinder rules;
    private final ForecastModel model;

    public ModelForecastFinder(RuleForecastFinder rules, ForecastModel model) {
        this.rules = rules;
        this.model = model;
    }

    @Override
    public List<Forecast> find(AnnotatedDoc doc, List<Actor> actors) {
        return decide(rules.candidates(doc, actors), model);
    }

    /** The candidates the model keeps, each with the model's certainty. */
    public static List<Forecast> decide(List<Candidate> candidates, ForecastModel model) {
        List<Forecast> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (model.isForecast(c.features())) {
                out.add(c.ruleSays() ? c.draft()
                        : model.certainty(c.features()).map(c.draft()::withCertainty).orElse(c.draft()));
            }
        }
        return out;
    }

    /**
     * The decided forecasts drafted again from a document where their sentences are parsed: the model
     * decided on the features of the first annotation, as it was trained, so the decision and certainty
     * stay; gist, polarity, cues and predictor come from the parse.
     */
    @Override
    public List<Forecast> redraft(AnnotatedDoc doc, List<Actor> actors, List<Forecast> decided) {
        java.util.Map<Integer, Candidate> bySentence = new java.util.HashMap<>();
        for (Candidate c : rules.candidates(doc, actors, false)) {
            bySentence.put(c.sentence(), c);
        }
        List<Forecast> out = new ArrayList<>(decided.size());
        for (Forecast f : decided) {
            Candidate again = bySentence.get(f.sentence());
            out.add(again == null ? f : again.draft().withCertainty(f.certainty()));
        }
        return out;
    }

    @Override
    public Set<Integer> toParse(List<Sentence> sentences) {
        return rules.toParse(sentences);
    }
}
