package org.augur.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping for text that goes into the report's HTML and SVG. */
final class Html {
    private Html() {
    }

    /**
     * {@code s} as text in element content or a quoted attribute: {@code & < > " '} become references, so a
     * title holding {@code <script>} or {@code <img onerror=…>} is shown, never run.
     */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A link to the forecasts table filtered by {@code key=value} pairs (the script reads the fragment). */
    static String filterLink(String... keyValues) {
        StringBuilder sb = new StringBuilder("#forecasts?");
        for (int i = 0; i < keyValues.length; i += 2) {
            sb.append(i > 0 ? "&" : "").append(keyValues[i]).append('=')
                    .append(URLEncoder.encode(keyValues[i + 1], StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    /** {@code s} cut to {@code max} characters with "…", for a chart label (the whole name goes in a tooltip). */
    static String shorten(String s, int max) {
        return org.augur.table.Cells.cut(s, max);
    }
}
