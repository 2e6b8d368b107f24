package org.augur.forecast;

import java.util.Locale;
import org.augur.cue.Cue;

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

    /** The certainty a cue of this kind gives on its own: "will" certain, "expect" probable, "may" possible. */
    public static Certainty of(Cue.Kind kind) {
        return switch (kind) {
            case FUTURE, WOULD, HINT, ANCHOR -> CERTAIN;
            case POSSIBLE, CAN -> POSSIBLE;
            default -> PROBABLE;
        };
    }

    /** The more hedged of two. */
    public Certainty weaker(Certainty other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
