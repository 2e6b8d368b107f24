package org.augur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.augur.testing.Cli;
import org.augur.testing.Corpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output folder Augur cannot write to stops the run with exit code 3 and a message saying so, before
 * the models load (tens of seconds) and before anything is written. None of these load a model. (That a
 * missing output folder is created, and that the corpus folder is never written to, is checked on a full
 * run in {@link HostileCorpusTest}.)
 */
class OutputFolderTest {
    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        return Corpora.writeGood(dir.resolve("corpus"));
    }

    @Test
    void readOnlyOutputFolderExitsWithThree() throws IOException {
        Path corpus = corpus();
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(out), "running as root: every folder is writable");
            Cli r = Cli.run("extract", corpus.toString(), "-o", out.toString(), "--quiet");
            assertEquals(ExitCodes.CANNOT_RUN, r.exitCode(), r.err());
            assertEquals("augur: cannot write to the output folder " + out + ": permission denied\n", r.err());
            try (var files = Files.list(out)) {
                assertEquals(List.of(), files.toList());
            }
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void outputPathThatIsAFileExitsWithThree() throws IOException {
        Path corpus = corpus();
        Path file = Files.writeString(dir.resolve("taken.csv"), "not a folder\n");
        Cli r = Cli.run("extract", corpus.toString(), "-o", file.toString(), "--quiet");
        assertEquals(ExitCodes.CANNOT_RUN, r.exitCode(), r.err());
        assertEquals("augur: cannot write to the output folder " + file + ": it is a file, not a folder\n", r.err());
        assertEquals("not a folder\n", Files.readString(file));
    }

    @Test
    void outputPathUnderAFileExitsWithThree() throws IOException {
        Path corpus = corpus();
        Path out = Files.writeString(dir.resolve("taken"), "x").resolve("out");
        Cli r = Cli.run("extract", corpus.toString(), "-o", out.toString(), "--quiet");
        assertEquals(ExitCodes.CANNOT_RUN, r.exitCode(), r.err());
        assertEquals("augur: cannot write to the output folder " + out + ": Not a directory\n", r.err());
    }

    @Test
    void outputFolderIsCheckedBeforeTheModels() throws IOException {
        Path corpus = corpus();
        Path file = Files.writeString(dir.resolve("taken.csv"), "x");
        Cli r = Cli.run("extract", corpus.toString(), "-o", file.toString(), "--models",
                dir.resolve("no-models.txt").toString());
        assertEquals(ExitCodes.CANNOT_RUN, r.exitCode(), r.err());
        assertEquals("augur: cannot write to the output folder " + file + ": it is a file, not a folder\n", r.err());
    }

    @Test
    void malformedCorpusIsReportedBeforeTheOutputFolderIsMade() throws IOException {
        Path out = dir.resolve("out");
        Cli r = Cli.run("extract", dir.resolve("no-corpus").toString(), "-o", out.toString());
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
        assertFalse(Files.exists(out));
    }
}
