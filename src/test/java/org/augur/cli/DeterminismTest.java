package org.augur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.augur.table.Table;
import org.augur.testing.Cli;
import org.augur.testing.Corpora;
import org.augur.testing.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs, and runs with one and two worker threads, write byte-identical tables; manifest.json differs
 * only in its timings and thread count. The corpus: the good test articles, renamed copies, two failing
 * files and, when ../shared is present, the 25 articles of the dev gold set. Loads CoreNLP.
 */
class DeterminismTest {
    private static final Path DEV = Path.of("../shared/data/eval/dev/corpus");

    @Test
    void rerunsAndThreadCountsGiveByteIdenticalTables(@TempDir Path dir) throws IOException {
        Path corpus = Corpora.writeGood(dir.resolve("corpus"));
        for (String name : Corpora.GOOD) {
            for (String copy : List.of("copies/a-", "copies/b-")) {
                Path p = corpus.resolve(copy + name);
                Files.createDirectories(p.getParent());
                Files.writeString(p, Corpora.text(name), StandardCharsets.UTF_8);
            }
        }
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.write(corpus.resolve("latin1.txt"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        List<String> inputs = new ArrayList<>(List.of(corpus.toString()));
        if (Files.isDirectory(DEV)) {
            inputs.add(DEV.toString());
        }

        Path first = run(inputs, dir.resolve("first"), "2");
        Path second = run(inputs, dir.resolve("second"), "2");
        Path oneThread = run(inputs, dir.resolve("one-thread"), "1");
        String before = Files.readString(Tables.file(first, Table.FORECASTS));
        Path again = run(inputs, first, "2");   // over the first run's own tables

        for (Table t : Table.values()) {
            String expected = Files.readString(Tables.file(first, t));
            assertEquals(expected, Files.readString(Tables.file(second, t)), t.label() + ": second run");
            assertEquals(expected, Files.readString(Tables.file(oneThread, t)), t.label() + ": one thread");
        }
        assertEquals(before, Files.readString(Tables.file(again, Table.FORECASTS)), "rerun over its own output");
        // The first run's manifest now describes the rerun (its articles from the cache): compare the
        // two fresh runs.
        assertEquals(manifestSansTimings(second), manifestSansTimings(oneThread));
    }

    private static Path run(List<String> inputs, Path out, String threads) {
        List<String> args = new ArrayList<>(List.of("extract"));
        args.addAll(inputs);
        args.addAll(List.of("-o", out.toString(), "--quiet", "--threads", threads));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(ExitCodes.PARTIAL, r.exitCode(), r.err());   // empty.txt and latin1.txt fail
        return out;
    }

    /** manifest.json without its timings, with the thread count blanked. */
    private static String manifestSansTimings(Path out) throws IOException {
        return Files.readString(out.resolve("manifest.json")).replaceAll("(?m)^.*\"timings\".*$", "")
                .replaceAll("\"threads\": \\d+", "\"threads\": _");
    }
}
