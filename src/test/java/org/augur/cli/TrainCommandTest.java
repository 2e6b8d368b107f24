package org.augur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code augur train} and {@code augur eval --cv} on the gold sets of ../shared/data/eval (skipped when
 * absent): training is deterministic, the shipped model is exactly what training on train and seed
 * makes, and cross-validation prints every fold.
 */
class TrainCommandTest {
    private static final Path EVAL = Path.of("../shared/data/eval");
    private static final Path SHIPPED = Path.of("src/main/resources/org/augur/forecast/forecast-model.tsv");

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new ByteArrayInputStream(new byte[0]), out).setErr(new PrintWriter(err)).execute(args);
        assertEquals(0, code, err.toString());
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theShippedModelIsWhatTrainMakesFromEveryFolderButDev(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isDirectory(EVAL.resolve("speeches-more")), "no gold sets at " + EVAL);
        Path model = dir.resolve("model.tsv");
        List<String> args = new java.util.ArrayList<>(List.of("train"));
        for (String folder : List.of("train", "news-more", "speeches", "speeches-more", "seed")) {
            args.addAll(List.of("--gold", EVAL.resolve(folder).toString()));
        }
        args.addAll(List.of("--encoder-scores", "src/train/encoder-oof.tsv", "-o", model.toString()));
        run(args.toArray(String[]::new));
        assertEquals(Files.readString(SHIPPED), Files.readString(model),
                "the shipped model is stale: retrain it as README's 'Forecast model' section says");
    }

    @Test
    void trainingTwiceGivesTheSameBytes(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isDirectory(EVAL.resolve("seed")), "no gold sets at " + EVAL);
        run("train", "--gold", EVAL.resolve("seed").toString(), "-o", dir.resolve("a.tsv").toString());
        run("train", "--gold", EVAL.resolve("seed").toString(), "-o", dir.resolve("b.tsv").toString(), "--threads", "1");
        String a = Files.readString(dir.resolve("a.tsv"));
        assertEquals(a, Files.readString(dir.resolve("b.tsv")));
        assertTrue(a.startsWith("# Augur forecast model"), a);
        assertTrue(a.contains("# Made by: augur train --gold seed --sigma 1.0\n"), a);
    }

    @Test
    void crossValidationPrintsEveryFoldTheMeanAndTheRules() {
        assumeTrue(Files.isDirectory(EVAL.resolve("dev")), "no gold sets at " + EVAL);
        List<String> lines = run("eval", "--cv", "3", "--gold", EVAL.resolve("dev").toString()).lines().toList();
        assertEquals("fold      train   test precision    recall     F1 certainty  polarity predictor", lines.get(0));
        assertEquals(List.of("1", "2", "3", "mean", "pooled", "rules"),
                lines.subList(1, 7).stream().map(l -> l.split("\\s+")[0]).toList());
        assertEquals("16", lines.get(1).split("\\s+")[1]);   // 24 articles: each fold trains on the other 16
        assertTrue(lines.get(7).startsWith("gold forecasts that are candidates: "), lines.get(7));
    }

    @Test
    void pooledFoldersAreEachScoredAndKeepTheirOwnSplit() {
        assumeTrue(Files.isDirectory(EVAL.resolve("dev")), "no gold sets at " + EVAL);
        String dev = EVAL.resolve("dev").toString();
        List<String> alone = run("eval", "--cv", "3", "--gold", dev).lines().toList();
        List<String> pooled = run("eval", "--cv", "3", "--gold", dev, "--gold", EVAL.resolve("seed").toString())
                .lines().toList();
        // The cue rules do not train, so dev's rules row is the same alone and pooled with seed.
        String devRules = pooled.stream().filter(l -> l.startsWith("rules") && l.endsWith("(dev)")).findFirst().orElseThrow();
        assertEquals(scores(alone.get(6)), scores(devRules.replace("(dev)", "")));
        assertEquals(List.of("pooled", "rules", "pooled", "rules"), pooled.stream()
                .filter(l -> l.endsWith("(dev)") || l.endsWith("(seed)")).map(l -> l.split("\\s+")[0]).toList());
        // Dev's articles sit in the same folds either way: each fold tests 8 of dev's, seed's one joins fold 1.
        assertEquals("9", pooled.get(1).split("\\s+")[2]);
        assertEquals("8", pooled.get(2).split("\\s+")[2]);
        // Another seed, another split.
        List<String> reseeded = run("eval", "--cv", "3", "--seed", "7", "--gold", dev).lines().toList();
        assertEquals(alone.get(6), reseeded.get(6));
        assertTrue(!alone.subList(1, 4).equals(reseeded.subList(1, 4)), String.join("\n", reseeded));
    }

    /** The six scores that end a row of the cross-validation table. */
    private static List<String> scores(String row) {
        List<String> fields = List.of(row.trim().split("\\s+"));
        return fields.subList(fields.size() - 6, fields.size());
    }
}
