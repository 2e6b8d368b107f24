package org.augur.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.json.Json;
import javax.json.JsonObject;
import org.augur.cli.ExitCodes;
import org.augur.table.Format;
import org.augur.table.Table;
import org.augur.table.TableWriter;
import org.augur.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report from hand-made tables (no model): escaping, chart counts, the embedded data, the command. */
class ReportWriterTest {
    static final String SCRIPT_TITLE = "<script>window.pwned=1</script> Talks & \"deals\"";
    static final String IMG_TITLE = "<img src=x onerror=\"window.pwned=2\"> summit";

    @TempDir
    Path dir;

    /**
     * Three articles (two with hostile titles, one failed) and 250 forecasts: 150 certain (50 of them
     * negative), 60 probable, 40 possible; predictors "Ann Lee" (100) and "<b>Bold</b>" (20); actor
     * "Iran" named in 30; horizons 2019-05 (10), 2019-W03 (5) and 2020 (5).
     */
    static void writeRun(Path dir, Format format, boolean header, boolean bom) throws IOException {
        try (TableWriter w = TableWriter.toFile(Table.DOCUMENTS, dir, format, header, bom)) {
            w.row(List.of("a.txt", SCRIPT_TITLE, "2019-01-02", 10, 200, 2, 240, "ok"));
            w.row(List.of("b.txt", IMG_TITLE, "", 5, 80, 1, 10, "ok"));
            w.row(List.of("c.txt", "", "", 0, 0, 0, 0, "failed"));
            w.commit();
        }
        try (TableWriter w = TableWriter.toFile(Table.ACTORS, dir, format, header, bom)) {
            w.row(List.of("a.txt", "Iran", "PLACE", "", 4, 0, "Iran"));
            w.row(List.of("a.txt", "<i>Actor</i>", "PERSON", "", 1, 2, "<i>Actor</i>"));
            w.commit();
        }
        try (TableWriter w = TableWriter.toFile(Table.TOPICS, dir, format, header, bom)) {
            w.row(List.of("a.txt", "nuclear weapons", "taxonomy", "3.50", 2, 1));
            w.commit();
        }
        try (TableWriter w = TableWriter.toFile(Table.FORECASTS, dir, format, header, bom)) {
            for (int i = 0; i < 250; i++) {
                String certainty = i < 150 ? "certain" : i < 210 ? "probable" : "possible";
                String polarity = i < 50 ? "negative" : "positive";
                String predictor = i < 100 ? "Ann Lee" : i < 120 ? "<b>Bold</b>" : "";
                String actors = i % 5 == 0 && i < 150 ? "Iran" : "";
                String horizon = i >= 200 && i < 210 ? "2019-05" : i >= 210 && i < 215 ? "2019-W03" : i >= 215 && i < 220 ? "2020" : "";
                String text = i == 0 ? "</script><script>window.pwned=3</script> Iran will not sign."
                        : "Sentence " + i + " will cannot happen.";
                w.row(List.of(i < 240 ? "a.txt" : "b.txt", i, 0, text.length(), text, "gist " + i, certainty, polarity,
                        i < 50 ? "will|not" : "will", predictor, actors, i == 1 ? "nuclear weapons" : "", horizon, ""));
            }
            w.commit();
        }
        try (TableWriter w = TableWriter.toFile(Table.ERRORS, dir, format, header, bom)) {
            w.row(List.of("c.txt", "read", "binary", "not a text file (<PDF>)"));
            w.commit();
        }
    }

    private String report() throws Exception {
        writeRun(dir, Format.CSV, true, false);
        return Files.readString(ReportWriter.write(dir), StandardCharsets.UTF_8);
    }

    private static JsonObject data(String html) {
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"augur-data\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(m.find(), "no data block");
        return Json.createReader(new StringReader(m.group(1))).readObject();
    }

