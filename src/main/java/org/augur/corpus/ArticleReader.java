package org.augur.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * Reads one article file into text. UTF-8 when it starts with a UTF-8 BOM (dropped), UTF-16 when it
 * starts with a UTF-16 BOM, else the {@link Decoding}'s encoding (UTF-8 unless told); never guessed at.
 * Bytes that encoding cannot decode either refuse the article, naming the first bad byte, or are read as
 * U+FFFD and noted on the article ({@link BadBytes}). Binary files (NUL bytes, PDF, ZIP, images) are
 * refused. HTML is turned into text with jsoup, one paragraph per block element.
 */
public final class ArticleReader {
    public static final String STAGE = "read";

    private final long maxBytes;
    private final Decoding decoding;

    /** A reader of UTF-8 files that refuses a file with a bad byte. */
    public ArticleReader(long maxBytes) {
        this(maxBytes, Decoding.STRICT_UTF8);
    }

    public ArticleReader(long maxBytes, Decoding decoding) {
        this.maxBytes = maxBytes;
        this.decoding = decoding;
    }

    public Article read(Source source) throws ArticleException {
        if (source.problem().isPresent()) {
            throw new ArticleException(STAGE, "unreadable", source.problem().get());
        }
        return read(source.docId(), source.path().getFileName().toString(), bytes(source), source.metadata());
    }

    /**
     * An article from bytes already read (the Spark job reads them through Hadoop's file systems), by the
     * same rules as {@link #read(Source)}: {@code fileName} decides whether it is HTML. The caller checks
     * the size ({@link #checkSize}) before reading.
     */
    public Article read(String docId, String fileName, byte[] bytes, Metadata metadata) throws ArticleException {
        Decoded decoded = decode(bytes, decoding);
        String text = decoded.text();
        String name = fileName.toLowerCase(Locale.ROOT);
        Metadata meta = metadata;
        if (name.endsWith(".html") || name.endsWith(".htm") || looksLikeHtml(text)) {
            Document html = Jsoup.parse(text);
            text = htmlText(html);
            if (meta.title().isEmpty() && !html.title().isBlank()) {
                meta = new Metadata(meta.date(), java.util.Optional.of(html.title().strip()), meta.author(),
                        meta.source(), meta.url());
            }
        }
        if (text.isBlank()) {
            throw new ArticleException(STAGE, "empty", "the file holds no text");
        }
        return new Article(docId, text, meta, decoded.replaced());
    }

    /** Refuses a file of {@code size} bytes when it is over the limit, before it is read. */
    public void checkSize(long size) throws ArticleException {
        if (size > maxBytes) {
            throw new ArticleException(STAGE, "too-large", String.format(Locale.ROOT,
                    "the file has %,d bytes, more than the limit of %,d (--max-bytes)", size, maxBytes));
        }
    }

    private byte[] bytes(Source source) throws ArticleException {
        try {
            checkSize(Files.size(source.path()));
            return Files.readAllBytes(source.path());
        } catch (IOException e) {
            throw new ArticleException(STAGE, "unreadable", FileErrors.reason(e));
        }
    }

    /** A file's text and the bytes in it that were read as U+FFFD. */
    record Decoded(String text, Optional<ReplacedBytes> replaced) {
    }

