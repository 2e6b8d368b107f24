package org.augur.forecast;

import java.util.Locale;

/** Whether the forecast says the event will happen or will not. */
public enum Polarity {
    POSITIVE, NEGATIVE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
