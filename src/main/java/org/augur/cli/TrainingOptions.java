package org.augur.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.augur.cue.CueLexicon;
import org.augur.eval.EncoderScores;
import org.augur.eval.GoldCandidates;
import org.augur.forecast.ForecastTraining;
import org.augur.forecast.RuleForecastFinder;
import org.augur.nlp.CoreNlpModels;
import org.augur.nlp.ModelException;
import org.augur.nlp.Models;
import org.augur.pipeline.Pipeline;
import org.augur.topic.Taxonomy;
import picocli.CommandLine.Option;

/**
 * The options of training, shared by {@code augur train} and {@code augur eval --cv} (a picocli mixin):
 * the CoreNLP models that annotate the gold articles, how many threads do it, and the L2 prior.
 */
final class TrainingOptions {
    @Option(names = "--models", paramLabel = "FILE",
            description = "Models file for CoreNLP, which annotates the gold articles (default: ${DEFAULT-VALUE}).")
    Path models = Models.defaultFile();

    @Option(names = "--sigma", paramLabel = "S", description = "The L2 prior's sigma (default: ${DEFAULT-VALUE}).")
    double sigma = ForecastTraining.SIGMA;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads annotating the gold articles (default: all cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--encoder-scores", paramLabel = "FILE",
            description = "The sentence encoder's out-of-fold probabilities of the gold sentences (TSV: folder, "
                    + "doc_id, sentence, probability; src/train/encoder-oof.tsv), read as features.")
    Path encoderScores;

    /** Every gold folder's articles annotated once and their candidates labelled. */
    List<GoldCandidates.Folder> candidates(List<Path> golds) {
        for (Path g : golds) {
            if (!Files.isRegularFile(g.resolve("gold/forecasts.csv")) || !Files.isDirectory(g.resolve("corpus"))) {
                throw new AugurException(ExitCodes.USAGE, "not a gold folder (needs corpus/ and gold/forecasts.csv): " + g);
            }
        }
        Pipeline pipeline;
        Taxonomy taxonomy = Taxonomy.standard();
        try {
            // The forecast model is what is being trained: it need not exist yet.
            Models declared = Models.read(models).without(ExtractCommand.FORECAST_MODEL)
                    .without(ExtractCommand.FORECAST_ENCODER);
            declared.verify();
            CoreNlpModels loaded = CoreNlpModels.load(declared);
            pipeline = Pipeline.standard(loaded.annotator(), loaded.timeTagger(), taxonomy);
        } catch (ModelException e) {
            throw new AugurException(ExitCodes.CANNOT_RUN, e.getMessage());
        }
        RuleForecastFinder rules = new RuleForecastFinder(CueLexicon.standard(), taxonomy);
        EncoderScores scores = EncoderScores.NONE;
        if (encoderScores != null) {
            try {
                scores = EncoderScores.read(encoderScores);
            } catch (IOException e) {
                throw new AugurException(ExitCodes.USAGE, "cannot read the encoder scores " + encoderScores + ": "
                        + e.getMessage());
            }
        }
        List<GoldCandidates.Folder> out = new ArrayList<>();
        for (Path g : golds) {
            try {
                out.add(GoldCandidates.of(g, pipeline, rules, threads, scores));
            } catch (IOException | RuntimeException e) {
                throw new AugurException(ExitCodes.USAGE, "cannot read the gold folder " + g + ": " + e.getMessage());
            }
        }
        return out;
    }
}