    static Decoded decode(byte[] b, Decoding decoding) throws ArticleException {
        if (b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF))) {
            return decode(b, 0, StandardCharsets.UTF_16, decoding.badBytes());
        }
        String kind = binaryKind(b, !decoding.wide());
        if (kind != null) {
            throw new ArticleException(STAGE, "binary", "not a text file (" + kind + ")");
        }
        if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            return decode(b, 3, StandardCharsets.UTF_8, decoding.badBytes());
        }
        return decode(b, 0, decoding.charset(), decoding.badBytes());
    }

    /**
     * {@code b} from {@code start} in {@code cs}. Each malformed or unmappable sequence (an incomplete one
     * at the end too) refuses the article or becomes one U+FFFD, as Java's own replacing decoder does;
     * offsets of bad bytes count from the start of the file, BOM included.
     */
    private static Decoded decode(byte[] b, int start, Charset cs, BadBytes badBytes) throws ArticleException {
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, start, b.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
                (long) (in.remaining() * (double) decoder.averageCharsPerByte()) + 16));
        long first = -1;
        long bad = 0;
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isOverflow()) {
                out = grow(out);
            } else if (r.isError()) {
                if (badBytes == BadBytes.REFUSE) {
                    throw new ArticleException(STAGE, "encoding", "invalid " + cs.name() + " at byte " + in.position()
                            + "; save the file as UTF-8, give its --encoding, or read it with --bad-bytes replace");
                }
                first = first < 0 ? in.position() : first;
                bad += r.length();
                in.position(in.position() + r.length());
                if (!out.hasRemaining()) {
                    out = grow(out);
                }
                out.put('\uFFFD');
            } else {
                break;
            }
        }
        while (decoder.flush(out).isOverflow()) {
            out = grow(out);
        }
        out.flip();
        return new Decoded(out.toString(), bad == 0 ? Optional.empty() : Optional.of(new ReplacedBytes(cs.name(), first, bad)));
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(Math.max(16, out.capacity() * 2));
        out.flip();
        return bigger.put(out);
    }

    /**
     * What binary content {@code b} holds (PDF, ZIP, images, or NUL bytes unless they are the encoding's
     * own), or null. NUL bytes at every other offset are most likely UTF-16 without a byte-order mark,
     * which the message says: reading it takes {@code --encoding UTF-16LE} (or BE), never a guess.
     */
    private static String binaryKind(byte[] b, boolean nulIsBinary) {
        if (startsWith(b, "%PDF")) {
            return "PDF";
        }
        if (startsWith(b, "PK\u0003\u0004")) {
            return "ZIP archive";
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0x89 && startsWith(b, "\u0089PNG")) {
            return "PNG image";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "JPEG image";
        }
        if (startsWith(b, "GIF8")) {
            return "GIF image";
        }
        if (!nulIsBinary) {
            return null;
        }
        int n = Math.min(b.length, 8192);
        int[] nuls = new int[2];
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                nuls[i % 2]++;
            }
        }
        if (nuls[0] + nuls[1] == 0) {
            return null;
        }
        // In UTF-16 text of Latin script, every ASCII letter has a NUL beside it, on the same side.
        int textLike = n / 4;
        if (nuls[0] == 0 && nuls[1] >= textLike) {
            return "NUL bytes; UTF-16LE without a byte-order mark? Read it with --encoding UTF-16LE";
        }
        if (nuls[1] == 0 && nuls[0] >= textLike) {
            return "NUL bytes; UTF-16BE without a byte-order mark? Read it with --encoding UTF-16BE";
        }
        return "NUL bytes";
    }

    private static boolean startsWith(byte[] b, String magic) {
        if (b.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((b[i] & 0xFF) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.stripLeading();
        head = head.substring(0, Math.min(head.length(), 64)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /**
     * What a saved news page holds around its story and no reader takes for it: menus, sidebars, forms,
     * cookie banners ("We will use cookies…", which read as forecasts), hidden elements.
     */
    private static final String PAGE_FURNITURE = "nav, aside, form, noscript, button, menu, template, svg, dialog, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], "
            + "[role=dialog], [aria-hidden=true], [hidden]";

    /**
     * Visible text of the page's story, a blank line after each block element so paragraphs stay
     * sentences. The story is the page's one {@code <article>} or, failing that, its one {@code <main>};
     * else the whole body without the page's own header and footer. Menus, sidebars, forms and hidden
     * elements ({@link #PAGE_FURNITURE}) are left out everywhere.
     */
    static String htmlText(Document html) {
        Element body = html.body().clone();
        Elements articles = body.select("article");
        Elements mains = body.select("main, [role=main]");
        Element story = articles.size() == 1 ? articles.first() : mains.size() == 1 ? mains.first() : body;
        story.select(PAGE_FURNITURE).remove();
        if (story == body) {
            body.select("header, footer").stream().filter(e -> e.closest("article") == null).forEach(Element::remove);
        }
        StringBuilder sb = new StringBuilder();
        story.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.text());
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    sb.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock() && !e.normalName().equals("br") && sb.length() > 0
                        && !endsWithBlankLine(sb)) {
                    sb.append("\n\n");
                }
            }
        });
        return sb.toString().strip();
    }

    private static boolean endsWithBlankLine(StringBuilder sb) {
        return sb.length() >= 2 && sb.charAt(sb.length() - 1) == '\n' && sb.charAt(sb.length() - 2) == '\n';
    }
}
