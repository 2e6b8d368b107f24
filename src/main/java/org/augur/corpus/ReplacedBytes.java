package org.augur.corpus;

import java.util.Objects;

/**
 * Bytes of an article file that its encoding could not decode and that were read as U+FFFD
 * ({@code --bad-bytes replace}): the encoding, the offset in the file of the first bad byte, and how many
 * bad bytes there were in all. Offsets in the tables still index the decoded text, U+FFFD included.
 */
public record ReplacedBytes(String encoding, long firstByte, long count) {
    public ReplacedBytes {
        Objects.requireNonNull(encoding);
        if (firstByte < 0 || count < 1) {
            throw new IllegalArgumentException("no bad byte: first " + firstByte + ", count " + count);
        }
    }

    /** What a user reads about the article: "invalid UTF-8 at byte 3; 2 bad bytes read as U+FFFD". */
    public String message() {
        return "invalid " + encoding + " at byte " + firstByte + "; " + count + " bad byte" + (count == 1 ? "" : "s")
                + " read as U+FFFD";
    }
}
