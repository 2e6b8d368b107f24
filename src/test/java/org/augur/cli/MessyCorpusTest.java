package org.augur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.augur.table.Table;
import org.augur.testing.ChildCli;
import org.augur.testing.Cli;
import org.augur.testing.Corpora;
import org.augur.testing.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real CLI on a corpus of damaged and legacy-encoded files, generated here (issue 28): the seed in
 * Windows-1252, a news report in Latin-1, one in UTF-16LE without a byte-order mark, one cut in the middle
 * of a multi-byte character, one with a flipped byte, beside the three good articles. Under
 * {@code --bad-bytes replace} (the default) each damaged file gives exactly the rows of its text with
 * U+FFFD written out, marked {@code replaced} and named on stderr with its first bad byte; under
 * {@code refuse} each is an errors.csv row naming that byte. {@code --encoding} reads the legacy files
 * as their own text. CoreNLP's "Untokenizable" warnings stay off stderr unless {@code --verbose}, and the
 * summary counts the characters. Loads CoreNLP in this JVM (shared) and in two small child JVMs.
 */
class MessyCorpusTest {
    private static final String UTF16 = "utf-16le-no-bom.txt";
    private static final String CP1252 = "seed-windows-1252.txt";
    private static final String LATIN1 = "pacific-latin-1.txt";
    private static final String CUT = "tariffs-cut.txt";
    private static final String FLIPPED = "pacific-flipped.txt";
    /** Files that decode with bad bytes as UTF-8, in doc_id order. */
    private static final List<String> DAMAGED = List.of(LATIN1, FLIPPED, CP1252, CUT);

    @TempDir
    static Path tmp;
    /** Each damaged file's bytes. */
    static final Map<String, byte[]> BYTES = new LinkedHashMap<>();
    static Path messy;
    static Cli replaced;
    static Path replacedOut;
    static Cli refused;
    static Path refusedOut;
    static Path writtenOut;

    @BeforeAll
    static void runEachMode() throws IOException {
        String seed = Corpora.text(Corpora.SEED);
        String tariffs = Corpora.text(Corpora.TARIFFS);
        String pacific = Corpora.text(Corpora.PACIFIC);
        BYTES.put(CP1252, seed.getBytes("windows-1252"));
        BYTES.put(LATIN1, latin1Text(pacific).getBytes(StandardCharsets.ISO_8859_1));
        // a download cut off inside "€" (E2 82 AC): its last byte is missing
        BYTES.put(CUT, concat(tariffs.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE2, (byte) 0x82}));
        byte[] flipped = pacific.getBytes(StandardCharsets.UTF_8);
        int at = pacific.indexOf("Tokyo") + 4;
        flipped[at] = (byte) (flipped[at] | 0x80);   // "o" (0x6F) with its top bit set: 0xEF, a lone lead byte
        BYTES.put(FLIPPED, flipped);

        messy = Corpora.writeGood(tmp.resolve("messy"));
        BYTES.forEach((name, bytes) -> write(messy.resolve(name), bytes));
        write(messy.resolve(UTF16), tariffs.getBytes(StandardCharsets.UTF_16LE));

        // The same corpus with each damaged file's text as --bad-bytes replace reads it, written as UTF-8
        // (U+FFFD and all): what replace must give, row for row, but with status ok.
        Path written = Corpora.writeGood(tmp.resolve("written"));
        BYTES.forEach((name, bytes) -> write(written.resolve(name), utf8Replaced(bytes).getBytes(StandardCharsets.UTF_8)));
        writtenOut = tmp.resolve("written-out");
        Cli w = Cli.run("extract", written.toString(), "-o", writtenOut.toString(), "--quiet", "--threads", "2");
        assertEquals(ExitCodes.OK, w.exitCode(), w.err());

