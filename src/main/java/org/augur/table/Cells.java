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

    /** The most characters a spreadsheet cell holds: Excel refuses a longer cell. */
    public static final int MAX_CHARS = 32_767;

    /**
     * A cell that fits in a spreadsheet: at most {@link #MAX_CHARS} characters, a longer one cut there
     * with a final "…" (never between the two halves of a surrogate pair).
     */
    public static String fit(String value) {
        return cut(value, MAX_CHARS);
    }

    /** {@code value} if it has at most {@code max} chars, else its start and "…", {@code max} chars in all (or one fewer, never splitting a surrogate pair). */
    public static String cut(String value, int max) {
        if (value.length() <= max) {
            return value;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }

    /**
     * The cell's value as it was before {@link #guard}: the apostrophe before a formula start removed. (A
     * value that itself began with an apostrophe and a formula start reads back without its apostrophe.)
     */
    public static String unguard(String cell) {
        if (cell.length() < 2 || cell.charAt(0) != '\'') {
            return cell;
        }
        char c = cell.charAt(1);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? cell.substring(1) : cell;
    }

    /**
     * A cell as a table holds it: text formula-guarded and cut to fit ({@link #guard}, {@link #fit}),
     * numbers as Java prints them.
     */
    public static String written(Object value) {
        return value instanceof String s ? fit(guard(s)) : String.valueOf(value);
    }

    public static String list(List<String> values) {
        return String.join(LIST_SEPARATOR, values);
    }
}
