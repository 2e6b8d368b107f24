package org.augur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.augur.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real CLI on the sample corpus (corpus/), every table compared with the committed golden files in
 * src/test/resources/golden. After a deliberate change to the extractors, refresh them with
 * {@code mvn test -Dtest=GoldenTest -Daugur.golden.update=true} and review the diff before committing.
 * Loads CoreNLP (about 10 s per test).
 */
class GoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    private static void extract(Path out, String threads) {
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setErr(new PrintWriter(err))
                .execute("extract", "corpus", "-o", out.toString(), "--quiet", "--threads", threads);
        assertEquals(0, code, err.toString());
    }

    private static void assertGolden(Path out, boolean update) throws IOException {
        for (Table t : Table.values()) {
            String actual = Files.readString(out.resolve(t.label() + ".csv"), StandardCharsets.UTF_8);
            Path golden = GOLDEN.resolve(t.label() + ".csv");
            if (update) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, t.label() + ".csv differs from " + golden);
        }
    }

    @Test
    void sampleCorpusGivesTheGoldenTables(@TempDir Path out) throws IOException {
        extract(out, "2");
        assertGolden(out, Boolean.getBoolean("augur.golden.update"));
    }

    /** One worker gives the same bytes as two; a rerun takes every article from the cache and loads no model. */
    @Test
    void oneThreadAndACachedRerunGiveTheSameTables(@TempDir Path out) throws IOException {
        extract(out, "1");
        assertGolden(out, false);
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"models_loaded\": true"));
        extract(out, "2");
        assertGolden(out, false);
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"models_loaded\": false"), manifest);
        assertTrue(manifest.matches("(?s).*\"articles\": (\\d+), \"failed\": 0, \"cached\": \\1,.*"), manifest);
    }
}
