package org.augur.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ArticleReader on files built in a temporary folder: decoding, refusals, HTML to text. */
class ArticleReaderTest {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** What a refusal for a bad byte says to do. */
    private static final String ADVICE = "; save the file as UTF-8, give its --encoding, or read it with --bad-bytes replace";

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(1_000_000);

    private Source file(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return Source.of(name, p, Metadata.NONE);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private ArticleException refused(String name, byte[] bytes) throws IOException {
        Source s = file(name, bytes);
        return assertThrows(ArticleException.class, () -> reader.read(s));
    }

    @Test
    void plainUtf8IsReadAsIs() throws Exception {
        Article a = reader.read(file("a.txt", utf8("Héllo wörld — «quoted».\n")));
        assertEquals("a.txt", a.docId());
        assertEquals("Héllo wörld — «quoted».\n", a.text());
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws Exception {
        Article a = reader.read(file("bom.txt", concat(UTF8_BOM, utf8("Title\n\nBody."))));
        assertEquals("Title\n\nBody.", a.text());
    }

    @Test
    void utf16LittleEndianWithBomIsDecoded() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Привет, мир.\n".getBytes(StandardCharsets.UTF_16LE));
        assertEquals("Привет, мир.\n", reader.read(file("le.txt", bytes)).text());
    }

    @Test
    void utf16BigEndianWithBomIsDecoded() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                "東京 summit.\n".getBytes(StandardCharsets.UTF_16BE));
        assertEquals("東京 summit.\n", reader.read(file("be.txt", bytes)).text());
    }

    @Test
    void crlfLineEndsAreKeptUnchanged() throws Exception {
        String text = "Title\r\n\r\nFirst line.\r\nSecond line.\r\n";
        assertEquals(text, reader.read(file("crlf.txt", utf8(text))).text());
    }

    @Test
    void invalidUtf8NamesTheByteOffset() throws Exception {
        ArticleException e = refused("bad.txt", new byte[] {'a', 'b', 'c', (byte) 0xFF, 'd'});
        assertEquals("read", e.stage());
        assertEquals("encoding", e.error());
        assertEquals("invalid UTF-8 at byte 3" + ADVICE, e.getMessage());
    }

    @Test
    void latin1FileIsRefusedAtTheFirstNonUtf8Byte() throws Exception {
        ArticleException e = refused("latin1.txt", "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("encoding", e.error());
        assertEquals("invalid UTF-8 at byte 3" + ADVICE, e.getMessage());
    }

    @Test
    void encodingOffsetCountsTheBomBytesOfTheFile() throws Exception {
        ArticleException e = refused("bombad.txt", concat(UTF8_BOM, new byte[] {'a', 'b', 'c', (byte) 0xC3, 'd'}));
        assertEquals("invalid UTF-8 at byte 6" + ADVICE, e.getMessage());
    }

    @Test
    void encodingOffsetIsExactDeepInALargeFile() throws Exception {
        byte[] bytes = new byte[20_000];
        java.util.Arrays.fill(bytes, (byte) 'a');
        bytes[15_000] = (byte) 0x80;
        assertEquals("invalid UTF-8 at byte 15000" + ADVICE, refused("deep.txt", bytes).getMessage());
    }

    static Stream<Arguments> binaries() {
        return Stream.of(
                Arguments.of("nul.txt", new byte[] {'t', 'e', 'x', 't', 0, 'm', 'o', 'r', 'e'}, "not a text file (NUL bytes)"),
                Arguments.of("doc.txt", utf8("%PDF-1.7\n%âãÏÓ\n"), "not a text file (PDF)"),
                Arguments.of("archive.txt", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}, "not a text file (ZIP archive)"),
                Arguments.of("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
                        "not a text file (PNG image)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binaries")
    void binaryFilesAreRefused(String name, byte[] bytes, String message) throws Exception {
        ArticleException e = refused(name, bytes);
        assertEquals("read", e.stage());
        assertEquals("binary", e.error());
        assertEquals(message, e.getMessage());
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        ArticleException e = refused("empty.txt", new byte[0]);
        assertEquals("empty", e.error());
        assertEquals("the file holds no text", e.getMessage());
    }

    @Test
    void whitespaceOnlyFileIsRefused() throws Exception {
        assertEquals("empty", refused("blank.txt", utf8(" \n\t\r\n  \n")).error());
    }

    @Test
    void bomOnlyFileIsRefusedAsEmpty() throws Exception {
        assertEquals("empty", refused("bomonly.txt", UTF8_BOM).error());
    }

    @Test
    void htmlWithOnlyAScriptIsEmpty() throws Exception {
        assertEquals("empty", refused("script.html",
                utf8("<html><body><script>var x = 1;</script></body></html>")).error());
    }

    @Test
    void fileLargerThanTheLimitIsRefused() throws Exception {
        Source s = file("big.txt", utf8("x".repeat(1001)));
        ArticleException e = assertThrows(ArticleException.class, () -> new ArticleReader(1000).read(s));
        assertEquals("read", e.stage());
        assertEquals("too-large", e.error());
        assertEquals("the file has 1,001 bytes, more than the limit of 1,000 (--max-bytes)", e.getMessage());
    }

    @Test
    void fileOfExactlyTheLimitIsRead() throws Exception {
        Source s = file("limit.txt", utf8("x".repeat(1000)));
        assertEquals(1000, new ArticleReader(1000).read(s).text().length());
    }

    @Test
    void htmlBecomesParagraphsWithoutScriptOrStyleAndTakesItsTitle() throws Exception {
        String page = "<!DOCTYPE html><html><head><title> Summit Watch </title>"
                + "<style>p { color: red }</style></head><body>"
                + "<h1>Leaders meet</h1>"
                + "<script>var tracker = 1;</script>"
                + "<p>The summit <b>will</b> open on Monday.</p>"
                + "<div>Talks may last two days.</div>"
                + "<ul><li>Trade</li><li>Security</li></ul>"
                + "</body></html>";
        Article a = reader.read(file("page.html", utf8(page)));
        assertEquals("Leaders meet\n\nThe summit will open on Monday.\n\nTalks may last two days.\n\nTrade\n\nSecurity",
                a.text());
        assertEquals(Optional.of("Summit Watch"), a.metadata().title());
        assertEquals(Optional.of("Summit Watch"), a.title());
    }

    @Test
    void aSavedNewsPageGivesItsStoryWithoutMenusBannersOrSidebars() throws Exception {
        String page = "<html><head><title>Talks resume</title></head><body>"
                + "<header><nav><a>World</a><a>Politics</a></nav></header>"
                + "<div id=cookies role=dialog><p>We will use cookies to improve your experience.</p></div>"
                + "<article><header><h1>Talks resume in Geneva</h1></header>"
                + "<p>The talks will resume next week.</p><aside><p>Read more: prices may rise.</p></aside>"
                + "<p>Envoys expect a deal.</p></article>"
                + "<footer><p>Subscribe and you will never miss a story.</p></footer></body></html>";
        assertEquals("Talks resume in Geneva\n\nThe talks will resume next week.\n\nEnvoys expect a deal.",
                reader.read(file("page.html", utf8(page))).text());
        // No <article> or <main>: the body, without the page's header, footer, menus and forms.
        String plain = "<html><body><header><p>Site name</p></header><form><p>Search will find it.</p></form>"
                + "<p>One.</p><div hidden><p>Two.</p></div><p>Three.</p><footer>Contact</footer></body></html>";
        assertEquals("One.\n\nThree.", reader.read(file("plain.html", utf8(plain))).text());
    }

    @Test
    void htmExtensionIsHtmlToo() throws Exception {
        Article a = reader.read(file("page.htm", utf8("<p>One.</p><p>Two.</p>")));
        assertEquals("One.\n\nTwo.", a.text());
        assertEquals(Optional.empty(), a.metadata().title());
    }

    @Test
    void textFileThatIsAnHtmlPageIsConverted() throws Exception {
        Article a = reader.read(file("saved.txt", utf8("  <!doctype html><html><head><title>T</title></head>"
                + "<body><p>Body text.</p></body></html>")));
        assertEquals("Body text.", a.text());
        assertEquals(Optional.of("T"), a.metadata().title());
    }

    @Test
    void markdownWithInlineTagsStaysText() throws Exception {
        String text = "# Heading\n\nSome <b>bold</b> words.\n";
        assertEquals(text, reader.read(file("notes.md", utf8(text))).text());
    }

    @Test
    void metadataTitleWinsOverHtmlTitle() throws Exception {
        Path p = dir.resolve("page.html");
        Files.writeString(p, "<html><head><title>Page title</title></head><body><p>Text.</p></body></html>");
        Metadata given = new Metadata(Optional.of(LocalDate.of(2024, 3, 1)), Optional.of("Given title"),
                Optional.of("Jane Roe"), Optional.empty(), Optional.empty());
        Article a = reader.read(Source.of("page.html", p, given));
        assertEquals(given, a.metadata());
        assertEquals(Optional.of("Given title"), a.title());
    }

    @Test
    void sourceWithAProblemIsUnreadable() {
        Source s = new Source("loop", dir.resolve("loop"), Metadata.NONE, Optional.of("symbolic link loop"));
        ArticleException e = assertThrows(ArticleException.class, () -> reader.read(s));
        assertEquals("unreadable", e.error());
        assertEquals("symbolic link loop", e.getMessage());
    }

    @Test
    void missingFileIsUnreadable() {
        Source s = Source.of("gone.txt", dir.resolve("gone.txt"), Metadata.NONE);
        ArticleException e = assertThrows(ArticleException.class, () -> reader.read(s));
        assertEquals("unreadable", e.error());
        assertEquals("no such file", e.getMessage());
    }

    @Test
    void decodedTextHasNoByteOrderMarkLeft() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "x".getBytes(StandardCharsets.UTF_16LE));
        assertFalse(reader.read(file("one.txt", bytes)).text().contains("\uFEFF"));
    }

    // ---- --encoding and --bad-bytes ----

    private static final String QUOTES = "Caf\u00e9s and \u201cquotes\u201d \u2014 na\u00efve.";

    private Article read(String name, byte[] bytes, String encoding, BadBytes badBytes) throws Exception {
        return new ArticleReader(1_000_000, Decoding.of(encoding, badBytes)).read(file(name, bytes));
    }

    private ArticleException refused(String name, byte[] bytes, String encoding) throws IOException {
        Source s = file(name, bytes);
        return assertThrows(ArticleException.class,
                () -> new ArticleReader(1_000_000, Decoding.of(encoding, BadBytes.REFUSE)).read(s));
    }

    @Test
    void windows1252IsReadExactlyWhenNamed() throws Exception {
        Article a = read("cp.txt", QUOTES.getBytes("windows-1252"), "windows-1252", BadBytes.REFUSE);
        assertEquals(QUOTES, a.text());
        assertEquals(Optional.empty(), a.replaced());
        assertEquals(QUOTES, read("cp2.txt", QUOTES.getBytes("windows-1252"), "cp1252", BadBytes.REPLACE).text());
    }

    @Test
    void latin1IsReadExactlyWhenNamed() throws Exception {
        String text = "Caf\u00e9 au lait, \u00a9 2019, \u00bfqu\u00e9?";
        assertEquals(text, read("l1.txt", text.getBytes(StandardCharsets.ISO_8859_1), "latin1", BadBytes.REFUSE).text());
    }

    @Test
    void windows1252ReadAsUtf8WithReplaceKeepsTheArticleAndNotesTheFirstBadByte() throws Exception {
        Article a = read("cp.txt", QUOTES.getBytes("windows-1252"), "UTF-8", BadBytes.REPLACE);
        // each of the five non-ASCII bytes is one bad byte and one U+FFFD; offsets index this text
        assertEquals("Caf\uFFFDs and \uFFFDquotes\uFFFD \uFFFD na\uFFFDve.", a.text());
        assertEquals(Optional.of(new ReplacedBytes("UTF-8", 3, 5)), a.replaced());
        assertEquals("invalid UTF-8 at byte 3; 5 bad bytes read as U+FFFD", a.replaced().get().message());
    }

    @Test
    void aMultiByteCharacterCutAtTheEndIsOneBadSequence() throws Exception {
        byte[] cut = concat(utf8("The price: 5"), new byte[] {(byte) 0xE2, (byte) 0x82});   // "€" without its last byte
        Article a = read("cut.txt", cut, "UTF-8", BadBytes.REPLACE);
        assertEquals("The price: 5\uFFFD", a.text());
        assertEquals(Optional.of(new ReplacedBytes("UTF-8", 12, 2)), a.replaced());
        assertEquals("invalid UTF-8 at byte 12" + ADVICE, refused("cut2.txt", cut, "UTF-8").getMessage());
    }

    @Test
    void aByteWithNoCharacterInTheNamedEncodingIsBad() throws Exception {
        byte[] bytes = {'a', 'b', (byte) 0x81, 'c'};   // 0x81 is unassigned in windows-1252
        assertEquals("invalid windows-1252 at byte 2" + ADVICE, refused("u.txt", bytes, "windows-1252").getMessage());
        Article a = read("u2.txt", bytes, "windows-1252", BadBytes.REPLACE);
        assertEquals("ab\uFFFDc", a.text());
        assertEquals("invalid windows-1252 at byte 2; 1 bad byte read as U+FFFD", a.replaced().get().message());
    }

    @Test
    void aByteOrderMarkWinsOverTheNamedEncoding() throws Exception {
        assertEquals("Caf\u00e9", read("bom8.txt", concat(UTF8_BOM, utf8("Caf\u00e9")), "windows-1252", BadBytes.REFUSE).text());
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Caf\u00e9".getBytes(StandardCharsets.UTF_16LE));
        assertEquals("Caf\u00e9", read("bom16.txt", utf16, "windows-1252", BadBytes.REFUSE).text());
    }

    @Test
    void utf16WithoutAByteOrderMarkIsBinaryWithAHintUnlessNamed() throws Exception {
        String text = "The summit will take place in Geneva next week.";
        byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
        assertEquals("not a text file (NUL bytes; UTF-16LE without a byte-order mark? Read it with --encoding UTF-16LE)",
                refused("le.txt", le).getMessage());
        assertEquals("not a text file (NUL bytes; UTF-16BE without a byte-order mark? Read it with --encoding UTF-16BE)",
                refused("be.txt", text.getBytes(StandardCharsets.UTF_16BE)).getMessage());
        assertEquals(text, read("le2.txt", le, "UTF-16LE", BadBytes.REFUSE).text());
        // NUL bytes are no sign of binary content in UTF-16, but a PDF still is
        assertEquals("not a text file (PDF)", refused("pdf.txt", utf8("%PDF-1.7\n"), "UTF-16LE").getMessage());
    }

    @Test
    void aCleanFileIsTheSameTextUnderEitherMode() throws Exception {
        byte[] bytes = utf8("H\u00e9llo w\u00f6rld \u2014 \u00abquoted\u00bb.\n");
        Article refused = read("a.txt", bytes, "UTF-8", BadBytes.REFUSE);
        Article replaced = read("b.txt", bytes, "UTF-8", BadBytes.REPLACE);
        assertEquals(refused.text(), replaced.text());
        assertEquals(Optional.empty(), replaced.replaced());
    }

    @Test
    void anEncodingJavaCanOnlyDecodeStillReads() throws Exception {
        // x-JISAutoDetect has no encoder: whether NUL bytes are binary cannot be asked of it by encoding
        assertEquals("Tokyo summit.", read("jis.txt", utf8("Tokyo summit."), "x-JISAutoDetect", BadBytes.REFUSE).text());
        assertEquals("binary", refused("nul.txt", new byte[] {'a', 0, 'b'}, "x-JISAutoDetect").error());
    }

    @Test
    void anUnknownEncodingNameIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Decoding.of("utf-9", BadBytes.REFUSE));
        assertEquals("unknown encoding 'utf-9': not a character set Java knows (e.g. UTF-8, windows-1252, ISO-8859-1, "
                + "UTF-16LE)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Decoding.of("not a name!", BadBytes.REFUSE));
    }
}
