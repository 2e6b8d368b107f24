package org.augur.forecast;

import java.util.Locale;

/** How hedged a forecast is, strongest first. */
public enum Certainty {
    CERTAIN, PROBABLE, POSSIBLE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The certainty of a label ("certain", "probable", "possible"). */
    public static Certainty of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    /** The more hedged of two. */
    public Certainty weaker(Certainty other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
