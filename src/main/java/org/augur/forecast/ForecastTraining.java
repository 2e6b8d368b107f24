package org.augur.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.augur.nlp.LinearTrainer;
import org.augur.nlp.LinearTrainer.Example;

/**
 * Trains the {@link ForecastModel} from candidates labelled by gold: the decision from every
 * candidate, the certainty from the candidates that are forecasts. Deterministic: the same examples in
 * the same order give the same weights.
 */
public final class ForecastTraining {
    /** The L2 prior's sigma, chosen by 10-fold cross-validation by article on the train set (README). */
    public static final double SIGMA = 1.0;

    /** A candidate with what the gold says of its sentence: a forecast or not, and if so how certain. */
    public record Labelled(String doc, Candidate candidate, boolean forecast, String certainty) {
    }

    private ForecastTraining() {
    }

    /** Folds of the inner cross-validation that chooses the decision threshold. */
    static final int INNER_FOLDS = 5;
    private static final double[] THRESHOLDS = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6};
    private static final long SEED = 20261129L;

    /**
     * The model: weights trained on every example, and the decision thresholds that gave the best F1
     * over candidates in a {@value #INNER_FOLDS}-fold cross-validation by article within the examples
     * (forecasts are rarer than candidates, so one half is rarely the best cut). There are two: one for
     * the candidates the cue rules keep and one for the others, so that the model overrules the rules'
     * lexicon, and adds what they miss, each only on the evidence the held-out articles showed it needs.
     */
    public static ForecastModel train(List<Labelled> examples, double sigma) {
        double[] t = thresholds(examples, sigma);
        return weights(examples, sigma).withThresholds(t[0], t[1]);
    }

    /** {rules keep it, rules drop it}: the pair of thresholds with the best held-out F1. */
    static double[] thresholds(List<Labelled> examples, double sigma) {
        List<String> docs = new ArrayList<>(new java.util.TreeSet<>(examples.stream().map(Labelled::doc).toList()));
        if (docs.size() < INNER_FOLDS) {
            return new double[] {0.5, 0.5};
        }
        java.util.Collections.shuffle(docs, new java.util.Random(SEED));
        Map<String, Integer> foldOf = new java.util.HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            foldOf.put(docs.get(i), i % INNER_FOLDS);
        }
        // tp[r][i], fp[r][i]: held-out candidates at or above THRESHOLDS[i], r = 0 those the rules keep.
        int[][] tp = new int[2][THRESHOLDS.length];
        int[][] fp = new int[2][THRESHOLDS.length];
        int positives = (int) examples.stream().filter(Labelled::forecast).count();
        for (int fold = 0; fold < INNER_FOLDS; fold++) {
            int held = fold;
            ForecastModel m = weights(examples.stream().filter(l -> foldOf.get(l.doc()) != held).toList(), sigma);
            for (Labelled l : examples) {
                if (foldOf.get(l.doc()) != held) {
                    continue;
                }
                double p = m.probability(l.candidate().features());
                int r = ForecastModel.rulesKeep(l.candidate().features()) ? 0 : 1;   // as the model will split them
                for (int i = 0; i < THRESHOLDS.length; i++) {
                    if (p >= THRESHOLDS[i]) {
                        if (l.forecast()) {
                            tp[r][i]++;
                        } else {
                            fp[r][i]++;
                        }
                    }
                }
            }
        }
        double[] best = {0.5, 0.5};
        double bestF1 = -1;
        for (int i = 0; i < THRESHOLDS.length; i++) {
            for (int j = 0; j < THRESHOLDS.length; j++) {
                int found = tp[0][i] + tp[1][j];
                double f1 = 2.0 * found / (2.0 * found + fp[0][i] + fp[1][j] + (positives - found));
                if (f1 > bestF1) {
                    bestF1 = f1;
                    best = new double[] {THRESHOLDS[i], THRESHOLDS[j]};
                }
            }
        }
        return best;
    }

    private static ForecastModel weights(List<Labelled> examples, double sigma) {
        List<Example> decide = new ArrayList<>();
        List<Example> certainty = new ArrayList<>();
        for (Labelled l : examples) {
            decide.add(new Example(l.forecast() ? "yes" : "no", l.candidate().features()));
            if (l.forecast() && !l.certainty().isEmpty()) {
                certainty.add(new Example(l.certainty(), l.candidate().features()));
            }
        }
        Map<String, Map<String, Map<String, Double>>> weights = new TreeMap<>();
        weights.put(ForecastModel.DECIDE, LinearTrainer.train(decide, sigma));
        weights.put(ForecastModel.CERTAINTY, LinearTrainer.train(certainty, sigma));
        return new ForecastModel(weights);
    }
}
