package org.augur.corpus;

import java.util.Objects;
import java.util.Optional;

/**
 * One article: its id (path relative to the corpus root), its decoded text, its metadata, and the bytes
 * of its file read as U+FFFD, if any ({@code --bad-bytes replace}). Character offsets everywhere in Augur
 * index into {@code text}.
 */
public record Article(String docId, String text, Metadata metadata, Optional<ReplacedBytes> replaced) {

    public Article {
        Objects.requireNonNull(docId);
        Objects.requireNonNull(text);
        Objects.requireNonNull(metadata);
        Objects.requireNonNull(replaced);
    }

    /** An article whose file decoded without a bad byte. */
    public Article(String docId, String text, Metadata metadata) {
        this(docId, text, metadata, Optional.empty());
    }

    /** The longest title taken from a first line; a one-line file would otherwise make its whole text the title. */
    public static final int TITLE_MAX = 300;

    /**
     * The title: metadata's when given, else the first line when the corpus conventions make it one, cut to
     * {@link #TITLE_MAX} characters.
     */
    public Optional<String> title() {
        if (metadata.title().isPresent()) {
            return metadata.title();
        }
        return firstLineTitleEnd(text) > 0 ? Optional.of(cut(text.substring(0, firstLineTitleEnd(text)).strip(), TITLE_MAX))
                : Optional.empty();
    }

    /**
     * {@code line} if it has at most {@code max} characters, else its start up to the last space that leaves
     * room for "…" (or, without a space in the second half, up to the limit, never inside a surrogate pair),
     * then "…".
     */
    static String cut(String line, int max) {
        if (line.length() <= max) {
            return line;
        }
        int end = max - 1;
        int space = line.lastIndexOf(' ', end);
        if (space > max / 2) {
            end = space;
        } else if (Character.isHighSurrogate(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end).stripTrailing() + "…";
    }

    /**
     * The end offset of the first line when it is a title (followed by a blank line, or shorter than
     * 200 characters without final punctuation), otherwise -1.
     */
    public static int firstLineTitleEnd(String text) {
        int end = lineBreak(text);
        if (end < 0) {
            return -1;
        }
        String line = text.substring(0, end).strip();
        if (line.isEmpty()) {
            return -1;
        }
        int next = end + (text.startsWith("\r\n", end) ? 2 : 1);
        boolean blankFollows = next < text.length() && (text.charAt(next) == '\n' || text.charAt(next) == '\r')
                || text.substring(next).isBlank();
        char last = line.charAt(line.length() - 1);
        boolean unpunctuated = ".!:;,".indexOf(last) < 0;
        return blankFollows || (line.length() < 200 && unpunctuated) ? end : -1;
    }

    /** Where the first line ends: at LF, CRLF or a lone CR (old Mac files); -1 when there is one line. */
    private static int lineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }
}
