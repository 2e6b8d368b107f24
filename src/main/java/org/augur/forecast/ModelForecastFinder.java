package org.augur.forecast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.augur.actor.Actor;
import org.augur.attribution.Discourse;
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
    public Decisions decide(AnnotatedDoc doc, Discourse discourse, List<Actor> actors) {
        return new Decisions(doc, decide(model.encoded(rules.candidates(doc, discourse, actors, true)), model));
    }

    /**
     * The candidates the model keeps, each with the model's certainty; where the rules alone keep a
     * candidate too, the certainty of their draft.
     */
    public static List<Decision> decide(List<Candidate> candidates, ForecastModel model) {
        List<Decision> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (model.isForecast(c.features())) {
                Certainty drafted = c.outline().certainty();
                out.add(new Decision(c, c.ruleSays() ? drafted : model.certainty(c.features()).orElse(drafted)));
            }
        }
        return out;
    }

    /**
     * The decided forecasts drafted from {@code doc}: the model decided on the features of the first
     * annotation, as it was trained, so the decision and certainty stay; where {@code doc} has sentences
     * parsed since, gist, polarity, cues and predictor come from that parse (a candidate the new parse no
     * longer proposes keeps its first draft).
     */
    @Override
    public List<Forecast> describe(AnnotatedDoc doc, Discourse discourse, List<Actor> actors, Decisions decided) {
        if (doc == decided.doc()) {
            return decided.kept().stream().map(Decision::draft).toList();
        }
        Map<Integer, Candidate> bySentence = new HashMap<>();
        for (Candidate c : rules.candidates(doc, discourse, actors, false)) {
            bySentence.put(c.sentence(), c);
        }
        List<Forecast> out = new ArrayList<>(decided.kept().size());
        for (Decision d : decided.kept()) {
            Candidate again = bySentence.get(d.sentence());
            out.add(again == null ? d.draft() : new Decision(again, d.certainty()).draft());
        }
        return out;
    }

    /** Decides and describes on one annotation: the forecasts of {@code doc}. */
    public List<Forecast> find(AnnotatedDoc doc, List<Actor> actors) {
        Discourse discourse = rules.attribution().read(doc, actors);
        return describe(doc, discourse, actors, decide(doc, discourse, actors));
    }

    @Override
    public Set<Integer> toParse(List<Sentence> sentences) {
        return rules.toParse(sentences);
    }
}
