package org.augur.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CorpusLister on folders, single files and stdin path lists built in a temporary folder. */
class CorpusListerTest {
    private static final InputStream NO_STDIN = InputStream.nullInputStream();

    @TempDir
    Path root;

    private Path touch(String relative) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "Text of " + relative + ".\n");
        return p;
    }

    private static List<String> ids(List<Source> sources) {
        return sources.stream().map(Source::docId).toList();
    }

    private static CorpusLister stdin(String paths, boolean nulSeparated) {
        return new CorpusLister(new ByteArrayInputStream(paths.getBytes(StandardCharsets.UTF_8)), nulSeparated);
    }

    @Test
    void folderIsWalkedRecursivelySortedByDocIdWithSlashes() throws IOException {
        touch("b.txt");
        touch("a.md");
        touch("sub/c.html");
        touch("sub/deeper/d.htm");
        touch("LOUD.TXT");
        touch("report.pdf");
        touch("image.png");
        touch("README");
        touch("sub/notes.docx");
        List<Source> sources = new CorpusLister(NO_STDIN, false).list(List.of(root.toString()));
        assertEquals(List.of("LOUD.TXT", "a.md", "b.txt", "sub/c.html", "sub/deeper/d.htm"), ids(sources));
        assertEquals(root.resolve("sub/deeper/d.htm"), sources.get(4).path());
        assertEquals(Optional.empty(), sources.get(4).problem());
    }

    @Test
    void metadataCsvIsAppliedByRelativePathAndNeverListed() throws IOException {
        touch("a.txt");
        touch("b.txt");
        touch("sub/c.txt");
        Files.writeString(root.resolve("metadata.csv"), "file,date,title,author,source,url\n"
                + "b.txt,2024-03-01,Given Title,Jane Roe,Valdai,https://example.org/b\n"
                + "sub/c.txt,2024-03-02,,,,\n");
        List<Source> sources = new CorpusLister(NO_STDIN, false).list(List.of(root.toString()));
        assertEquals(List.of("a.txt", "b.txt", "sub/c.txt"), ids(sources));
        assertEquals(Metadata.NONE, sources.get(0).metadata());
        assertEquals(new Metadata(Optional.of(LocalDate.of(2024, 3, 1)), Optional.of("Given Title"),
                Optional.of("Jane Roe"), Optional.of("Valdai"), Optional.of("https://example.org/b")),
                sources.get(1).metadata());
        assertEquals(new Metadata(Optional.of(LocalDate.of(2024, 3, 2)), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()), sources.get(2).metadata());
    }

    @Test
    void namesWithSpacesAndNonLatinCharactersAreListed() throws IOException {
        touch("my article.txt");
        touch("статья.txt");
        touch("記事/東京 会談.md");
        List<Source> sources = new CorpusLister(NO_STDIN, false).list(List.of(root.toString()));
        assertEquals(List.of("my article.txt", "статья.txt", "記事/東京 会談.md"), ids(sources));
        assertEquals(root.resolve("記事/東京 会談.md"), sources.get(2).path());
    }

    @Test
    void singleFileIsListedByItsNameWithTheMetadataBesideIt() throws IOException {
        Path file = touch("one.txt");
        Files.writeString(root.resolve("metadata.csv"), "file,author\none.txt,Jane Roe\n");
        List<Source> sources = new CorpusLister(NO_STDIN, false).list(List.of(file.toString()));
        assertEquals(List.of("one.txt"), ids(sources));
        assertEquals(Optional.of("Jane Roe"), sources.get(0).metadata().author());
    }

    @Test
    void stdinListsNewlineSeparatedPathsSkippingBlankLines() throws IOException {
        Path a = touch("a.txt");
        Path b = touch("b b.txt");
        Path c = touch("статья.txt");
        Files.writeString(root.resolve("metadata.csv"), "file,title\nb b.txt,Bee\n");
        List<Source> sources = stdin(c + "\n\n" + b + "\r\n" + a + "\n", false).list(List.of("-"));
        assertEquals(List.of(a.toString(), b.toString(), c.toString()), ids(sources));
        assertEquals(List.of(a, b, c), sources.stream().map(Source::path).toList());
        assertEquals(Optional.of("Bee"), sources.get(1).metadata().title());
        assertEquals(Metadata.NONE, sources.get(0).metadata());
    }

    @Test
    void stdinListsNulSeparatedPathsIncludingNewlinesInNames() throws IOException {
        Path a = touch("a.txt");
        Path odd;
        try {
            odd = touch("line\nbreak.txt");
        } catch (IOException | java.nio.file.InvalidPathException e) {
            assumeTrue(false, "this file system does not allow a newline in a file name");
            return;
        }
        List<Source> sources = stdin(odd + "\0" + a + "\0", true).list(List.of("-"));
        assertEquals(List.of(a.toString(), odd.toString()), ids(sources));
        assertEquals(odd, sources.get(1).path());
    }

    @Test
    void symbolicLinkLoopIsReportedAsASourceWithAProblem() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "needs POSIX links");
        touch("a.txt");
        try {
            Files.createSymbolicLink(root.resolve("loop"), root);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "cannot create a symbolic link here: " + e);
        }
        List<Source> sources = new CorpusLister(NO_STDIN, false).list(List.of(root.toString()));
        assertEquals(List.of("a.txt", "loop"), ids(sources));
        assertEquals(Optional.of("symbolic link loop"), sources.get(1).problem());
        assertEquals(Optional.empty(), sources.get(0).problem());
    }

    @Test
    void theFirstOfTwoFilesWithOneDocIdIsKeptAndTheOtherReported() throws IOException {
        Path one = touch("dir1/a.txt");
        Path two = touch("dir2/a.txt");
        touch("dir2/b.txt");
        for (List<Path> order : List.of(List.of(one, two), List.of(two, one))) {
            List<CorpusLister.Duplicate> dropped = new java.util.ArrayList<>();
            List<Source> sources = new CorpusLister(NO_STDIN, false, dropped::add)
                    .list(List.of(order.get(0).getParent().toString(), order.get(1).getParent().toString()));
            assertEquals(List.of("a.txt", "b.txt"), ids(sources));
            assertEquals(order.get(0), sources.get(0).path());
            assertEquals(List.of(new CorpusLister.Duplicate("a.txt", order.get(0), order.get(1))), dropped);
        }
        List<CorpusLister.Duplicate> none = new java.util.ArrayList<>();
        new CorpusLister(NO_STDIN, false, none::add).list(List.of(one.toString(), one.toString()));
        assertEquals(List.of(), none, "one file named twice loses nothing");
    }

    /** Two files linked to each other: ELOOP when read, which is a loop, not a broken link. */
    @Test
    void linksToEachOtherAreALoopNotABrokenLink() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "needs POSIX links");
        touch("a.txt");
        Files.createSymbolicLink(root.resolve("loop1.txt"), root.resolve("loop2.txt"));
        Files.createSymbolicLink(root.resolve("loop2.txt"), root.resolve("loop1.txt"));
        List<Source> sources = new CorpusLister(NO_STDIN, false).list(List.of(root.toString()));
        assertEquals(List.of("a.txt", "loop1.txt", "loop2.txt"), ids(sources));
        assertEquals(List.of(Optional.empty(), Optional.of("symbolic link loop"), Optional.of("symbolic link loop")),
                sources.stream().map(Source::problem).toList());
    }

    @Test
    void brokenLinkAndFifoWithArticleNamesAreSourcesWithAProblem() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "needs POSIX links");
        touch("a.txt");
        Files.createSymbolicLink(root.resolve("gone.txt"), root.resolve("deleted.txt"));
        Files.createSymbolicLink(root.resolve("gone.png"), root.resolve("deleted.png"));
        boolean fifo;
        try {
            fifo = new ProcessBuilder("mkfifo", root.resolve("pipe.txt").toString()).start().waitFor() == 0;
        } catch (IOException e) {
            fifo = false;   // no mkfifo here: the broken link is still checked
        }
        List<Source> sources = new CorpusLister(NO_STDIN, false).list(List.of(root.toString()));
        assertEquals(fifo ? List.of("a.txt", "gone.txt", "pipe.txt") : List.of("a.txt", "gone.txt"), ids(sources));
        assertEquals(Optional.of("broken symbolic link"), sources.get(1).problem());
        if (fifo) {
            assertEquals(Optional.of("not a regular file"), sources.get(2).problem());
        }
    }

    @Test
    void missingInputIsACorpusError() {
        String missing = root.resolve("nowhere").toString();
        CorpusException e = assertThrows(CorpusException.class,
                () -> new CorpusLister(NO_STDIN, false).list(List.of(missing)));
        assertEquals("no such file or folder: " + missing, e.getMessage());
    }

    @Test
    void malformedMetadataStopsTheListing() throws IOException {
        touch("a.txt");
        Files.writeString(root.resolve("metadata.csv"), "name,date\na.txt,2024-01-01\n");
        CorpusException e = assertThrows(CorpusException.class,
                () -> new CorpusLister(NO_STDIN, false).list(List.of(root.toString())));
        assertEquals(root.resolve("metadata.csv") + ": the header has no 'file' column (found: name,date)",
                e.getMessage());
    }

    @Test
    void isArticleKnowsTheFourExtensionsInAnyCase() {
        assertEquals(List.of(true, true, true, true, true, false, false, false),
                List.of("a.txt", "a.md", "a.html", "a.htm", "A.HTML", "metadata.csv", "a.pdf", ".txt").stream()
                        .map(n -> CorpusLister.isArticle(Path.of(n))).toList());
    }
}
