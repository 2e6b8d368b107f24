package org.augur.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.augur.cli.Main;
import org.augur.event.GistRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 on real output: the real CLI on the dev and train gold sets and on ten bench speeches; no gist
 * may break {@link GistRules}, and the horizons must meet precision 0.90 and recall 0.80 against the gold
 * {@code horizon_text}. Skipped when ../shared is absent.
 */
class GistHorizonGoldTest {
    private static final Path DATA = Path.of("../shared/data");
    /** Ten speeches of the bench corpus, of many styles and lengths. */
    private static final List<String> SPEECHES = List.of("BRA", "CHN", "FRA", "GBR", "IND", "JPN", "MEX", "RUS", "USA", "ZAF");

    private static void extract(Path corpus, Path out) {
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setErr(new PrintWriter(err))
                .execute("extract", corpus.toString(), "-o", out.toString(), "--quiet", "--no-cache");
        assertEquals(0, code, err.toString());
    }

    /** The gists of a run that break the rules, each with the rule. */
    private static List<String> broken(Path out) throws IOException {
        List<String> found = new ArrayList<>();
        for (CSVRecord r : Evaluator.read(out.resolve("forecasts.csv"))) {
            GistRules.standard().broken(r.get("gist")).ifPresent(why -> found.add(why + ": " + r.get("gist")));
        }
        return found;
    }

    private static void goldSet(String set, Path out, double precision, double recall) throws IOException {
        Path gold = DATA.resolve("eval").resolve(set);
        assumeTrue(Files.isDirectory(gold), "no gold set at " + gold);
        extract(gold.resolve("corpus"), out);
        Scores s = new Evaluator().evaluate(gold, out);
        assertEquals(List.of(), broken(out));
        assertTrue(s.text().horizons().precision() >= precision, s.table());
        assertTrue(s.text().horizons().recall() >= recall, s.table());
    }

    @Test
    void devGistsAndHorizons(@TempDir Path out) throws IOException {
        // Issue 17's targets. With the forecast model (plans, schedules, dates: issue 13) dev measured 0.813
        // (13/16) / 0.765 (13/17) until times across a paragraph break, dates SUTime put in last year, times
        // a plan once had and "tomorrow" as a subject were read as train showed them: 1.000 (14/14) / 0.824
        // (14/17). Dev is small: one sentence is 0.06 of recall.
        goldSet("dev", out, 0.90, 0.80);
    }

    @Test
    void trainGistsAndHorizons(@TempDir Path out) throws IOException {
        // Measured with the forecast model: 0.940 (78/83) / 0.830 (78/94).
        goldSet("train", out, 0.90, 0.80);
    }

    @Test
    void benchSpeechGists(@TempDir Path tmp) throws IOException {
        Path bench = DATA.resolve("bench/ungd-2018");
        assumeTrue(Files.isDirectory(bench), "no bench corpus at " + bench);
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (String country : SPEECHES) {
            Files.copy(bench.resolve(country + "_73_2018.txt"), corpus.resolve(country + "_73_2018.txt"));
        }
        extract(corpus, tmp.resolve("out"));
        assertEquals(List.of(), broken(tmp.resolve("out")));
    }
}