    @Test
    void articleTextNeverBecomesMarkup() throws Exception {
        String html = report();
        assertEquals(2, count(html, "<script"), "only the data block and the report's own script");
        assertEquals(2, count(html, "</script>"));
        assertFalse(html.contains("<img"), "no img element anywhere");
        assertFalse(html.contains("<b>Bold"), "a predictor's name is escaped in the charts");
        assertTrue(html.contains("&lt;b&gt;Bold&lt;/b&gt;"));
        assertTrue(html.contains("not a text file (&lt;PDF&gt;)"), "error messages are escaped");
        // The data block holds the text unchanged, < and > as \\u escapes, so it reads back exactly.
        assertTrue(html.contains("\\u003cscript\\u003ewindow.pwned=1\\u003c/script\\u003e Talks \\u0026 \\\"deals\\\""));
        JsonObject data = data(html);
        assertEquals(SCRIPT_TITLE, data.getJsonArray("docs").getJsonArray(0).getString(1));
        assertEquals(IMG_TITLE, data.getJsonArray("docs").getJsonArray(1).getString(1));
        assertEquals("</script><script>window.pwned=3</script> Iran will not sign.",
                data.getJsonArray("forecasts").getJsonArray(0).getString(2));
        // Only the inlined style and script may run, and nothing may be fetched.
        assertTrue(html.contains("content=\"default-src 'none'; img-src data:; style-src 'sha256-"));
        assertFalse(Pattern.compile("\\s(src|href)=\"(https?:|//)").matcher(html).find(), "no external reference");
    }

    @Test
    void chartsCountTheForecasts() throws Exception {
        String html = report();
        assertTrue(html.contains("<title>certain, positive (will happen): 100</title>"), "certain positive");
        assertTrue(html.contains("<title>certain, negative (will not): 50</title>"), "certain negative");
        assertTrue(html.contains("<title>probable, positive (will happen): 60</title>"));
        assertTrue(html.contains("<title>possible, positive (will happen): 40</title>"));
        assertTrue(html.contains("<title>Ann Lee, certain: 100</title>"));
        assertTrue(html.contains("<title>&lt;b&gt;Bold&lt;/b&gt;, certain: 20</title>"));
        assertTrue(html.contains("130 forecasts have no predictor"));
        assertTrue(html.contains("<title>Iran, certain: 30</title>"));
        assertTrue(html.contains("<title>Ann Lee about Iran: 20</title>"), "the matrix cell");
        assertTrue(html.contains("href=\"#forecasts?predictor=Ann+Lee&amp;actor=Iran\""), "the cell links to its forecasts");
        assertTrue(html.contains("<title>nuclear weapons, certain: 1</title>"));
        // Horizons: 15 name a month (2019-05, 2019-W03 in January), 5 only a year (2020): bins by month.
        assertTrue(html.contains("Forecast horizons by month"));
        assertTrue(html.contains("<title>2019-05, probable: 10</title>"));
        assertTrue(html.contains("<title>2019-01, possible: 5</title>"));
        assertTrue(html.contains(">2019-03</text>") || html.contains("<title>2019-03"), "empty months are bins too");
        assertTrue(html.contains("20 of 250 forecasts have a dated horizon"));
        assertTrue(html.contains("5 given only as a year are left out"));
        for (String id : List.of("chart-certainty", "chart-predictors", "chart-actors", "chart-topics", "chart-timeline", "chart-matrix")) {
            assertTrue(Pattern.compile("<figure id=\"" + id + "\">.*?<svg[^>]*>.*?<rect.*?</svg>", Pattern.DOTALL).matcher(html).find(), id);
        }
    }

    /** Years when horizons span more than three years; a stray year far off does not squeeze the rest. */
    @Test
    void horizonsSpreadOverYearsShowTheBusiestSixty() throws Exception {
        try (TableWriter w = TableWriter.toFile(Table.DOCUMENTS, dir, Format.CSV, true, false)) {
            w.row(List.of("a.txt", "A", "", 1, 1, 0, 6, "ok"));
            w.commit();
        }
        for (Table t : List.of(Table.ACTORS, Table.TOPICS, Table.ERRORS)) {
            try (TableWriter w = TableWriter.toFile(t, dir, Format.CSV, true, false)) {
                w.commit();
            }
        }
        try (TableWriter w = TableWriter.toFile(Table.FORECASTS, dir, Format.CSV, true, false)) {
            List<String> horizons = List.of("1244", "2019-05", "2019", "2030", "2030-W10", "P1Y");
            for (int i = 0; i < horizons.size(); i++) {
                w.row(List.of("a.txt", i, 0, 1, "x will.", "", "certain", "positive", "will", "", "", "", horizons.get(i), ""));
            }
            w.commit();
        }
        String html = Files.readString(ReportWriter.write(dir), StandardCharsets.UTF_8);
        assertTrue(html.contains("Forecast horizons by year"));
        assertTrue(html.contains("5 of 6 forecasts have a dated horizon"));
        assertTrue(html.contains("1 outside the years shown are left out"));
        assertTrue(html.contains("<title>2019, certain: 2</title>") && html.contains("<title>2030, certain: 2</title>"));
        assertFalse(html.contains("<title>1244"));
    }

