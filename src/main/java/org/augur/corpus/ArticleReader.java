package org.augur.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * Reads one article file into text. UTF-8 (a BOM is dropped); UTF-16 when it starts with a UTF-16 BOM;
 * anything else that is not valid UTF-8 is refused, naming the byte where decoding failed, rather than
 * guessed at. Binary files (NUL bytes, PDF, ZIP, images) are refused. HTML is turned into text with jsoup,
 * one paragraph per block element.
 */
public final class ArticleReader {
    public static final String STAGE = "read";

    private final long maxBytes;

    public ArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
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
        String text = decode(bytes);
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
        return new Article(docId, text, meta);
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

    static String decode(byte[] b) throws ArticleException {
        if (b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF))) {
            return strict(b, 0, StandardCharsets.UTF_16, "UTF-16");
        }
        String kind = binaryKind(b);
        if (kind != null) {
            throw new ArticleException(STAGE, "binary", "not a text file (" + kind + ")");
        }
        int start = b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
        return strict(b, start, StandardCharsets.UTF_8, "UTF-8");
    }

    private static String strict(byte[] b, int start, java.nio.charset.Charset cs, String name)
            throws ArticleException {
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, start, b.length - start);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (MalformedInputException e) {
            throw new ArticleException(STAGE, "encoding",
                    "invalid " + name + " at byte " + in.position() + "; save the file as UTF-8");
        } catch (CharacterCodingException e) {
            throw new ArticleException(STAGE, "encoding", "invalid " + name + ": " + e.getMessage());
        }
    }

    private static String binaryKind(byte[] b) {
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
        int n = Math.min(b.length, 8192);
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                return "NUL bytes";
            }
        }
        return null;
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
