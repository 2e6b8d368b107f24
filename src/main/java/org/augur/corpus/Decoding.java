package org.augur.corpus;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Objects;

/**
 * How article files become text: the encoding of a file without a byte-order mark (a file with one is
 * read by its mark, whatever this says), and what to do with bytes that encoding cannot decode.
 */
public record Decoding(Charset charset, BadBytes badBytes) {
    /** UTF-8, refusing a file with a bad byte: Augur's reading before {@code --encoding} existed. */
    public static final Decoding STRICT_UTF8 = new Decoding(StandardCharsets.UTF_8, BadBytes.REFUSE);

    public Decoding {
        Objects.requireNonNull(charset);
        Objects.requireNonNull(badBytes);
    }

    /**
     * The decoding for a charset name Java knows ({@code UTF-8}, {@code windows-1252}, {@code latin1},
     * {@code UTF-16LE}, …); an {@link IllegalArgumentException} saying so for any other name.
     */
    public static Decoding of(String charsetName, BadBytes badBytes) {
        try {
            return new Decoding(Charset.forName(charsetName), badBytes);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("unknown encoding '" + charsetName + "': not a character set Java "
                    + "knows (e.g. UTF-8, windows-1252, ISO-8859-1, UTF-16LE)");
        }
    }

    /**
     * Whether text in this encoding holds NUL bytes (UTF-16, UTF-32): then a NUL byte is no sign of a
     * binary file. Any encoding that writes a line feed as one byte is ASCII-like; so are the few that
     * Java can only decode (x-JISAutoDetect, ISO-2022-CN), which cannot say.
     */
    boolean wide() {
        return charset.canEncode() && "\n".getBytes(charset).length > 1;
    }
}
