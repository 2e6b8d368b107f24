package org.augur.report;

/**
 * JSON written for a {@code <script type="application/json">} block: besides JSON's own escapes,
 * {@code < > &} and the line separators U+2028/U+2029 are written as {@code \}{@code uXXXX}, so no text
 * from an article can close the block ({@code </script>}) or open a comment in it.
 */
public final class JsonText {
    private final StringBuilder sb;

    JsonText(StringBuilder sb) {
        this.sb = sb;
    }

    JsonText string(String s) {
        append(sb, s, true);
        return this;
    }

    /** {@code s} as a JSON string of plain JSON (a file, not a script block): only JSON's own escapes. */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder();
        append(out, s, false);
        return out.toString();
    }

    /** Appends {@code s} as a JSON string; {@code scriptSafe} also escapes {@code < > &} and U+2028/U+2029. */
    private static void append(StringBuilder sb, String s, boolean scriptSafe) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    boolean unsafe = scriptSafe && (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029');
                    if (c < 0x20 || unsafe) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    JsonText number(long n) {
        sb.append(n);
        return this;
    }

    JsonText raw(String json) {
        sb.append(json);
        return this;
    }

    JsonText comma() {
        sb.append(',');
        return this;
    }
}
