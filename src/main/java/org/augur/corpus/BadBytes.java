package org.augur.corpus;

import java.util.Locale;

/** What becomes of an article holding bytes that its encoding cannot decode ({@code --bad-bytes}). */
public enum BadBytes {
    /** The article is refused: an errors.csv row naming the first bad byte. */
    REFUSE,
    /** Each bad sequence is read as U+FFFD and the article is processed, marked {@code replaced}. */
    REPLACE;

    /** The name as the command line and manifest.json write it: {@code refuse}, {@code replace}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
