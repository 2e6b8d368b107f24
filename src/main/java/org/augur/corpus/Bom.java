package org.augur.corpus;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/** The UTF-8 byte-order mark that Excel's "CSV UTF-8" (and Augur's --bom) puts first. */
public final class Bom {
    private Bom() {
    }

    /** A reader that skips a leading byte-order mark, so it does not become part of the first column name. */
    public static Reader skip(Reader reader) throws IOException {
        PushbackReader in = new PushbackReader(reader, 1);
        int first = in.read();
        if (first >= 0 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }
}