    @Test
    void theTableIsPaginatedFromTheEmbeddedData() throws Exception {
        String html = report();
        JsonObject data = data(html);
        assertEquals(250, data.getJsonArray("forecasts").size(), "every forecast is in the data; the script shows 100 a page");
        assertTrue(html.contains("var PAGE = 100;"));
        assertTrue(html.contains("id=\"f-prev\"") && html.contains("id=\"f-next\"") && html.contains("id=\"f-count\""));
        assertEquals(3, data.getJsonArray("docs").size());
        assertEquals(List.of("Ann Lee", "<b>Bold</b>"), data.getJsonArray("predictors").getValuesAs(javax.json.JsonString::getString));
        // Forecast 0: cue marks on "will" and "not"; horizon key for 2019-W03 is January.
        assertEquals("[[46,50],[51,54]]", data.getJsonArray("forecasts").getJsonArray(0).getJsonArray(13).toString());
        assertEquals("2019-01", data.getJsonArray("forecasts").getJsonArray(210).getString(12));
        assertEquals("[[2,\"read\",\"binary\",\"not a text file (<PDF>)\"]]", data.getJsonArray("errors").toString());
    }

    @Test
    void tablesWithBomWithoutHeaderOrAsTsvGiveTheSameData() throws Exception {
        writeRun(dir, Format.CSV, true, false);
        String plain = ReportData.json(RunTables.read(dir));
        for (Object[] variant : new Object[][] {{Format.CSV, true, true}, {Format.CSV, false, false}, {Format.TSV, true, true}}) {
            Path other = Files.createDirectories(dir.resolve(variant[0] + "-" + variant[1] + "-" + variant[2]));
            writeRun(other, (Format) variant[0], (Boolean) variant[1], (Boolean) variant[2]);
            assertEquals(plain, ReportData.json(RunTables.read(other)), List.of(variant).toString());
        }
    }

    @Test
    void aFolderWithoutTablesIsAUsageError() throws IOException {
        ReportException e = assertThrows(ReportException.class, () -> ReportWriter.write(dir.resolve("missing")));
        assertTrue(e.tables());
        Cli cli = Cli.run("report", "-o", dir.resolve("missing").toString());
        assertEquals(ExitCodes.USAGE, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("holds no finished run"), cli.err());
        Files.writeString(dir.resolve("documents.csv"), "doc_id,title\n\"open quote\n");
        assertEquals(ExitCodes.USAGE, Cli.run("report", "-o", dir.toString()).exitCode());
    }

    @Test
    void reportCommandWritesTheFile() throws Exception {
        writeRun(dir, Format.CSV, true, true);
        Cli cli = Cli.run("report", "-o", dir.toString());
        assertEquals(ExitCodes.OK, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("report.html"), cli.err());
        assertTrue(Files.size(dir.resolve("report.html")) > 10_000);
        List<String> left = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".tmp")).forEach(p -> left.add(p.toString()));
        }
        assertEquals(List.of(), left, "no temporary file left");
    }

    @Test
    void anUnwritableFolderIsExitThreeSayingWhy() throws IOException {
        writeRun(dir, Format.CSV, true, true);
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(dir), "running as root: every folder is writable");
            Cli cli = Cli.run("report", "-o", dir.toString());
            assertEquals(ExitCodes.CANNOT_RUN, cli.exitCode(), cli.err());
            assertEquals("augur: cannot write " + dir.resolve("report.html") + ": permission denied\n", cli.err());
        } finally {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void reportNeedsAFolderNotTableOutput() {
        Cli cli = Cli.run("extract", "corpus", "--table", "forecasts", "--report");
        assertEquals(ExitCodes.USAGE, cli.exitCode());
        assertTrue(cli.err().contains("--report needs the tables in a folder"), cli.err());
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
