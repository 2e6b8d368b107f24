package org.augur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.augur.testing.Cli;
import org.augur.testing.Corpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output folder Augur cannot write to stops the run with exit code 3 and a message saying so, before
 * the models load (tens of seconds) and before anything is written. None of these load a model. (That a
 * missing output folder is created, and that the corpus folder is never written to, is checked on a full
 * run in {@link HostileCorpusTest}.) {@code --table} writes no folder at all: it neither makes the output
 * folder nor touches a cache an earlier run left there.
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

    /**
     * An interrupted run's cache: an entry it finished and the RUNNING mark that {@code --resume} looks for.
     * The only article of the {@code --table} run is empty, so it fails before the models are needed; before
     * the fix, the run pruned the entry it did not use and removed the mark ("nothing to resume" afterwards).
     */
    @Test
    void tableLeavesAnInterruptedRunsCacheByteForByte() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("empty.txt"), "");
        Path out = Files.createDirectories(dir.resolve("out"));
        Path cache = Files.createDirectories(out.resolve(".augur-cache/ab"));
        Files.writeString(cache.resolve("ab01.csv"), "documents,sa.txt,s,s,n0,n0,n0,n0,n0,sok\ntokens,0\n");
        Files.writeString(cache.resolve(".ab02.csv.7.tmp"), "half an entry");
        Files.writeString(out.resolve(".augur-cache/RUNNING"), "An Augur run that did not finish.\n");
        Map<String, String> before = contents(out);

        Cli r = Cli.run("extract", corpus.toString(), "-o", out.toString(), "--table", "errors", "--quiet");
        assertEquals(ExitCodes.PARTIAL, r.exitCode(), r.err());
        assertEquals("augur: empty.txt: the file holds no text\n", r.err());
        assertEquals(before, contents(out), "the cache folder after --table");
    }

    @Test
    void tableOnAFreshOutputFolderCreatesNothing() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("empty.txt"), "");
        Path out = dir.resolve("fresh");
        Cli r = Cli.run("extract", corpus.toString(), "-o", out.toString(), "--table", "documents", "--quiet");
        assertEquals(ExitCodes.PARTIAL, r.exitCode(), r.err());
        assertFalse(Files.exists(out), "--table made " + out);
        Cli cached = Cli.run("extract", corpus.toString(), "--cache", dir.resolve("cache").toString(),
                "--table", "documents", "--quiet");
        assertEquals(ExitCodes.PARTIAL, cached.exitCode(), cached.err());
        assertFalse(Files.exists(dir.resolve("cache")), "--table made the --cache folder");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(corpus), files.toList());
        }
    }

    @Test
    void resumeWithAMistypedOutputFolderLeavesNoFolderBehind() throws IOException {
        Path corpus = corpus();
        Path out = dir.resolve("outptu");
        Cli r = Cli.run("extract", corpus.toString(), "-o", out.toString(), "--resume");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
        assertEquals("augur: nothing to resume: " + out.resolve(".augur-cache") + " holds no interrupted run\n", r.err());
        assertFalse(Files.exists(out), "a failed --resume made " + out);
    }

    /** Every file under {@code root} (hidden ones too) with its text. */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.toList()) {
                out.put(root.relativize(f).toString(), Files.isDirectory(f) ? "folder" : Files.readString(f));
            }
        }
        assertTrue(out.size() > 1, "nothing under " + root);
        return out;
    }
}
