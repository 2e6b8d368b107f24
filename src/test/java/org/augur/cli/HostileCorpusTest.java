package org.augur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.augur.table.Table;
import org.augur.testing.ChildCli;
import org.augur.testing.Cli;
import org.augur.testing.Corpora;
import org.augur.testing.Snapshot;
import org.augur.testing.Tables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real CLI on a corpus nobody cleaned, generated here: binary files under article names, invalid
 * UTF-8, UTF-16, empty files, a 50 MB file and one just under the 10 MB limit, a 100,000-token "sentence",
 * HTML pages, CRLF and CR line ends, a 1 MB line, an unreadable file, symbolic-link loops and dangling
 * links, and file names with spaces, quotes, a newline and non-Latin letters, mixed with three good articles.
 *
 * <p>It checks that each bad file is one errors.csv row and one stderr line, that the good articles' rows
 * are exactly those of a clean run on the good articles alone, that a copy of a good article in another
 * encoding, with other line ends or under an odd name gives the same rows, that the corpus folder is left
 * as it was, and that the run exits 1. Loads CoreNLP; the class takes about a minute, half of it the
 * -Xmx2g child JVM.
 */
class HostileCorpusTest {
    /** Error rows the hostile run must write: doc_id → stage, error, message. */
    private static final Map<String, List<String>> BAD = new LinkedHashMap<>();
    /** Files that are not articles (by their extension) and must be neither read nor reported. */
    private static final List<String> IGNORED = List.of("photo.png", "report.pdf", "archive.zip", "notes.docx", "README");

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @TempDir
    static Path tmp;
    static Path corpus;
    static Path out;
    static Path cleanOut;
    static Cli hostile;
    static Map<String, String> before;
    /** Copies of good articles: doc_id of the copy → doc_id of the original. */
    static final Map<String, String> COPIES = new LinkedHashMap<>();

    @BeforeAll
    static void runCleanAndHostile() throws IOException {
        Path clean = Corpora.writeGood(tmp.resolve("clean"));
        cleanOut = tmp.resolve("clean-out");
        Cli c = Cli.run("extract", clean.toString(), "-o", cleanOut.toString(), "--quiet", "--threads", "2");
        assertEquals(0, c.exitCode(), c.err());

        corpus = writeHostileCorpus(tmp.resolve("hostile"));
        before = Snapshot.of(corpus);
        out = tmp.resolve("out/not/yet/there");
        hostile = Cli.run("extract", corpus.toString(), "-o", out.toString(), "--quiet", "--threads", "2");
    }

