package org.augur.report;

/**
 * JSON written for a {@code <script type="application/json">} block: besides JSON's own escapes,
 * {@code < > &} and the line separators U+2028/U+2029 are written as {@code \}{@code uXXXX}, so no text
 * from an article can close the block ({@code </script>}) or open a comment in it.
 */
final class JsonText {
    private final StringBuilder sb;

    JsonText(StringBuilder sb) {
        this.sb = sb;
    }

    JsonText string(String s) {
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
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
        return this;
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
