package org.augur.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FileErrors turns the exceptions whose message is only a path into a reason. */
class FileErrorsTest {
    @TempDir
    Path dir;

    @Test
    void reasonsInWords() {
        assertEquals("no such file", FileErrors.reason(new NoSuchFileException("/tmp/nope.tsv")));
        assertEquals("permission denied", FileErrors.reason(new AccessDeniedException("/x/.report.html.tmp")));
        assertEquals("symbolic link loop", FileErrors.reason(
                new FileSystemException("loop1.txt", null, "Too many levels of symbolic links")));
        assertEquals("Not a directory", FileErrors.reason(new FileSystemException("a/b", null, "Not a directory")));
        assertEquals("no forecast model at x.tsv", FileErrors.reason(new IOException("no forecast model at x.tsv")));
    }

    @Test
    void aRealLinkLoopReadsAsALoop() throws IOException {
        Path one = dir.resolve("loop1.txt");
        Path two = dir.resolve("loop2.txt");
        try {
            Files.createSymbolicLink(one, two);
            Files.createSymbolicLink(two, one);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
        IOException e = assertThrows(IOException.class, () -> Files.readAllBytes(one));
        assertEquals("symbolic link loop", FileErrors.reason(e));
        assertEquals("no such file", FileErrors.reason(assertThrows(IOException.class,
                () -> Files.readAllBytes(dir.resolve("missing.txt")))));
    }
}
