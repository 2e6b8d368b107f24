package org.augur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.augur.table.Table;
import org.augur.testing.ChildCli;
import org.augur.testing.Cli;
import org.augur.testing.Corpora;
import org.augur.testing.Tables;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * KILL TEST — slow (about 60-90 s), starts child JVMs and kills them with SIGKILL.
 *
 * <p>The real CLI runs in a child JVM ({@link ChildCli}) on 15 small articles with one thread, over an
 * output folder holding a previous run's tables, and is killed ({@code Process.destroyForcibly}, SIGKILL
 * on Unix) at four moments: while the JVM starts and loads the models, as soon as the tables' temporary
 * files appear, the instant the first table is replaced (racing the commits), and in mid-run. After
 * each kill every table must be complete and byte-identical either to the previous run's or to a clean
 * run's, never truncated, and a final uninterrupted run over the debris must give the clean run's tables
 * and leave no temporary file. A second test kills a run after three articles and checks that
 * {@code --resume} gives the clean run's tables byte for byte.
 */
@Tag("slow")
class KillTest {
    private static final long EVENT_TIMEOUT_MS = 120_000;

    @Test
    void aKilledRunNeverLeavesATruncatedTable(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 1; i <= 15; i++) {
            String name = Corpora.GOOD.get(i % Corpora.GOOD.size());
            Files.writeString(corpus.resolve(String.format("%02d-%s", i, name)), Corpora.text(name), StandardCharsets.UTF_8);
        }
        Path ref = dir.resolve("clean");
        Cli clean = Cli.run("extract", corpus.toString(), "-o", ref.toString(), "--quiet", "--threads", "1");
        assertEquals(ExitCodes.OK, clean.exitCode(), clean.err());
        Map<Table, String> fresh = read(ref);

        Path out = Files.createDirectories(dir.resolve("out"));
        Map<Table, String> previous = new EnumMap<>(Table.class);
        for (Table t : Table.values()) {
            List<String> row = new ArrayList<>(List.of("from-the-previous-run.txt"));
            while (row.size() < t.columns().size()) {
                row.add("previous");
            }
            previous.put(t, String.join(",", t.columns()) + "\n" + String.join(",", row) + "\n");
            Files.writeString(Tables.file(out, t), previous.get(t));
        }
        String previousManifest = "{\n  \"augur\": \"previous run\"\n}\n";
        Files.writeString(out.resolve("manifest.json"), previousManifest);

        Path tmp = out.resolve(".documents.csv.tmp");
        List<String> log = new ArrayList<>();
        kill(corpus, out, dir, log, "2 s after start (JVM start, models loading)", ms -> ms > 2_000);
        kill(corpus, out, dir, log, "as the temporary tables appear", ms -> Files.exists(tmp));
        kill(corpus, out, dir, log, "the instant documents.csv is replaced",
                ms -> !sameText(Tables.file(out, Table.DOCUMENTS), previous.get(Table.DOCUMENTS)));
        long[] opened = new long[1];
        kill(corpus, out, dir, log, "3 s after the temporary tables appear (mid-run)", ms -> {
            if (opened[0] == 0 && Files.exists(tmp)) {
                opened[0] = ms;
            }
            return opened[0] != 0 && ms - opened[0] > 3_000;
        });

