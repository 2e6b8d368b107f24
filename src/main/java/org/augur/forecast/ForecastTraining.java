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

    /**
     * {rules keep it, rules drop it}: by the one-standard-error rule, of the pairs of thresholds whose
     * held-out F1 is within one standard error of the best (the spread of the best pair's F1 over the
     * inner folds), the one that overrules the cue rules on the fewest held-out candidates. Near its top
     * the F1 is flat (0.6588, 0.6586, 0.6581 for cuts 0.30, 0.35, 0.40 of one split), so its highest
     * point is the split's noise; where the held-out articles cannot tell the cuts apart, the rules'
     * verdict stands.
     */
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
        Counts counts = new Counts();
        for (int fold = 0; fold < INNER_FOLDS; fold++) {
            int held = fold;
            ForecastModel m = weights(examples.stream().filter(l -> foldOf.get(l.doc()) != held).toList(), sigma);
            examples.stream().filter(l -> foldOf.get(l.doc()) == held).forEach(l -> counts.add(held, m, l));
        }
        int n = THRESHOLDS.length;
        int bestI = 0;
        int bestJ = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (counts.f1(-1, i, j) > counts.f1(-1, bestI, bestJ)) {
                    bestI = i;
                    bestJ = j;
                }
            }
        }
        double floor = counts.f1(-1, bestI, bestJ) - counts.standardError(bestI, bestJ);
        double[] best = {THRESHOLDS[bestI], THRESHOLDS[bestJ]};
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (counts.f1(-1, i, j) < floor) {
                    continue;
                }
                // Of two pairs that overrule alike, the better F1.
                long rank = counts.overruled(i, j) * 1_000_000L - Math.round(counts.f1(-1, i, j) * 1_000_000);
                if (rank < fewest) {
                    fewest = rank;
                    best = new double[] {THRESHOLDS[i], THRESHOLDS[j]};
                }
            }
        }
        return best;
    }

    /**
     * The inner folds' held-out candidates by threshold: {@code tp[fold][r][i]}, {@code fp[fold][r][i]}
     * those at or above {@code THRESHOLDS[i]}, r = 0 for those the rules keep; each fold's rule-kept
     * candidates and gold forecasts.
     */
    private static final class Counts {
        private final int[][][] tp = new int[INNER_FOLDS][2][THRESHOLDS.length];
        private final int[][][] fp = new int[INNER_FOLDS][2][THRESHOLDS.length];
        private final int[] ruleKept = new int[INNER_FOLDS];
        private final int[] positives = new int[INNER_FOLDS];

        void add(int fold, ForecastModel m, Labelled l) {
            double p = m.probability(l.candidate().features());
            int r = ForecastModel.rulesKeep(l.candidate().features()) ? 0 : 1;   // as the model will split them
            ruleKept[fold] += 1 - r;
            positives[fold] += l.forecast() ? 1 : 0;
            for (int i = 0; i < THRESHOLDS.length; i++) {
                if (p >= THRESHOLDS[i]) {
                    if (l.forecast()) {
                        tp[fold][r][i]++;
                    } else {
                        fp[fold][r][i]++;
                    }
                }
            }
        }

        /** F1 over held-out candidates at cuts i (rules keep) and j (rules drop): of one fold, or all (fold -1). */
        double f1(int fold, int i, int j) {
            int found = 0;
            int wrong = 0;
            int gold = 0;
            for (int f = 0; f < INNER_FOLDS; f++) {
                if (fold < 0 || f == fold) {
                    found += tp[f][0][i] + tp[f][1][j];
                    wrong += fp[f][0][i] + fp[f][1][j];
                    gold += positives[f];
                }
            }
            return gold + found + wrong == 0 ? 0 : 2.0 * found / (found + wrong + gold);
        }

        /** The standard error of the pair's F1 over the folds. */
        double standardError(int i, int j) {
            double mean = 0;
            for (int f = 0; f < INNER_FOLDS; f++) {
                mean += f1(f, i, j) / INNER_FOLDS;
            }
            double variance = 0;
            for (int f = 0; f < INNER_FOLDS; f++) {
                variance += (f1(f, i, j) - mean) * (f1(f, i, j) - mean) / (INNER_FOLDS - 1);
            }
            return Math.sqrt(variance / INNER_FOLDS);
        }

        /** Held-out candidates the pair decides against the rules: rule-kept ones below cut i, others at or above j. */
        long overruled(int i, int j) {
            long n = 0;
            for (int f = 0; f < INNER_FOLDS; f++) {
                n += (ruleKept[f] - tp[f][0][i] - fp[f][0][i]) + tp[f][1][j] + fp[f][1][j];
            }
            return n;
        }
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
