package org.augur.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.augur.corpus.FileErrors;
import org.augur.eval.GoldCandidates;
import org.augur.forecast.ForecastModel;
import org.augur.forecast.ForecastTraining;
import org.augur.forecast.ForecastTraining.Labelled;
import org.augur.table.AtomicFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code augur train}: trains the forecast model from gold folders, deterministically. */
@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Train the forecast model from gold folders (each holding corpus/ and gold/forecasts.csv). "
                + "The same gold gives the same model file, byte for byte.",
        footerHeading = "%nExample (the shipped model):%n",
        footer = {"  augur train --gold ../shared/data/eval/train --gold ../shared/data/eval/seed \\",
                "      -o src/main/resources/org/augur/forecast/forecast-model.tsv",
                "%nName the file as forecast.model in models.txt to extract with it.",
                "%nExit codes: 0 trained, 2 a gold folder cannot be read, 3 the CoreNLP models cannot load."})
public final class TrainCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Gold folder to learn from (repeatable).")
    List<Path> gold;

    @CommandLine.Mixin
    TrainingOptions training;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The model file to write.")
    Path output;

    @Option(names = "--examples", paramLabel = "FILE",
            description = "Also write every labelled candidate with its features to FILE (CSV), for analysis.")
    Path examplesFile;

    @Override
    public Integer call() {
        List<GoldCandidates.Folder> folders = training.candidates(gold);
        if (examplesFile != null) {
            writeExamples(folders);
        }
        List<Labelled> examples = new ArrayList<>();
        folders.forEach(f -> examples.addAll(f.candidates()));
        ForecastModel model = ForecastTraining.train(examples, training.sigma);
        long articles = folders.stream().mapToLong(f -> f.gold().stream().map(g -> g.doc()).distinct().count()).sum();
        long positives = examples.stream().filter(Labelled::forecast).count();
        List<String> comments = new ArrayList<>();
        comments.add("Augur forecast model: linear classifiers over org.augur.forecast.ForecastFeatures.");
        comments.add("Made by: augur train" + gold.stream().map(g -> " --gold " + g.getFileName()).reduce("", String::concat)
                + String.format(Locale.ROOT, " --sigma %s", training.sigma)
                + (training.encoderScores == null ? "" : " --encoder-scores " + training.encoderScores.getFileName()));
        comments.add(String.format(Locale.ROOT, "Trained on %d candidate sentences (%d of them forecasts) of %d articles.",
                examples.size(), positives, articles));
        try {
            Path parent = output.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = parent.resolve("." + output.getFileName() + ".tmp");   // the umask's permissions, as a table
            Files.writeString(temp, model.format(comments), StandardCharsets.UTF_8);
            AtomicFiles.moveIntoPlace(temp, output);
        } catch (IOException e) {
            throw new AugurException(ExitCodes.CANNOT_RUN, "cannot write the model " + output + ": " + FileErrors.reason(e));
        }
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "augur: trained on %d candidates (%d forecasts) of %d articles → %s%n", examples.size(),
                positives, articles, output);
        err.flush();
        return ExitCodes.OK;
    }

    private void writeExamples(List<GoldCandidates.Folder> folders) {
        try (java.io.Writer w = Files.newBufferedWriter(examplesFile, StandardCharsets.UTF_8);
             org.apache.commons.csv.CSVPrinter p = new org.apache.commons.csv.CSVPrinter(w,
                     org.apache.commons.csv.CSVFormat.RFC4180)) {
            p.printRecord("gold", "doc_id", "sentence", "is_forecast", "certainty", "rules", "features", "text");
            for (GoldCandidates.Folder f : folders) {
                for (Labelled l : f.candidates()) {
                    p.printRecord(f.dir().getFileName(), l.doc(), l.candidate().sentence(), l.forecast() ? 1 : 0,
                            l.certainty(), l.candidate().ruleSays() ? 1 : 0, String.join(" ", l.candidate().features()),
                            l.candidate().outline().text());
                }
            }
        } catch (IOException e) {
            throw new AugurException(ExitCodes.CANNOT_RUN, "cannot write " + examplesFile + ": " + FileErrors.reason(e));
        }
    }
}