        for (String line : log) {
            System.out.println("KillTest: " + line);
        }
        Path logs = Files.createDirectories(dir.resolve("logs-final"));
        Cli last = ChildCli.run(List.of("-Xmx2g"), logs, 5, "extract", corpus.toString(), "-o", out.toString(),
                "--quiet", "--threads", "1");
        assertEquals(ExitCodes.OK, last.exitCode(), last.err());
        assertEquals(fresh, read(out), "a rerun over a killed run's debris gives the clean run's tables");
        try (var files = Files.list(out)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".") && !n.equals(".augur-cache")).toList());
        }
    }

    /**
     * A run killed after some articles are done, then {@code --resume}: the tables equal a clean run's,
     * byte for byte, and the resumed run takes the finished articles from the cache.
     */
    @Test
    void aKilledRunResumesToTheCleanRunsTables(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 1; i <= 15; i++) {
            String name = Corpora.GOOD.get(i % Corpora.GOOD.size());
            Files.writeString(corpus.resolve(String.format("%02d-%s", i, name)), Corpora.text(name) + "\nCopy " + i + ".\n",
                    StandardCharsets.UTF_8);
        }
        Path ref = dir.resolve("clean");
        Cli clean = Cli.run("extract", corpus.toString(), "-o", ref.toString(), "--quiet", "--threads", "1", "--no-cache");
        assertEquals(ExitCodes.OK, clean.exitCode(), clean.err());
        Map<Table, String> fresh = read(ref);

        Path out = dir.resolve("out");
        Path cache = out.resolve(".augur-cache");
        Process p = ChildCli.start(List.of("-Xmx2g"), Files.createDirectories(dir.resolve("logs-killed")),
                "extract", corpus.toString(), "-o", out.toString(), "--quiet", "--threads", "1");
        long start = System.currentTimeMillis();
        while (p.isAlive() && cached(cache) < 3 && System.currentTimeMillis() - start < EVENT_TIMEOUT_MS) {
            Thread.sleep(20);
        }
        p.destroyForcibly().waitFor();
        org.junit.jupiter.api.Assumptions.assumeTrue(cached(cache) < 15, "the run finished before it could be killed");

        Cli resumed = ChildCli.run(List.of("-Xmx2g"), Files.createDirectories(dir.resolve("logs-resumed")), 5,
                "extract", corpus.toString(), "-o", out.toString(), "--threads", "1", "--resume");
        assertEquals(ExitCodes.OK, resumed.exitCode(), resumed.err());
        assertEquals(fresh, read(out), "--resume after a kill gives the clean run's tables");
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(!manifest.contains("\"cached\": 0,"), manifest);
    }

    private static long cached(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) {
            return 0;
        }
        try (var files = Files.walk(cache)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".csv") && !n.startsWith(".")).count();
        }
    }

    /**
     * Starts a run over {@code out}, kills it when {@code when} is reached (or lets it finish), and checks
     * that every table is complete and is the one before the run or a clean run's.
     */
    private static void kill(Path corpus, Path out, Path dir, List<String> log, String moment, Moment when)
            throws Exception {
        Map<Table, String> before = read(out);
        String manifestBefore = Files.readString(out.resolve("manifest.json"));
        Path logs = Files.createDirectories(dir.resolve("logs-" + log.size()));
        Process p = ChildCli.start(List.of("-Xmx2g"), logs, "extract", corpus.toString(), "-o", out.toString(),
                "--quiet", "--threads", "1");
        long started = System.nanoTime();
        String outcome;
        while (true) {
            if (!p.isAlive()) {
                outcome = "finished before the kill (exit " + p.exitValue() + ")";
                break;
            }
            if (when.reached(elapsed(started))) {
                p.destroyForcibly();
                p.waitFor();
                outcome = "killed";
                break;
            }
            assertTrue(elapsed(started) < EVENT_TIMEOUT_MS, "never reached: " + moment);
            Thread.sleep(5);
        }
        p.waitFor();
        Map<Table, String> after = read(out);
        List<String> replaced = new ArrayList<>();
        for (Table t : Table.values()) {
            String now = after.get(t);
            Tables.parse(t, now);   // complete: header, full rows, final newline
            if (!now.equals(before.get(t))) {
                replaced.add(t.label());
            }
        }
        Map<Table, String> clean = read(dir.resolve("clean"));
        for (Table t : Table.values()) {
            String now = after.get(t);
            assertTrue(now.equals(before.get(t)) || now.equals(clean.get(t)),
                    moment + ": " + t.label() + " is neither the previous table nor a complete one from this run:\n" + now);
        }
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.equals(manifestBefore) || manifest.startsWith("{\n") && manifest.endsWith("}\n"),
                moment + ": manifest.json is cut short:\n" + manifest);
        List<String> temps;
        try (var files = Files.list(out)) {
            temps = files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
        }
        log.add(String.format("%s: %s after %.1f s; tables replaced %s; temporary files left %s", moment, outcome,
                elapsed(started) / 1000.0, replaced, temps));
    }

    /** When to kill, given the milliseconds since the run started. */
    @FunctionalInterface
    private interface Moment {
        boolean reached(long ms);
    }

    private static Map<Table, String> read(Path dir) throws IOException {
        Map<Table, String> out = new EnumMap<>(Table.class);
        for (Table t : Table.values()) {
            out.put(t, Files.readString(Tables.file(dir, t), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static boolean sameText(Path file, String text) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).equals(text);
        } catch (IOException e) {
            return false;   // mid-rename: look again
        }
    }

    private static long elapsed(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1_000_000;
    }
}
