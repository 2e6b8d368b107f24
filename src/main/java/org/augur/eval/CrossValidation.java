package org.augur.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.augur.eval.Evaluator.ForecastScores;
import org.augur.eval.Evaluator.GoldSentence;
import org.augur.eval.Evaluator.Predicted;
import org.augur.forecast.Decision;
import org.augur.forecast.Forecast;
import org.augur.forecast.ForecastModel;
import org.augur.forecast.ForecastTraining.Labelled;
import org.augur.forecast.ForecastTraining;
import org.augur.forecast.ModelForecastFinder;

/**
 * K-fold cross-validation of the forecast model by article: articles are dealt into K folds (sorted by
 * doc_id, then shuffled with a fixed seed), and each fold is extracted by a model trained on the other
 * K−1. Candidates are computed once, so K folds cost one annotation of the corpus and K trainings.
 */
public final class CrossValidation {
    public static final long SEED = 20261129L;

    /** One fold's scores, and how many articles it trained on and tested. */
    public record Fold(int fold, int trainArticles, int testArticles, ForecastScores scores) {
    }

    /**
     * One held-out sentence the model got wrong or that the rules would have decided otherwise: a gold
     * forecast missed (not even a candidate when {@code probability} is negative), a candidate wrongly
     * kept, or a forecast found whose predictor is not the gold's (then {@code goldPredictor} and
     * {@code predictor} differ).
     */
    public record Miss(String doc, int begin, int end, String text, boolean gold, String goldCertainty,
                       double probability, boolean rule, String certainty, String goldPredictor, String predictor,
                       List<String> features) {
    }

