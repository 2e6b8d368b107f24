package org.augur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's contract: help, version, exit codes. None of these load a model. */
class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void helpListsTheCommandsWithExamples() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("extract"), out.toString());
        assertTrue(out.toString().contains("augur extract corpus -o output"), out.toString());
        assertEquals(0, run("extract", "--help"));
        assertTrue(out.toString().contains("--table"), out.toString());
    }

    @Test
    void versionNamesAugurAndCoreNlp() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().matches("(?s)augur \\d+\\.\\d+\\.\\d+.*Stanford CoreNLP 4\\.5\\.10.*"), out.toString());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("extract", "--no-such-option"));
        assertEquals(2, run("extract", "--table", "nonsense", "corpus"));
        assertEquals(2, run("extract", "no/such/folder"));
        assertTrue(err.toString().contains("no such file or folder: no/such/folder"), err.toString());
    }

    @Test
    void missingModelExitsWithThreeNamingIt(@TempDir Path dir) throws IOException {
        Path models = dir.resolve("models.txt");
        Files.writeString(models, "pos.model = edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger\n"
                + "ner.model = models/not-there.crf.ser.gz\n");
        assertEquals(3, run("extract", "corpus", "--models", models.toString(), "-o", dir.resolve("out").toString()));
        assertTrue(err.toString().contains("ner.model = models/not-there.crf.ser.gz"), err.toString());
        assertEquals(3, run("models", "--models", models.toString()));
        assertTrue(out.toString().contains("MISSING  ner.model"), out.toString());
    }

    @Test
    void resumeWithoutAnInterruptedRunIsAUsageError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Some text.\n");
        assertEquals(2, run("extract", dir.toString(), "-o", dir.resolve("out").toString(), "--resume"));
        assertTrue(err.toString().contains("nothing to resume"), err.toString());
    }

    @Test
    void malformedMetadataExitsWithTwo(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Some text.\n");
        Files.writeString(dir.resolve("metadata.csv"), "name,date\na.txt,2020-01-01\n");
        assertEquals(2, run("extract", dir.toString(), "-o", dir.resolve("out").toString()));
        assertTrue(err.toString().contains("metadata.csv: the header has no 'file' column"), err.toString());
    }
}
