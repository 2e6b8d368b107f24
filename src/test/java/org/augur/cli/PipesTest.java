package org.augur.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.augur.table.Table;
import org.augur.testing.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The real CLI, in-process, used the way shell pipelines use it: path lists on stdin (newline and NUL),
 * one table to stdout, TSV, --bom, --no-header, and the exit codes. Every stdout is parsed in full with
 * commons-csv and compared with the tables of a normal run on the same corpus, so stdout is shown to hold
 * the table and nothing else. Loads CoreNLP once per JVM (shared with the other end-to-end tests).
 */
class PipesTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    static Path tmp;
    /** The sample article of corpus/ plus two small ones: a file name with a space, a subfolder, non-ASCII names, a formula-like title. */
    static Path corpus;
    /** The tables of a normal run ({@code augur extract CORPUS -o ref}). */
    static Path ref;

    /** What one run of the CLI left on stdout and stderr. */
    record Result(int code, byte[] stdout, String stderr) {
        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    @BeforeAll
    static void referenceRun() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Path.of("corpus/valdai-bolton-in-moscow.txt"), corpus.resolve("valdai-bolton-in-moscow.txt"));
        Files.writeString(corpus.resolve("kyiv talks.txt"), """
                Scholz and Zelensky in Kyiv

                German Chancellor Olaf Scholz said on Monday that Ukraine will probably join the European Union \
                within a decade. Jürgen Müller, an economist in Berlin, expects that the euro will not collapse \
                next year, "whatever happens", he said.
                """, StandardCharsets.UTF_8);
        Files.createDirectories(corpus.resolve("sub"));
        Files.writeString(corpus.resolve("sub/formula.md"), """
                =SUM(1,2) and other spreadsheet traps

                Analysts in Paris say that François Hollande may return to politics, but Ségolène Royal is unlikely \
                to run again.
                """, StandardCharsets.UTF_8);
        ref = tmp.resolve("ref");
        Result r = run("", "extract", corpus.toString(), "-o", ref.toString(), "--quiet");
        assertEquals(0, r.code(), r.stderr());
        assertEquals("", r.stderr(), "--quiet prints nothing when every article succeeds");
        assertTrue(records(read(ref, Table.FORECASTS), Table.FORECASTS, true).size() >= 3, "the corpus should give forecasts");
    }

    @ParameterizedTest
    @EnumSource(Table.class)
    void tableOnStdoutIsTheFileTableAndNothingElse(Table table) throws IOException {
        Result r = run("", "extract", corpus.toString(), "--table", table.label(), "--quiet");
        assertEquals(0, r.code(), r.stderr());
        assertEquals("", r.stderr());
        List<CSVRecord> rows = records(r.out(), table, true); // throws unless all of stdout is CSV with this header
        assertEquals(records(read(ref, table), table, true).size(), rows.size());
        assertArrayEquals(Files.readAllBytes(ref.resolve(table.label() + ".csv")), r.stdout(),
                table.label() + ": stdout differs from the file of a normal run");
    }

    /** {@code --table} takes the articles an earlier run cached in its folder, and writes nothing there. */
    @Test
    void tableReadsTheCacheOfTheOutputFolderAndLeavesItAsItWas() throws IOException {
        Map<String, String> before = Snapshot.of(ref);
        Result r = run("", "extract", corpus.toString(), "-o", ref.toString(), "--table", "forecasts");
        assertEquals(0, r.code(), r.stderr());
        assertTrue(r.stderr().contains("augur: 3 articles (0 failed, 3 from the cache)"), r.stderr());
        assertFalse(r.stderr().contains(" → "), "the summary names no output folder: " + r.stderr());
        assertArrayEquals(Files.readAllBytes(ref.resolve("forecasts.csv")), r.stdout());
        assertEquals(before, Snapshot.of(ref));
    }

    @Test
    void pathsOnStdinOneALineGiveTheSameTables() throws IOException {
        String list = String.join("\n", articles()) + "\n";
        Path out = tmp.resolve("stdin-lines");
        Result r = run(list, "extract", "-", "-o", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.stderr());
        for (Table t : Table.values()) {
            assertEquals(cells(records(read(ref, t), t, true), ""), cells(records(read(out, t), t, true), corpus + "/"),
                    t.label() + ": a path list on stdin should give the rows of the folder run (doc_id as given)");
        }
    }

    @Test
    void pathsOnStdinNulSeparatedToStdout() throws IOException {
        String list = String.join("\0", articles()) + "\0";
        Result r = run(list, "extract", "-", "-0", "--table", "forecasts", "--quiet");
        assertEquals(0, r.code(), r.stderr());
        assertEquals(cells(records(read(ref, Table.FORECASTS), Table.FORECASTS, true), ""),
                cells(records(r.out(), Table.FORECASTS, true), corpus + "/"));
    }

    @Test
    void tsvHoldsTheSameCellsAsCsv() throws IOException {
        Result r = run("", "extract", corpus.toString(), "--table", "forecasts", "--format", "tsv", "--quiet");
        assertEquals(0, r.code(), r.stderr());
        List<CSVRecord> tsv = parse(r.out(), tsvFormat(), Table.FORECASTS, true);
        assertEquals(cells(records(read(ref, Table.FORECASTS), Table.FORECASTS, true), ""), cells(tsv, ""));

        Path out = tmp.resolve("tsv");
        assertEquals(0, run("", "extract", corpus.toString(), "-o", out.toString(), "--format", "tsv", "--quiet").code());
        for (Table t : Table.values()) {
            assertFalse(Files.exists(out.resolve(t.label() + ".csv")));
            String file = Files.readString(out.resolve(t.label() + ".tsv"), StandardCharsets.UTF_8);
            assertEquals(cells(records(read(ref, t), t, true), ""), cells(parse(file, tsvFormat(), t, true), ""), t.label());
        }
    }

    @Test
    void bomStartsEveryTableAndChangesNothingElse() throws IOException {
        Result r = run("", "extract", corpus.toString(), "--table", "actors", "--bom", "--quiet");
        assertEquals(0, r.code(), r.stderr());
        assertArrayEquals(concat(BOM, Files.readAllBytes(ref.resolve("actors.csv"))), r.stdout());
        assertTrue(r.out().contains("Jürgen Müller"), "non-ASCII names are UTF-8 on stdout: " + r.out());

        Path out = tmp.resolve("bom");
        assertEquals(0, run("", "extract", corpus.toString(), "-o", out.toString(), "--bom", "--quiet").code());
        for (Table t : Table.values()) {
            assertArrayEquals(concat(BOM, Files.readAllBytes(ref.resolve(t.label() + ".csv"))),
                    Files.readAllBytes(out.resolve(t.label() + ".csv")), t.label());
        }
    }

    @Test
    void noHeaderLeavesOutTheFirstLineOnly() throws IOException {
        Result r = run("", "extract", corpus.toString(), "--table", "forecasts", "--no-header", "--quiet");
        assertEquals(0, r.code(), r.stderr());
        String full = read(ref, Table.FORECASTS);
        assertEquals(full.substring(full.indexOf('\n') + 1), r.out());
        assertEquals(cells(records(full, Table.FORECASTS, true), ""), cells(records(r.out(), Table.FORECASTS, false), ""));
    }

    @Test
    void binaryFileMakesAPartialRunExitingOne() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("partial"));
        Files.copy(corpus.resolve("kyiv talks.txt"), dir.resolve("kyiv talks.txt"));
        Files.write(dir.resolve("scan.txt"), new byte[] {'s', 'c', 'a', 'n', 0, 0, 1, 2});
        Path out = tmp.resolve("partial-out");
        Result r = run("", "extract", dir.toString(), "-o", out.toString());
        assertEquals(ExitCodes.PARTIAL, r.code(), r.stderr());
        assertTrue(r.stderr().contains("augur: scan.txt: not a text file (NUL bytes)"), r.stderr());
        assertTrue(r.stderr().contains("augur: 2 articles (1 failed)"), "the summary line, without --quiet: " + r.stderr());
        List<CSVRecord> errors = records(read(out, Table.ERRORS), Table.ERRORS, true);
        assertEquals(List.of(List.of("scan.txt", "read", "binary", "not a text file (NUL bytes)")), cells(errors, ""));
        assertEquals(List.of("kyiv talks.txt,ok", "scan.txt,failed"), records(read(out, Table.DOCUMENTS), Table.DOCUMENTS, true)
                .stream().map(d -> d.get("doc_id") + "," + d.get("status")).toList());
        assertFalse(records(read(out, Table.FORECASTS), Table.FORECASTS, true).isEmpty(), "the good article still counts");

        Result quiet = run("", "extract", dir.toString(), "--table", "forecasts", "--quiet");
        assertEquals(ExitCodes.PARTIAL, quiet.code());
        assertEquals("augur: scan.txt: not a text file (NUL bytes)\n", quiet.stderr().replace("\r\n", "\n"),
                "--quiet keeps the errors and nothing else");
        assertEquals(read(out, Table.FORECASTS), quiet.out(), "stdout still holds only the table");
    }

    @Test
    void unwritableOutputExitsThree() throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
        Result r = run("", "extract", corpus.resolve("sub").toString(), "-o", file.resolve("out").toString(), "--quiet");
        assertEquals(ExitCodes.CANNOT_RUN, r.code(), r.stderr());
        assertTrue(r.stderr().contains("cannot write to the output folder"), r.stderr());
        assertEquals(0, r.stdout().length);
    }

    // ---- helpers ----

    /**
     * Runs the CLI on its own stdin and stdout. System.out is watched, not used: anything that reached it
     * (a stray print in Augur or CoreNLP) would land in the middle of a user's table, so it fails the test.
     */
    static Result run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        PrintStream realOut = System.out;
        int code;
        System.setOut(new PrintStream(stray, true, StandardCharsets.UTF_8));
        try {
            code = Main.commandLine(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out)
                    .setErr(new PrintWriter(err, true)).execute(args);
        } finally {
            System.setOut(realOut);
        }
        assertEquals("", stray.toString(StandardCharsets.UTF_8), "nothing may reach System.out: " + Arrays.toString(args));
        return new Result(code, out.toByteArray(), err.toString());
    }

    /** The corpus's articles as absolute paths, as {@code find} would list them. */
    static List<String> articles() {
        return List.of(corpus.resolve("kyiv talks.txt").toString(), corpus.resolve("sub/formula.md").toString(),
                corpus.resolve("valdai-bolton-in-moscow.txt").toString());
    }

    static String read(Path dir, Table t) {
        try {
            return Files.readString(dir.resolve(t.label() + ".csv"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CSVFormat tsvFormat() {
        return CSVFormat.RFC4180.builder().setDelimiter('\t').get();
    }

    static List<CSVRecord> records(String text, Table t, boolean header) {
        return parse(text, CSVFormat.RFC4180, t, header);
    }

    /**
     * Parses all of {@code text} as a table: with {@code header}, the first record must be the table's
     * columns; every record must have as many cells as there are columns.
     */
    static List<CSVRecord> parse(String text, CSVFormat format, Table t, boolean header) {
        CSVFormat f = header ? format.builder().setHeader().setSkipHeaderRecord(true).get()
                : format.builder().setHeader(t.columns().toArray(String[]::new)).get();
        try (var parser = f.parse(new StringReader(text))) {
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(t.columns(), parser.getHeaderNames(), t.label() + " header");
            for (CSVRecord row : rows) {
                assertEquals(t.columns().size(), row.size(), t.label() + " row " + row.getRecordNumber() + ": " + row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells of each row, with {@code prefix} taken off the doc_id (paths given on stdin keep it). */
    static List<List<String>> cells(List<CSVRecord> rows, String prefix) {
        List<List<String>> out = new ArrayList<>();
        for (CSVRecord row : rows) {
            List<String> cells = new ArrayList<>(row.toList());
            if (!prefix.isEmpty()) {
                assertTrue(cells.get(0).startsWith(prefix), cells.get(0));
                cells.set(0, cells.get(0).substring(prefix.length()));
            }
            out.add(cells);
        }
        return out;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
