package org.augur.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.augur.table.Table;
import org.augur.testing.Cli;
import org.augur.testing.Corpora;
import org.augur.testing.Tables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in {@code local[2]} against the CLI on the same corpus: every table, row for row, on the
 * seed corpus, on the dev corpus (when ../shared is there) and on a corpus with a binary and an empty
 * file. One SparkSession for the class; the executor's pipeline is this JVM's, loaded once.
 */
class SparkExtractTest {
    private static final Path DEV = Path.of("../shared/data/eval/dev/corpus");

    @TempDir
    static Path tmp;
    static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("augur-test")
                .config("spark.ui.enabled", false)
                .config("spark.sql.shuffle.partitions", 4)
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void seedCorpusGivesTheCliTables() throws IOException {
        assertSameTables(Path.of("corpus"), "seed", 0);
    }

    @Test
    void devCorpusGivesTheCliTables() throws IOException {
        assumeTrue(Files.isDirectory(DEV), "no dev corpus at " + DEV);
        assertSameTables(DEV, "dev", 0);
    }

    @Test
    void globInputAndParquetGiveTheCliRows() throws IOException {
        Path cliOut = tmp.resolve("glob-cli");
        Cli cli = Cli.run("extract", "corpus", "-o", cliOut.toString(), "--quiet", "--no-cache");
        assertEquals(0, cli.exitCode(), cli.err());
        Path out = tmp.resolve("glob-parquet");
        StringWriter err = new StringWriter();
        int code = SparkExtract.commandLine().setErr(new PrintWriter(err))
                .execute("corpus/*.txt", "-o", out.toString(), "--format", "parquet", "--quiet");
        assertEquals(0, code, err.toString());
        for (Table t : Table.values()) {
            List<List<String>> actual = spark.read().parquet(out.resolve(t.label()).toString()).collectAsList().stream()
                    .map(r -> { List<String> cells = new ArrayList<>();
                        for (int i = 0; i < r.size(); i++) {
                            cells.add(r.getString(i));
                        }
                        return (List<String>) cells; })
                    .toList();
            assertEquals(sorted(Tables.rows(cliOut, t)), sorted(actual), "parquet " + t.label());
        }
    }

    @Test
    void binaryAndEmptyFilesGiveTheCliErrors() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("bad"));
        Files.writeString(corpus.resolve(Corpora.SEED), Corpora.text(Corpora.SEED), StandardCharsets.UTF_8);
        Files.write(corpus.resolve("scan.txt"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2});
        Files.write(corpus.resolve("nul.md"), new byte[] {'a', 0, 'b'});
        Files.writeString(corpus.resolve("empty.txt"), "");
        Files.writeString(corpus.resolve("blank.html"), "<html><body> </body></html>");
        List<List<String>> errors = assertSameTables(corpus, "bad", 1).get(Table.ERRORS.ordinal());
        assertEquals(4, errors.size(), errors.toString());
    }

    /** Runs both on {@code corpus}, asserts equal tables and the exit code; returns the CLI's tables. */
    private static List<List<List<String>>> assertSameTables(Path corpus, String name, int exit) throws IOException {
        Path cliOut = tmp.resolve(name + "-cli");
        Cli cli = Cli.run("extract", corpus.toString(), "-o", cliOut.toString(), "--quiet", "--no-cache", "--threads", "2");
        assertEquals(exit, cli.exitCode(), cli.err());
        Path sparkOut = tmp.resolve(name + "-spark");
        StringWriter err = new StringWriter();
        int code = SparkExtract.commandLine().setErr(new PrintWriter(err))
                .execute(corpus.toString(), "-o", sparkOut.toString());
        assertEquals(exit, code, err.toString());
        assertTrue(err.toString().contains(" 1 pipeline load,") || err.toString().contains(" 0 pipeline loads,"),
                "one load per executor JVM at most: " + err);
        List<List<List<String>>> all = new ArrayList<>();
        for (Table t : Table.values()) {
            List<List<String>> expected = Tables.rows(cliOut, t);
            List<List<String>> actual = sparkRows(sparkOut.resolve(t.label()), t);
            assertEquals(sorted(expected), sorted(actual), name + " " + t.label());
            assertEquals(expected, actual, name + " " + t.label() + ": rows in the CLI's order");
            all.add(expected);
        }
        return all;
    }

    /** A table folder's part files read back in order, each a complete table with its header. */
    private static List<List<String>> sparkRows(Path folder, Table t) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<Path> parts;
        try (Stream<Path> files = Files.list(folder)) {
            parts = files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
        assertTrue(!parts.isEmpty(), folder + " has no part file");
        for (Path p : parts) {
            if (Files.size(p) > 0) {
                rows.addAll(Tables.parse(t, Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return rows;
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        return rows.stream().sorted(Comparator.comparing(r -> String.join("\u0000", r))).toList();
    }
}