    @AfterAll
    static void makeDeletable() throws IOException {
        Path locked = corpus.resolve("locked.txt");
        if (Files.exists(locked)) {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void exitsWithOneAndNoStackTrace() {
        assertEquals(ExitCodes.PARTIAL, hostile.exitCode(), hostile.err());
        assertFalse(hostile.err().contains("\tat "), hostile.err());
        assertFalse(hostile.err().contains("Exception"), hostile.err());
    }

    @Test
    void eachBadFileIsOneErrorRowAndOneStderrLine() throws IOException {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (List<String> row : Tables.rows(out, Table.ERRORS)) {
            assertFalse(errors.containsKey(row.get(0)), "two error rows for " + row.get(0));
            errors.put(row.get(0), row.subList(1, 4));
        }
        assertEquals(BAD, errors);

        List<String> lines = hostile.err().lines().filter(l -> l.startsWith("augur: ")).toList();
        List<String> expected = new ArrayList<>();
        BAD.forEach((id, e) -> expected.add("augur: " + id.replace("\n", "\\n") + ": " + e.get(2)));
        // not an error, but named even with --quiet: its text is not the file's
        expected.add("augur: windows-1252.txt: invalid UTF-8 at byte 3; 3 bad bytes read as U+FFFD");
        assertEquals(expected.stream().sorted().toList(), lines.stream().sorted().toList());
    }

    @Test
    void everyListedFileIsOneDocumentsRowFailedExactlyWhenItIsAnError() throws IOException {
        Map<String, String> status = new LinkedHashMap<>();
        for (List<String> row : Tables.rows(out, Table.DOCUMENTS)) {
            assertFalse(status.containsKey(row.get(0)), "two documents rows for " + row.get(0));
            status.put(row.get(0), row.get(7));
        }
        for (String id : BAD.keySet()) {
            assertEquals("failed", status.remove(id), id);
        }
        for (String id : Corpora.GOOD) {
            assertEquals("ok", status.remove(id), id);
        }
        for (String id : COPIES.keySet()) {
            assertEquals("ok", status.remove(id), id);
        }
        assertEquals(Map.of("long/one-megabyte-line.txt", "ok", "long/no-punctuation.txt", "ok",
                "web/page.html", "ok", "web/just-under-the-limit.html", "ok", "windows-1252.txt", "replaced"), status);
        for (String name : IGNORED) {
            assertFalse(Files.readString(Tables.file(out, Table.DOCUMENTS)).contains(name), name);
        }
    }

    @Test
    void goodArticlesGiveExactlyTheRowsOfACleanRun() throws IOException {
        for (Table t : List.of(Table.DOCUMENTS, Table.ACTORS, Table.TOPICS, Table.FORECASTS)) {
            List<List<String>> expected = Tables.rows(cleanOut, t);
            assertFalse(expected.isEmpty(), t.label());
            assertEquals(expected, Tables.whereDocId(Tables.rows(out, t), Corpora.GOOD::contains), t.label());
        }
    }

    @Test
    void copiesInOtherEncodingsLineEndsAndNamesGiveTheSameRows() throws IOException {
        for (Table t : List.of(Table.DOCUMENTS, Table.ACTORS, Table.TOPICS, Table.FORECASTS)) {
            List<List<String>> rows = Tables.rows(out, t);
            COPIES.forEach((copy, original) -> {
                List<List<String>> expected = Tables.renamed(rows, original, copy);
                List<List<String>> actual = Tables.renamed(rows, copy, copy);
                if (t == Table.FORECASTS && copy.contains("crlf")) {
                    // CRLF adds a char per line end before each sentence: offsets move, nothing else does.
                    expected = withoutOffsets(expected);
                    actual = withoutOffsets(actual);
                }
                assertEquals(expected, actual, t.label() + ": " + copy + " vs " + original);
            });
        }
    }

    @Test
    void forecastOffsetsIndexTheDecodedTextUnchanged() throws IOException {
        Map<String, String> texts = Map.of(
                "line-ends/crlf.txt", Corpora.text(Corpora.SEED).replace("\n", "\r\n"),
                "line-ends/cr.txt", Corpora.text(Corpora.SEED).replace("\n", "\r"),
                Corpora.SEED, Corpora.text(Corpora.SEED));
        int checked = 0;
        for (List<String> row : Tables.rows(out, Table.FORECASTS)) {
            String text = texts.get(row.get(0));
            if (text != null) {
                String sentence = text.substring(Integer.parseInt(row.get(2)), Integer.parseInt(row.get(3)));
                assertEquals(row.get(4), sentence, row.toString());
                checked++;
            }
        }
        assertTrue(checked >= 9, "forecasts checked: " + checked);
    }

    @Test
    void htmlPagesGiveTheirTextAndTitleWithoutMarkupOrScript() throws IOException {
        List<String> page = Tables.whereDocId(Tables.rows(out, Table.DOCUMENTS), "web/page.html"::equals).get(0);
        assertEquals("Kremlin talks | World News", page.get(1));
        List<List<String>> forecasts = Tables.whereDocId(Tables.rows(out, Table.FORECASTS), "web/page.html"::equals);
        assertEquals(List.of("The ministers will meet again in Geneva next month, a spokesman said."),
                forecasts.stream().map(r -> r.get(4)).toList());
        String all = Files.readString(Tables.file(out, Table.ACTORS)) + Files.readString(Tables.file(out, Table.TOPICS));
        assertFalse(all.contains("tracker"), all);
        assertFalse(all.contains("Cookie"), all);
        List<String> actors = Tables.whereDocId(Tables.rows(out, Table.ACTORS), "web/page.html"::equals)
                .stream().map(r -> r.get(1)).toList();
        assertTrue(actors.contains("Sergei Lavrov"), actors.toString());

        List<String> big = Tables.whereDocId(Tables.rows(out, Table.DOCUMENTS), "web/just-under-the-limit.html"::equals).get(0);
        assertEquals(List.of("web/just-under-the-limit.html", "A page of scripts", "", "1"), big.subList(0, 4));
    }

    @Test
    void aHundredThousandTokenSentenceIsCountedButYieldsNothing() throws IOException {
        List<String> doc = Tables.whereDocId(Tables.rows(out, Table.DOCUMENTS), "long/no-punctuation.txt"::equals).get(0);
        // The text (between 500,000 and 600,000 characters) reaches CoreNLP in pieces of at most 100,000 characters
        // (CoreNlpAnnotator.MAX_PIECE_CHARS), so its one endless sentence is counted as six.
        assertEquals(List.of("6", "100000", "0", "0", "ok"), doc.subList(3, 8));
        for (Table t : List.of(Table.ACTORS, Table.TOPICS, Table.FORECASTS)) {
            assertEquals(List.of(), Tables.whereDocId(Tables.rows(out, t), "long/no-punctuation.txt"::equals), t.label());
        }
        List<List<String>> line = Tables.whereDocId(Tables.rows(out, Table.FORECASTS), "long/one-megabyte-line.txt"::equals);
        assertTrue(line.stream().anyMatch(r -> r.get(4).equals("The talks will resume in May.")), line.toString());
    }

    @Test
    void theCorpusFolderIsNeverWrittenTo() throws IOException {
        assertEquals(before, Snapshot.of(corpus));
    }

    @Test
    void theMissingOutputFolderIsCreatedWithEveryTable() throws IOException {
        for (Table t : Table.values()) {
            assertTrue(Files.isRegularFile(Tables.file(out, t)), t.label());
        }
        try (var files = Files.list(out)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString())
                            .filter(n -> n.startsWith(".") && !n.equals(".augur-cache")).toList(),
                    "temporary files left behind (the result cache aside)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"unterminated quote", "no file column", "bad date", "invalid UTF-8"})
    void malformedMetadataStopsTheRunWithTwoBeforeWriting(String kind, @TempDir Path dir) throws IOException {
        Path c = Corpora.writeGood(dir.resolve("corpus"));
        Files.write(c.resolve("binary.txt"), PNG);
        byte[] metadata = switch (kind) {
            case "unterminated quote" -> "file,date\n\"eu-tariffs.txt,2024-03-12\n".getBytes(StandardCharsets.UTF_8);
            case "no file column" -> "name,date\neu-tariffs.txt,2024-03-12\n".getBytes(StandardCharsets.UTF_8);
            case "bad date" -> "file,date\neu-tariffs.txt,12/03/2024\n".getBytes(StandardCharsets.UTF_8);
            default -> "file,author\neu-tariffs.txt,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        };
        String why = switch (kind) {
            case "unterminated quote" -> ": malformed CSV: (startline 2) EOF reached before encapsulated token finished";
            case "no file column" -> ": the header has no 'file' column (found: name,date)";
            case "bad date" -> ":2: date '12/03/2024' is not an ISO 8601 date (YYYY-MM-DD)";
            default -> ": not valid UTF-8; save it as UTF-8";
        };
        Files.write(c.resolve("metadata.csv"), metadata);
        Path o = dir.resolve("out");
        Cli r = Cli.run("extract", c.toString(), "-o", o.toString(), "--quiet");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
        assertEquals("augur: " + c.resolve("metadata.csv") + why + "\n", r.err());
        assertFalse(Files.exists(o), "nothing is written for a malformed corpus");
    }

    /**
     * The same corpus through the real CLI in a child JVM limited to 2 GB of heap, as the issue asks:
     * the same tables, and no article lost to memory. The largest inputs here are the 100,000-token sentence
     * and the 10 MB HTML page; see README ("Bad input") for what bounds the heap on bigger articles.
     */
    @Test
    void aChildJvmWithTwoGigabytesOfHeapGivesTheSameTables() throws Exception {
        Path childOut = tmp.resolve("child-out");
        Path logs = Files.createDirectories(tmp.resolve("child-logs"));
        Cli r = ChildCli.run(List.of("-Xmx2g"), logs, 5, "extract", corpus.toString(), "-o", childOut.toString(),
                "--quiet", "--threads", "2");
        assertEquals(ExitCodes.PARTIAL, r.exitCode(), r.err());
        assertFalse(r.err().contains("OutOfMemoryError"), r.err());
        for (Table t : Table.values()) {
            assertEquals(Files.readString(Tables.file(out, t)), Files.readString(Tables.file(childOut, t)), t.label());
        }
    }

    /**
     * An article whose annotation would not fit in the heap is refused before CoreNLP sees it (without the
     * budget, a JVM that ran short went into endless full collections instead of failing); the others run.
     */
    @Test
    void anArticleTooLargeForTheHeapIsRefusedAndTheRunGoesOn(@TempDir Path dir) throws Exception {
        Path small = Corpora.writeGood(dir.resolve("corpus"));
        String seed = Corpora.text(Corpora.SEED) + "\n\n";
        Files.writeString(small.resolve("book.txt"), seed.repeat(800_000 / seed.length()), StandardCharsets.UTF_8);
        Path childOut = dir.resolve("out");
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Cli r = ChildCli.run(List.of("-Xmx1g"), logs, 3, "extract", small.toString(), "-o", childOut.toString(),
                "--quiet", "--threads", "2");
        assertEquals(ExitCodes.PARTIAL, r.exitCode(), r.err());
        List<List<String>> errors = Tables.rows(childOut, Table.ERRORS);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(List.of("book.txt", "extract", "too-large"), errors.get(0).subList(0, 3));
        assertTrue(errors.get(0).get(3).startsWith("the text would need about 0.6 GB of heap, more than the 0.4 GB"),
                errors.get(0).get(3));
        assertEquals(Tables.rows(cleanOut, Table.FORECASTS), Tables.rows(childOut, Table.FORECASTS));
    }

    private static List<List<String>> withoutOffsets(List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : rows) {
            List<String> copy = new ArrayList<>(r);
            copy.set(2, "");
            copy.set(3, "");
            out.add(copy);
        }
        return out;
    }

    // ---- the corpus ----

    private static Path writeHostileCorpus(Path root) throws IOException {
        Corpora.writeGood(root);
        String seed = Corpora.text(Corpora.SEED);
        String tariffs = Corpora.text(Corpora.TARIFFS);
        String pacific = Corpora.text(Corpora.PACIFIC);
        List<List<String>> metadata = new ArrayList<>();

        // Good articles in other clothes: each must give its original's rows.
        copy(root, "line-ends/crlf.txt", Corpora.SEED, seed.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        copy(root, "line-ends/cr.txt", Corpora.SEED, seed.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
        copy(root, "encodings/utf-16le.txt", Corpora.TARIFFS,
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, tariffs.getBytes(StandardCharsets.UTF_16LE)));
        copy(root, "encodings/utf-16be.txt", Corpora.TARIFFS,
                concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, tariffs.getBytes(StandardCharsets.UTF_16BE)));
        copy(root, "encodings/utf-8-bom.txt", Corpora.TARIFFS,
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, tariffs.getBytes(StandardCharsets.UTF_8)));
        for (String name : List.of("names/with  spaces .txt", "names/quote\"d, 'and' comma.txt",
                "names/статья 東京 مقالة.txt", "names/new\nline.txt")) {
            copy(root, name, Corpora.PACIFIC, pacific.getBytes(StandardCharsets.UTF_8));
        }
        for (String id : COPIES.keySet()) {
            String original = COPIES.get(id);
            if (original.equals(Corpora.TARIFFS)) {
                metadata.add(List.of(id, "2024-03-12", ""));
            } else if (original.equals(Corpora.PACIFIC)) {
                metadata.add(List.of(id, "2024-05-02", "Staff reporter"));
            }
        }

        write(root, "web/page.html", ("<!DOCTYPE html><html><head><title>Kremlin talks | World News</title>"
                + "<style>body { font: 12px sans-serif }</style>"
                + "<script>var tracker = {id: 'UA-1'}; document.write('<p>Cookie</p>');</script></head><body>"
                + "<nav><a href=/>Home</a> <a href=/world>World</a></nav>"
                + "<article><h1>Lavrov meets Blinken</h1>"
                + "<p>Russian Foreign Minister Sergei Lavrov met Antony Blinken in Geneva on Friday &amp; the talks "
                + "lasted two hours.</p><p>The ministers will meet again in Geneva next month, a spokesman said.</p>"
                + "</article><noscript>Please enable JavaScript</noscript></body></html>").getBytes(StandardCharsets.UTF_8));
        StringBuilder big = new StringBuilder("<html><head><title>A page of scripts</title><script>\n");
        String js = "window.dataLayer.push({event: 'view', id: 12345, tags: ['a', 'b', 'c']});\n";
        while (big.length() < 9_990_000 - js.length()) {
            big.append(js);
        }
        big.append("</script></head><body><p>Only this sentence is text.</p></body></html>\n");
        write(root, "web/just-under-the-limit.html", big.toString().getBytes(StandardCharsets.UTF_8));

        String body = tariffs.substring(tariffs.indexOf("\n\n") + 2).replace("\n\n", " ").strip();
        write(root, "long/one-megabyte-line.txt", ("Tariffs on one line\n\n" + body + " ".repeat(1_000_000)
                + "The talks will resume in May.\n").getBytes(StandardCharsets.UTF_8));
        write(root, "long/no-punctuation.txt", noPunctuation(100_000).getBytes(StandardCharsets.UTF_8));

        // Bad files: each must be one errors.csv row.
        bad(root, "binary/nul.txt", "binary", "not a text file (NUL bytes)",
                "Augur\0\0\0\0binary".getBytes(StandardCharsets.ISO_8859_1));
        bad(root, "binary/photo.txt", "binary", "not a text file (PNG image)", PNG);
        bad(root, "binary/report.htm", "binary", "not a text file (PDF)",
                "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
        bad(root, "binary/archive.txt", "binary", "not a text file (ZIP archive)", zip());
        // Read by default, its three bad bytes as U+FFFD (--bad-bytes replace); MessyCorpusTest has the rest.
        write(root, "windows-1252.txt", "Caf\u00e9s and \u201cquotes\u201d in Windows-1252.".getBytes("windows-1252"));
        bad(root, "empty.txt", "empty", "the file holds no text", new byte[0]);
        bad(root, "blank.md", "empty", "the file holds no text", " \n\t\r\n  \r\r\n".getBytes(StandardCharsets.UTF_8));
        bad(root, "web/script-only.html", "empty", "the file holds no text",
                "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8));
        try {
            bad(root, "names/empty\nwith newline.txt", "empty", "the file holds no text", new byte[0]);
        } catch (InvalidPathException | IOException e) {
            BAD.remove("names/empty\nwith newline.txt");
        }
        Path huge = root.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(50_000_000);   // sparse: 50 MB that take no disk
        }
        BAD.put("huge.txt", List.of("read", "too-large",
                "the file has 50,000,000 bytes, more than the limit of 10,000,000 (--max-bytes)"));
        Files.createSymbolicLink(root.resolve("loop"), root);
        BAD.put("loop", List.of("read", "unreadable", "symbolic link loop"));
        Files.createSymbolicLink(root.resolve("loop1.txt"), root.resolve("loop2.txt"));
        Files.createSymbolicLink(root.resolve("loop2.txt"), root.resolve("loop1.txt"));
        BAD.put("loop1.txt", List.of("read", "unreadable", "symbolic link loop"));
        BAD.put("loop2.txt", List.of("read", "unreadable", "symbolic link loop"));
        Files.createSymbolicLink(root.resolve("dangling.txt"), root.resolve("gone.txt"));
        BAD.put("dangling.txt", List.of("read", "unreadable", "broken symbolic link"));
        Path locked = root.resolve("locked.txt");
        Files.writeString(locked, pacific);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        if (!Files.isReadable(locked)) {   // root reads it anyway: then it is just a good article
            BAD.put("locked.txt", List.of("read", "unreadable", "permission denied"));
        } else {
            COPIES.put("locked.txt", Corpora.PACIFIC);
            metadata.add(List.of("locked.txt", "2024-05-02", "Staff reporter"));
        }

        for (String name : IGNORED) {
            write(root, name, PNG);
        }
        StringWriter csv = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            p.printRecord("file", "date", "author");
            p.printRecord(Corpora.TARIFFS, "2024-03-12", "");
            p.printRecord(Corpora.PACIFIC, "2024-05-02", "Staff reporter");
            for (List<String> row : metadata) {
                p.printRecord(row);
            }
        }
        Files.writeString(root.resolve("metadata.csv"), csv.toString(), StandardCharsets.UTF_8);
        return root;
    }

    private static void copy(Path root, String name, String original, byte[] bytes) throws IOException {
        try {
            write(root, name, bytes);
        } catch (InvalidPathException | IOException e) {
            return;   // this file system refuses the name (e.g. a newline): nothing to test
        }
        COPIES.put(name, original);
    }

    private static void bad(Path root, String name, String error, String message, byte[] bytes) throws IOException {
        write(root, name, bytes);
        BAD.put(name, List.of("read", error, message));
    }

    private static void write(Path root, String name, byte[] bytes) throws IOException {
        Path p = root.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    /** Words drawn from news vocabulary, cue words and names included, with no sentence end at all. */
    static String noPunctuation(int tokens) {
        String[] words = ("the summit will bring talks between Russia and the United States on arms control "
                + "trade and sanctions Putin and Trump may expect progress next week analysts say").split(" ");
        Random random = new Random(7);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            sb.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        return sb.append('\n').toString();
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("article.txt"));
            z.write("An article inside an archive.".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