        replacedOut = tmp.resolve("replaced-out");
        replaced = Cli.run("extract", messy.toString(), "-o", replacedOut.toString(), "--threads", "2");
        refusedOut = tmp.resolve("refused-out");
        refused = Cli.run("extract", messy.toString(), "-o", refusedOut.toString(), "--threads", "2",
                "--bad-bytes", "refuse", "--quiet");
    }

    @Test
    void replaceKeepsEveryDamagedArticleWithTheRowsOfItsReplacedText() throws IOException {
        assertEquals(ExitCodes.PARTIAL, replaced.exitCode(), replaced.err());   // the UTF-16 file, nothing else
        for (Table t : List.of(Table.ACTORS, Table.TOPICS, Table.FORECASTS)) {
            List<List<String>> rows = Tables.rows(replacedOut, t);
            assertEquals(Tables.rows(writtenOut, t), rows, t.label());
            assertFalse(Tables.whereDocId(rows, FLIPPED::equals).isEmpty(), t.label() + " has no row of " + FLIPPED);
        }
        List<List<String>> expected = new ArrayList<>();
        for (List<String> row : Tables.rows(writtenOut, Table.DOCUMENTS)) {
            List<String> r = new ArrayList<>(row);
            r.set(7, DAMAGED.contains(row.get(0)) ? "replaced" : "ok");
            expected.add(r);
        }
        expected.add(List.of(UTF16, "", "", "0", "0", "0", "0", "failed"));
        expected.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        assertEquals(expected, Tables.rows(replacedOut, Table.DOCUMENTS));
        assertEquals(List.of(List.of(UTF16, "read", "binary", "not a text file (NUL bytes; UTF-16LE without a "
                + "byte-order mark? Read it with --encoding UTF-16LE)")), Tables.rows(replacedOut, Table.ERRORS));
    }

    @Test
    void replaceNamesEachDamagedFileOnStderrWithItsFirstBadByte() {
        List<String> lines = replaced.err().lines().filter(l -> l.startsWith("augur: ") && !l.startsWith("augur: 8 articles"))
                .sorted().toList();
        // Every non-ASCII byte of Latin-1 or Windows-1252 text is a bad byte of its own in UTF-8.
        assertEquals(List.of(
                "augur: " + FLIPPED + ": invalid UTF-8 at byte " + firstNonAscii(BYTES.get(FLIPPED)) + "; 1 bad byte read as U+FFFD",
                "augur: " + LATIN1 + ": invalid UTF-8 at byte " + firstNonAscii(BYTES.get(LATIN1)) + "; 2 bad bytes read as U+FFFD",
                "augur: " + CP1252 + ": invalid UTF-8 at byte " + firstNonAscii(BYTES.get(CP1252)) + "; "
                        + nonAscii(BYTES.get(CP1252)) + " bad bytes read as U+FFFD",
                "augur: " + CUT + ": invalid UTF-8 at byte " + (BYTES.get(CUT).length - 2) + "; 2 bad bytes read as U+FFFD",
                "augur: " + UTF16 + ": not a text file (NUL bytes; UTF-16LE without a byte-order mark? Read it with "
                        + "--encoding UTF-16LE)").stream().sorted().toList(), lines);
        assertEquals(18, nonAscii(BYTES.get(CP1252)), "the seed's curly quotes, dash and no-break spaces");
    }

    @Test
    void theSummaryAndManifestCountReplacedArticlesAndUntokenizableCharacters() throws IOException {
        // U+FFFD is a character CoreNLP cannot tokenize: each one is left out of the tokens, and counted
        Map<String, Long> expected = new TreeMap<>();
        BYTES.forEach((name, bytes) -> expected.put(name, utf8Replaced(bytes).chars().filter(c -> c == 0xFFFD).count()));
        long all = expected.values().stream().mapToLong(Long::longValue).sum();
        assertTrue(replaced.err().contains("augur: 8 articles (1 failed, 4 with bad bytes replaced), "), replaced.err());
        assertTrue(replaced.err().contains(" forecasts, " + all + " untokenizable characters in "), replaced.err());
        String manifest = Files.readString(replacedOut.resolve("manifest.json"));
        assertTrue(manifest.contains("\"encoding\": \"UTF-8\", \"bad_bytes\": \"replace\""), manifest);
        assertTrue(manifest.contains("\"replaced\": 4,"), manifest);
        assertTrue(manifest.contains("\"untokenizable\": " + all + "}"), manifest);
        StringBuilder byArticle = new StringBuilder("\"untokenizable_by_article\": {");
        expected.forEach((id, n) -> byArticle.append(byArticle.charAt(byArticle.length() - 1) == '{' ? "\n" : ",\n")
                .append("    \"").append(id).append("\": ").append(n));
        assertTrue(manifest.contains(byArticle + "\n  },"), manifest);
    }

    @Test
    void aRerunTakesReplacedArticlesFromTheCacheStillMarkedAndNamed() throws IOException {
        Map<Table, String> before = new LinkedHashMap<>();
        for (Table t : Table.values()) {
            before.put(t, Files.readString(Tables.file(replacedOut, t)));
        }
        Path copy = tmp.resolve("rerun-out");
        // the first run's cache, in a folder of its own, so the other tests keep their output
        Cli again = Cli.run("extract", messy.toString(), "-o", copy.toString(), "--cache",
                replacedOut.resolve(".augur-cache").toString(), "--threads", "2");
        assertEquals(ExitCodes.PARTIAL, again.exitCode(), again.err());
        assertTrue(again.err().contains("augur: 8 articles (1 failed, 7 from the cache, 4 with bad bytes replaced)"), again.err());
        assertTrue(again.err().contains("augur: " + CUT + ": invalid UTF-8 at byte "), again.err());
        for (Table t : Table.values()) {
            assertEquals(before.get(t), Files.readString(Tables.file(copy, t)), t.label());
        }
    }

    @Test
    void refuseFailsEachDamagedArticleNamingItsFirstBadByte() throws IOException {
        assertEquals(ExitCodes.PARTIAL, refused.exitCode(), refused.err());
        String advice = "; save the file as UTF-8, give its --encoding, or read it with --bad-bytes replace";
        List<List<String>> errors = List.of(
                List.of(FLIPPED, "read", "encoding", "invalid UTF-8 at byte " + firstNonAscii(BYTES.get(FLIPPED)) + advice),
                List.of(LATIN1, "read", "encoding", "invalid UTF-8 at byte " + firstNonAscii(BYTES.get(LATIN1)) + advice),
                List.of(CP1252, "read", "encoding", "invalid UTF-8 at byte " + firstNonAscii(BYTES.get(CP1252)) + advice),
                List.of(CUT, "read", "encoding", "invalid UTF-8 at byte " + (BYTES.get(CUT).length - 2) + advice),
                List.of(UTF16, "read", "binary", "not a text file (NUL bytes; UTF-16LE without a byte-order mark? "
                        + "Read it with --encoding UTF-16LE)"));
        assertEquals(errors, Tables.rows(refusedOut, Table.ERRORS));
        List<String> lines = new ArrayList<>();
        errors.forEach(e -> lines.add("augur: " + e.get(0) + ": " + e.get(3)));
        assertEquals(lines.stream().sorted().toList(), refused.err().lines().sorted().toList());
        Map<String, String> status = new TreeMap<>();
        Tables.rows(refusedOut, Table.DOCUMENTS).forEach(r -> status.put(r.get(0), r.get(7)));
        Map<String, String> expected = new TreeMap<>();
        Corpora.GOOD.forEach(id -> expected.put(id, "ok"));
        errors.forEach(e -> expected.put(e.get(0), "failed"));
        assertEquals(expected, status);
        // the good articles' forecasts are those of the replace run: nothing else moved
        assertEquals(Tables.whereDocId(Tables.rows(replacedOut, Table.FORECASTS), Corpora.GOOD::contains),
                Tables.rows(refusedOut, Table.FORECASTS));
    }

    @Test
    void namedEncodingsReadLegacyFilesAsTheirOwnText(@TempDir Path dir) throws IOException {
        Path legacy = Files.createDirectories(dir.resolve("legacy"));
        Path asUtf8 = Files.createDirectories(dir.resolve("utf-8"));
        Map<String, String> texts = Map.of(CP1252, Corpora.text(Corpora.SEED), LATIN1, latin1Text(Corpora.text(Corpora.PACIFIC)));
        texts.forEach((name, text) -> {
            write(legacy.resolve(name), text.getBytes(Charset.forName("windows-1252")));
            write(asUtf8.resolve(name), text.getBytes(StandardCharsets.UTF_8));
        });
        Cli clean = Cli.run("extract", asUtf8.toString(), "-o", dir.resolve("clean").toString(), "--quiet");
        assertEquals(ExitCodes.OK, clean.exitCode(), clean.err());
        // Latin-1 text is Windows-1252 text: one --encoding reads both
        Cli r = Cli.run("extract", legacy.toString(), "-o", dir.resolve("out").toString(), "--quiet",
                "--encoding", "windows-1252", "--bad-bytes", "refuse");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertEquals("", r.err());
        for (Table t : Table.values()) {
            assertEquals(Files.readString(Tables.file(dir.resolve("clean"), t)),
                    Files.readString(Tables.file(dir.resolve("out"), t)), t.label());
        }
        Path utf16 = Files.createDirectories(dir.resolve("utf-16"));
        Files.copy(messy.resolve(UTF16), utf16.resolve(UTF16));
        Files.writeString(utf16.resolve("metadata.csv"), "file,date\n" + UTF16 + ",2024-03-12\n");   // the tariffs' date
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.commandLine(java.io.InputStream.nullInputStream(), table).setErr(new java.io.PrintWriter(err))
                .execute("extract", utf16.toString(), "--table", "forecasts", "--encoding", "utf-16le", "--quiet");
        assertEquals(ExitCodes.OK, code, err.toString());
        // the same forecasts as the tariffs report read as UTF-8 (its doc_id aside)
        List<List<String>> tariffs = Tables.whereDocId(Tables.rows(writtenOut, Table.FORECASTS), Corpora.TARIFFS::equals);
        assertFalse(tariffs.isEmpty());
        assertEquals(Tables.renamed(tariffs, Corpora.TARIFFS, UTF16),
                Tables.parse(Table.FORECASTS, table.toString(StandardCharsets.UTF_8)));
    }

    @Test
    void anUnknownEncodingIsAUsageErrorBeforeAnythingIsWritten(@TempDir Path dir) {
        Path out = dir.resolve("out");
        Cli r = Cli.run("extract", messy.toString(), "-o", out.toString(), "--encoding", "utf-9");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("--encoding: unknown encoding 'utf-9': not a character set Java knows "
                + "(e.g. UTF-8, windows-1252, ISO-8859-1, UTF-16LE)\n"), r.err());
        assertFalse(Files.exists(out));
        Cli mode = Cli.run("extract", messy.toString(), "-o", out.toString(), "--bad-bytes", "ignore");
        assertEquals(ExitCodes.USAGE, mode.exitCode(), mode.err());
        assertTrue(mode.err().contains("--bad-bytes"), mode.err());
        assertFalse(Files.exists(out));
    }

    /**
     * A whole CLI process, as a user runs it: CoreNLP's "Untokenizable" warning (one per piece of text with
     * such a character) is not on stderr, the summary counts the characters instead; with --verbose the
     * warning is there again. Both give the same tables.
     */
    @Test
    void tokenizerWarningsAreOnStderrOnlyWithVerbose(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("marks.txt"), "The talks will resume in \u2066Geneva\u2069 "
                + "next week, the ministry said.\n", StandardCharsets.UTF_8);
        Cli normal = ChildCli.run(List.of("-Xmx2g"), Files.createDirectories(dir.resolve("logs-normal")), 5,
                "extract", corpus.toString(), "-o", dir.resolve("normal").toString(), "--threads", "1");
        Cli verbose = ChildCli.run(List.of("-Xmx2g"), Files.createDirectories(dir.resolve("logs-verbose")), 5,
                "extract", corpus.toString(), "-o", dir.resolve("verbose").toString(), "--threads", "1", "--verbose");
        assertEquals(ExitCodes.OK, normal.exitCode(), normal.err());
        assertEquals(ExitCodes.OK, verbose.exitCode(), verbose.err());
        List<String> lines = normal.err().lines().toList();
        assertEquals(1, lines.size(), normal.err());
        assertTrue(lines.get(0).matches("augur: 1 article \\(0 failed\\), \\d+ actors?, \\d+ topics?, 1 forecast, "
                + "2 untokenizable characters in [0-9.]+ s → .*"), normal.err());
        assertTrue(verbose.err().contains("WARN edu.stanford.nlp.process.PTBLexer - Untokenizable: \u2066 (U+2066, decimal: 8294)"),
                verbose.err());
        for (Table t : Table.values()) {
            assertEquals(Files.readString(Tables.file(dir.resolve("normal"), t)),
                    Files.readString(Tables.file(dir.resolve("verbose"), t)), t.label());
        }
        List<List<String>> forecasts = Tables.rows(dir.resolve("normal"), Table.FORECASTS);
        assertEquals("The talks will resume in \u2066Geneva\u2069 next week, the ministry said.", forecasts.get(0).get(4));
    }

    // ---- the corpus ----

    /** The Pacific report with two Latin-1 letters (é, ü) in a sentence of its own, and ASCII dashes. */
    private static String latin1Text(String pacific) {
        return pacific.replace("—", "-").replace("\n\nKishida told", "\n\nThe caf\u00e9 in Z\u00fcrich was closed.\n\nKishida told");
    }

    /** {@code bytes} as UTF-8 with each bad sequence read as U+FFFD: what Java's own decoder makes of them. */
    private static String utf8Replaced(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int firstNonAscii(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] < 0) {
                return i;
            }
        }
        return -1;
    }

    private static long nonAscii(byte[] b) {
        long n = 0;
        for (byte x : b) {
            n += x < 0 ? 1 : 0;
        }
        return n;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
