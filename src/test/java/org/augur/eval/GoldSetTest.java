package org.augur.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.augur.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gold sets of ../shared/data/eval, run through the real CLI and scored: guards against regressions
 * below the scores measured when the rules were written. Skipped when ../shared is absent.
 */
class GoldSetTest {
    private static final Path EVAL = Path.of("../shared/data/eval");

    private static Scores score(String set, Path out) throws IOException {
        Path gold = EVAL.resolve(set);
        assumeTrue(Files.isDirectory(gold), "no gold set at " + gold);
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setErr(new PrintWriter(err))
                .execute("extract", gold.resolve("corpus").toString(), "-o", out.toString(), "--quiet");
        assertEquals(0, code, err.toString());
        return new Evaluator().evaluate(gold, out);
    }

    @Test
    void seedForecastsAndActors(@TempDir Path out) throws IOException {
        Scores s = score("seed", out);
        assertEquals(6, s.forecasts().truePositives(), s.table());
        assertEquals(6, s.forecasts().predicted(), s.table());
        assertEquals(1.0, s.certainty(), s.table());
        assertEquals(1.0, s.polarity(), s.table());
        assertEquals(1.0, s.predictor(), s.table());
        assertEquals(13, s.actors().truePositives(), s.table());
        String actors = Files.readString(out.resolve("actors.csv"));
        assertTrue(actors.contains(",Trump,PERSON,"), actors);
        assertTrue(actors.contains(",Putin,PERSON,"), actors);
        assertTrue(actors.contains(",Kim Jong-un,PERSON,"), actors);
        assertTrue(actors.contains(",North Korea,PLACE,"), actors);
        assertTrue(actors.contains(",John Bolton,PERSON,National Security Advisor,"), actors);
    }

    @Test
    void devSetMeetsTheForecastAndActorTargets(@TempDir Path out) throws IOException {
        // The forecast model trained on train and seed (issue 13), on the revised dev gold (62 forecasts):
        // measured P/R/F1 0.662/0.790/0.721, certainty 0.959, polarity 0.980, predictor 0.816. The cue
        // rules alone scored 0.762/0.774/0.768 here, but they were written against these very articles:
        // on train, which neither saw, cross-validated by article, the model scores F1 0.634 to the
        // rules' 0.599 (trainCrossValidation… below), and that is what unseen articles get.
        Scores s = score("dev", out);
        assertTrue(s.forecasts().f1() >= 0.71, s.table());
        assertTrue(s.forecasts().precision() >= 0.65, s.table());
        assertTrue(s.forecasts().recall() >= 0.78, s.table());
        assertTrue(s.certainty() >= 0.85, s.table());
        assertTrue(s.polarity() >= 0.95, s.table());
        assertTrue(s.predictor() >= 0.80, s.table());
        assertTrue(s.actors().f1() >= 0.90, s.table());
        assertTrue(s.actors().precision() >= 0.85, s.table());
        assertTrue(s.actors().recall() >= 0.85, s.table());
    }

    @Test
    void trainCrossValidationBeatsTheRulesOnArticlesTheModelNeverSaw() {
        Path train = EVAL.resolve("train");
        assumeTrue(Files.isDirectory(train), "no gold set at " + train);
        java.io.ByteArrayOutputStream stdout = new java.io.ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(java.io.InputStream.nullInputStream(), stdout).setErr(new PrintWriter(err))
                .execute("eval", "--cv", "10", "--gold", train.toString());
        assertEquals(0, code, err.toString());
        String table = stdout.toString(java.nio.charset.StandardCharsets.UTF_8);
        // pooled / rules rows: precision recall F1 certainty polarity predictor. Measured when the model
        // landed: model 0.625 0.642 0.634 0.886 0.978 0.724; rules 0.594 0.604 0.599 0.891 0.977 0.747.
        double[] model = row(table, "pooled");
        double[] rules = row(table, "rules");
        assertTrue(model[2] >= 0.63 && model[2] > rules[2] + 0.02, table);
        assertTrue(model[0] >= 0.60 && model[1] >= 0.62, table);
        assertTrue(model[3] >= 0.85 && model[4] >= 0.95, table);
    }

    private static double[] row(String table, String name) {
        String line = table.lines().filter(l -> l.startsWith(name + " ")).findFirst().orElseThrow();
        String[] cells = line.trim().split("\\s+");
        double[] out = new double[6];
        for (int i = 0; i < 6; i++) {
            out[i] = Double.parseDouble(cells[cells.length - 6 + i]);
        }
        return out;
    }
}
