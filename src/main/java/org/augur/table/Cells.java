package org.augur.table;

import java.util.List;

/** Cell values as they go into a table. */
public final class Cells {
    public static final String LIST_SEPARATOR = "|";

    private Cells() {
    }

    /**
     * A text cell made safe for spreadsheets: a cell starting with {@code = + - @}, tab or CR would be
     * run as a formula, so it gets a leading apostrophe, which spreadsheets hide.
     */
    public static String guard(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }

    public static String list(List<String> values) {
        return String.join(LIST_SEPARATOR, values);
    }
}
