package org.augur.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.augur.corpus.FileErrors;
import org.augur.eval.CrossValidation;
import org.augur.eval.Evaluator;
import org.augur.eval.GoldCandidates;
import org.augur.eval.Scores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code augur eval}: scores a finished run against a gold folder, or with {@code --cv K} cross-validates
 * the forecast model by article on gold folders.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        // picocli puts each element on its own line and lists commands by the first: one sentence each
        description = {"Score a finished run against a gold folder, or cross-validate the forecast model (--cv K).",
                "Scoring reads the run's forecasts.csv and actors.csv. With --cv K, the gold articles are split "
                        + "into K folds by article: each fold is extracted by a model trained on the other K-1 and "
                        + "scored; printed are each fold, the mean, all held-out folds pooled, and the cue rules "
                        + "alone on the same articles."},
        footerHeading = "%nExamples:%n",
        footer = {"  augur extract ../shared/data/eval/dev/corpus -o out-dev --quiet",
                "  augur eval --gold ../shared/data/eval/dev -o out-dev",
                "  augur eval --cv 10 --gold ../shared/data/eval/train",
                "%nExit codes: 0 scored, 2 the gold folder or the run's tables cannot be read,",
                "3 the CoreNLP models cannot load (--cv)."})
public final class EvalCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "Gold folder holding corpus/ and gold/ (repeatable with --cv: the folders' articles are pooled).")
    List<Path> gold;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "The run's output folder (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("output");

    /** With --cv: the models, threads and sigma of training. */
    @CommandLine.Mixin
    TrainingOptions training;

    @Option(names = "--cv", paramLabel = "K", description = "Cross-validate the forecast model with K folds by article.")
    Integer folds;

    @Option(names = "--train-articles", paramLabel = "N",
            description = "With --cv: train each fold on only the first N of its training articles (a learning curve).")
    int trainArticles;

    @Option(names = "--seed", paramLabel = "N",
            description = "With --cv: shuffle the articles into folds with this seed (default: ${DEFAULT-VALUE}); "
                    + "another seed is another split, which shows how much a score owes to the split.")
    long seed = CrossValidation.SEED;

    @Option(names = "--misses", paramLabel = "FILE",
            description = "With --cv: write the held-out sentences the model got wrong, and the forecasts found with "
                    + "the wrong predictor, to FILE (CSV), for error analysis.")
    Path misses;

    @Override
    public Integer call() {
        if (folds != null) {
            return crossValidate();
        }
        if (gold.size() != 1) {
            throw new AugurException(ExitCodes.USAGE, "scoring a run takes one --gold folder (several only with --cv)");
        }
        Scores s;
        try {
            s = new Evaluator().evaluate(gold.get(0), output);
        } catch (IOException | RuntimeException e) {
            throw new AugurException(ExitCodes.USAGE, "cannot evaluate: " + e.getMessage());
        }
        spec.commandLine().getOut().print(s.table());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private int crossValidate() {
        List<GoldCandidates.Folder> sets = training.candidates(gold);
        CrossValidation.Result r;
        try {
            r = CrossValidation.run(sets, folds, trainArticles, training.sigma, seed);
        } catch (IllegalArgumentException e) {
            throw new AugurException(ExitCodes.USAGE, e.getMessage());
        }
        if (misses != null) {
            writeMisses(r.misses());
        }
        spec.commandLine().getOut().print(r.table());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private void writeMisses(List<CrossValidation.Miss> rows) {
        try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(misses);
             org.apache.commons.csv.CSVPrinter p = new org.apache.commons.csv.CSVPrinter(w, org.apache.commons.csv.CSVFormat.RFC4180)) {
            p.printRecord("doc_id", "begin", "end", "gold", "gold_certainty", "probability", "rules", "certainty",
                    "gold_predictor", "predictor", "text", "features");
            for (CrossValidation.Miss m : rows) {
                p.printRecord(m.doc(), m.begin(), m.end(), m.gold() ? 1 : 0, m.goldCertainty(),
                        m.probability() < 0 ? "not a candidate" : String.format(java.util.Locale.ROOT, "%.3f", m.probability()),
                        m.rule() ? 1 : 0, m.certainty(), m.goldPredictor(), m.predictor(), m.text(),
                        String.join(" ", m.features()));
            }
        } catch (IOException e) {
            throw new AugurException(ExitCodes.CANNOT_RUN, "cannot write " + misses + ": " + FileErrors.reason(e));
        }
    }
}