    /**
     * Every fold, the held-out predictions of all folds scored together, and the rules alone on the same;
     * with several gold folders, {@code byFolder} scores each folder's held-out predictions and its rules
     * alone, so that a genre pooled with another is still seen on its own.
     */
    public record Result(List<Fold> folds, ForecastScores pooled, ForecastScores rules, List<Miss> misses,
                         int goldForecasts, int candidateForecasts, List<FolderScores> byFolder) {

        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%-8s %6s %6s %9s %9s %6s %9s %9s %9s%n", "fold", "train", "test",
                    "precision", "recall", "F1", "certainty", "polarity", "predictor"));
            for (Fold f : folds) {
                row(sb, String.valueOf(f.fold() + 1), f.trainArticles(), f.testArticles(), f.scores());
            }
            double[] mean = new double[6];
            for (Fold f : folds) {
                double[] v = values(f.scores());
                for (int i = 0; i < v.length; i++) {
                    mean[i] += v[i] / folds.size();
                }
            }
            sb.append(String.format(Locale.ROOT, "%-8s %6s %6s %9.3f %9.3f %6.3f %9.3f %9.3f %9.3f%n", "mean", "", "",
                    mean[0], mean[1], mean[2], mean[3], mean[4], mean[5]));
            int tested = folds.stream().mapToInt(Fold::testArticles).sum();
            row(sb, "pooled", -1, tested, pooled);
            row(sb, "rules", -1, tested, rules);
            for (FolderScores f : byFolder) {
                row(sb, "pooled", -1, -1, f.model(), "  (" + f.name() + ")");
                row(sb, "rules", -1, -1, f.rules(), "  (" + f.name() + ")");
            }
            sb.append(String.format(Locale.ROOT, "gold forecasts that are candidates: %d of %d%n", candidateForecasts,
                    goldForecasts));
            return sb.toString();
        }

        private static double[] values(ForecastScores s) {
            return new double[] {s.forecasts().precision(), s.forecasts().recall(), s.forecasts().f1(), s.certainty(),
                s.polarity(), s.predictor()};
        }

        private static void row(StringBuilder sb, String name, int train, int test, ForecastScores s) {
            row(sb, name, train, test, s, "");
        }

        /** One row; a negative {@code train} or {@code test} leaves its column blank, {@code note} ends the line. */
        private static void row(StringBuilder sb, String name, int train, int test, ForecastScores s, String note) {
            double[] v = values(s);
            sb.append(String.format(Locale.ROOT, "%-8s %6s %6s %9.3f %9.3f %6.3f %9.3f %9.3f %9.3f%s%n", name,
                    train < 0 ? "" : String.valueOf(train), test < 0 ? "" : String.valueOf(test), v[0], v[1], v[2],
                    v[3], v[4], v[5], note));
        }
    }

    /** One gold folder's held-out predictions scored, and its cue rules alone. */
    public record FolderScores(String name, ForecastScores model, ForecastScores rules) {
    }

    private CrossValidation() {
    }

    /**
     * Cross-validates on {@code folders} (their articles pooled; doc_ids are prefixed by the folder so
     * that two folders may share a name). {@code maxTrain} &gt; 0 trains each fold on only the first
     * that many of its training articles (for a learning curve). {@code seed} shuffles the articles before
     * they are dealt into folds ({@link #SEED} by default): another seed is another split.
     */
    public static Result run(List<GoldCandidates.Folder> folders, int k, int maxTrain, double sigma, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + k);
        }
        List<Labelled> all = new ArrayList<>();
        List<GoldSentence> gold = new ArrayList<>();
        Map<String, String> authors = new HashMap<>();
        List<String> docs = new ArrayList<>();
        Map<String, Integer> foldOf = new LinkedHashMap<>();
        for (GoldCandidates.Folder f : folders) {
            String prefix = prefix(folders, f);
            f.candidates().forEach(l -> all.add(new Labelled(prefix + l.doc(), l.candidate(), l.forecast(), l.certainty())));
            f.gold().forEach(g -> gold.add(new GoldSentence(prefix + g.doc(), g.begin(), g.end(), g.forecast(),
                    g.certainty(), g.polarity(), g.predictor())));
            f.authors().forEach((doc, a) -> authors.put(prefix + doc, a));
            // Each folder's articles are dealt into the folds on their own, so that a folder's split is the
            // same whatever other folders are pooled with it: adding a genre to the training is then judged
            // on the very same held-out articles.
            List<String> own = new ArrayList<>(new TreeSet<>(f.gold().stream().map(g -> prefix + g.doc()).toList()));
            Collections.shuffle(own, new Random(seed));
            for (int i = 0; i < own.size(); i++) {
                foldOf.put(own.get(i), i % k);
            }
            docs.addAll(own);
        }
        if (k > docs.size()) {
            throw new IllegalArgumentException(k + " folds but only " + docs.size() + " articles");
        }
        Map<String, List<GoldSentence>> goldByDoc = new HashMap<>();
        gold.forEach(g -> goldByDoc.computeIfAbsent(g.doc(), x -> new ArrayList<>()).add(g));
        List<Fold> folds = new ArrayList<>();
        List<Predicted> pooled = new ArrayList<>();
        List<Predicted> rules = new ArrayList<>();
        List<Miss> misses = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            int held = fold;
            Set<String> trainDocs = new TreeSet<>();
            for (String d : docs) {
                if (foldOf.get(d) != held && (maxTrain <= 0 || trainDocs.size() < maxTrain)) {
                    trainDocs.add(d);
                }
            }
            List<Labelled> train = all.stream().filter(l -> trainDocs.contains(l.doc())).toList();
            List<Labelled> test = all.stream().filter(l -> foldOf.get(l.doc()) == held).toList();
            ForecastModel model = ForecastTraining.train(train, sigma);
            List<Predicted> predicted = new ArrayList<>();
            for (Labelled l : test) {
                List<Forecast> kept = ModelForecastFinder.decide(List.of(l.candidate()), model).stream()
                        .map(Decision::draft).toList();
                for (Forecast f : kept) {
                    predicted.add(predicted(l.doc(), f));
                }
                Forecast d = l.candidate().outline();
                String certainty = kept.isEmpty() ? "" : kept.get(0).certainty().label();
                GoldSentence g = kept.isEmpty() ? null : Evaluator.match(goldByDoc, l.doc(), d.begin(), d.end());
                boolean wrongPredictor = g != null && g.forecast()
                        && !Evaluator.predictorMatches(g.predictor(), kept.get(0).predictor(), authors.get(l.doc()));
                if (kept.isEmpty() == l.forecast() || l.forecast() && !certainty.equals(l.certainty()) || wrongPredictor) {
                    misses.add(new Miss(l.doc(), d.begin(), d.end(), d.text(), l.forecast(), l.certainty(),
                            model.probability(l.candidate().features()), l.candidate().ruleSays(), certainty,
                            g == null ? "" : g.predictor(), kept.isEmpty() ? "" : kept.get(0).predictor(),
                            l.candidate().features()));
                }
                if (l.candidate().ruleSays()) {
                    rules.add(predicted(l.doc(), l.candidate().outline()));
                }
            }
            List<GoldSentence> heldGold = gold.stream().filter(g -> foldOf.get(g.doc()) == held).toList();
            int testArticles = (int) docs.stream().filter(d -> foldOf.get(d) == held).count();
            folds.add(new Fold(fold, trainDocs.size(), testArticles, Evaluator.scoreForecasts(heldGold, predicted, authors)));
            pooled.addAll(predicted);
        }
        Set<GoldSentence> covered = new java.util.HashSet<>();
        for (Labelled l : all) {
            GoldSentence g = Evaluator.match(goldByDoc, l.doc(), l.candidate().outline().begin(), l.candidate().outline().end());
            if (g != null && g.forecast()) {
                covered.add(g);
            }
        }
        for (GoldSentence g : gold) {
            if (g.forecast() && !covered.contains(g)) {
                misses.add(new Miss(g.doc(), g.begin(), g.end(), "", true, g.certainty(), -1, false, "", g.predictor(), "",
                        List.of()));
            }
        }
        List<FolderScores> byFolder = new ArrayList<>();
        if (folders.size() > 1) {
            for (GoldCandidates.Folder f : folders) {
                String prefix = prefix(folders, f);
                List<GoldSentence> own = gold.stream().filter(g -> g.doc().startsWith(prefix)).toList();
                byFolder.add(new FolderScores(String.valueOf(f.dir().getFileName()),
                        Evaluator.scoreForecasts(own, pooled.stream().filter(p -> p.doc().startsWith(prefix)).toList(), authors),
                        Evaluator.scoreForecasts(own, rules.stream().filter(p -> p.doc().startsWith(prefix)).toList(), authors)));
            }
        }
        return new Result(folds, Evaluator.scoreForecasts(gold, pooled, authors),
                Evaluator.scoreForecasts(gold, rules, authors), misses,
                (int) gold.stream().filter(GoldSentence::forecast).count(), covered.size(), byFolder);
    }

    /** What a folder's doc_ids are prefixed with when several folders are pooled: nothing for one. */
    private static String prefix(List<GoldCandidates.Folder> folders, GoldCandidates.Folder f) {
        return folders.size() == 1 ? "" : f.dir() + "/";
    }

    private static Predicted predicted(String doc, Forecast f) {
        return new Predicted(doc, f.begin(), f.end(), f.certainty().label(), f.polarity().label(), f.predictor());
    }
}
