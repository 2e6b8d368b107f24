package org.augur.report;

import java.util.List;
import java.util.Locale;

/**
 * The report's charts as inline SVG, drawn from counts. Colours come from CSS classes (one per series),
 * every label is escaped, and bars, columns and cells link to the forecasts table filtered to what they
 * count.
 */
final class Charts {
    private static final int WIDTH = 760;
    private static final int LABEL_WIDTH = 230;
    private static final int ROW = 22;

    private Charts() {
    }

    /** A series of a stacked chart: its name in the legend and tooltips, and its CSS class. */
    record Series(String name, String cssClass) {
    }

    /**
     * One bar (or column, or timeline bin): its label, a count per series, the link of the whole bar and
     * optionally one link per series (null where the bar's link serves).
     */
    record Bar(String label, long[] counts, String href, List<String> segmentHrefs) {
        Bar(String label, long[] counts, String href) {
            this(label, counts, href, null);
        }

        long total() {
            long t = 0;
            for (long c : counts) {
                t += c;
            }
            return t;
        }

        String segmentHref(int series) {
            return segmentHrefs == null || segmentHrefs.get(series) == null ? href : segmentHrefs.get(series);
        }
    }

    /** Horizontal stacked bars, one row per bar, the total at the end of each. */
    static String bars(String name, List<Series> series, List<Bar> bars) {
        if (bars.isEmpty()) {
            return empty(name);
        }
        long max = bars.stream().mapToLong(Bar::total).max().orElse(1);
        int plot = WIDTH - LABEL_WIDTH - 60;
        int top = 28;
        int height = top + bars.size() * ROW + 6;
        StringBuilder svg = open(name, WIDTH, height);
        legend(svg, series, LABEL_WIDTH);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = top + i * ROW;
            svg.append("<a href=\"").append(Html.escape(b.href())).append("\"><text class=\"label\" x=\"")
                    .append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 15).append("\" text-anchor=\"end\">")
                    .append(Html.escape(Html.shorten(b.label(), 34))).append("<title>").append(Html.escape(b.label()))
                    .append("</title></text></a>");
            double x = LABEL_WIDTH;
            for (int s = 0; s < series.size(); s++) {
                long n = b.counts()[s];
                if (n == 0) {
                    continue;
                }
                double w = (double) n / max * plot;
                svg.append("<a href=\"").append(Html.escape(b.segmentHref(s))).append("\"><rect class=\"")
                        .append(series.get(s).cssClass()).append("\" x=\"").append(fmt(x)).append("\" y=\"").append(y + 3)
                        .append("\" width=\"").append(fmt(Math.max(w, 1))).append("\" height=\"").append(ROW - 6)
                        .append("\"><title>").append(Html.escape(b.label() + ", " + series.get(s).name() + ": " + n))
                        .append("</title></rect></a>");
                x += w;
            }
            svg.append("<text class=\"count\" x=\"").append(fmt(x + 6)).append("\" y=\"").append(y + 15).append("\">")
                    .append(b.total()).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** Vertical stacked columns in order (a timeline), with a count axis and every few labels under them. */
    static String columns(String name, List<Series> series, List<Bar> bins) {
        if (bins.isEmpty()) {
            return empty(name);
        }
        long max = Math.max(1, bins.stream().mapToLong(Bar::total).max().orElse(1));
        int left = 44;
        int top = 28;
        int plotHeight = 200;
        double step = Math.min(36, (double) (WIDTH - left - 10) / bins.size());
        int height = top + plotHeight + 40;
        StringBuilder svg = open(name, WIDTH, height);
        legend(svg, series, left);
        int base = top + plotHeight;
        for (long tick : List.of(0L, max / 2, max)) {
            double y = base - (double) tick / max * plotHeight;
            svg.append("<line class=\"grid\" x1=\"").append(left).append("\" x2=\"").append(WIDTH - 10).append("\" y1=\"")
                    .append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\"/><text class=\"axis\" x=\"").append(left - 6)
                    .append("\" y=\"").append(fmt(y + 4)).append("\" text-anchor=\"end\">").append(tick).append("</text>");
        }
        int labelEvery = (int) Math.ceil(48 / step);
        for (int i = 0; i < bins.size(); i++) {
            Bar b = bins.get(i);
            double x = left + i * step;
            double y = base;
            for (int s = 0; s < series.size(); s++) {
                long n = b.counts()[s];
                if (n == 0) {
                    continue;
                }
                double h = (double) n / max * plotHeight;
                y -= h;
                svg.append("<a href=\"").append(Html.escape(b.segmentHref(s))).append("\"><rect class=\"")
                        .append(series.get(s).cssClass()).append("\" x=\"").append(fmt(x + 1)).append("\" y=\"").append(fmt(y))
                        .append("\" width=\"").append(fmt(Math.max(step - 2, 1))).append("\" height=\"").append(fmt(h))
                        .append("\"><title>").append(Html.escape(b.label() + ", " + series.get(s).name() + ": " + n))
                        .append("</title></rect></a>");
            }
            if (i % labelEvery == 0) {
                svg.append("<a href=\"").append(Html.escape(b.href())).append("\"><text class=\"axis\" x=\"")
                        .append(fmt(x + step / 2)).append("\" y=\"").append(base + 16).append("\" text-anchor=\"middle\">")
                        .append(Html.escape(b.label())).append("</text></a>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /**
     * A matrix of counts, rows by columns, each cell shaded by its share of the largest and linked to its
     * forecasts ({@code hrefs[row][column]}).
     */
    static String matrix(String name, List<String> rows, List<String> columns, long[][] counts, String[][] hrefs) {
        if (rows.isEmpty() || columns.isEmpty()) {
            return empty(name);
        }
        long max = 1;
        for (long[] r : counts) {
            for (long c : r) {
                max = Math.max(max, c);
            }
        }
        int cell = 34;
        int left = LABEL_WIDTH;
        int top = 130;
        int width = left + columns.size() * cell + 140; // room for the last rotated label
        int height = top + rows.size() * (ROW + 2) + 10;
        StringBuilder svg = open(name, width, height);
        for (int c = 0; c < columns.size(); c++) {
            double x = left + c * cell + cell / 2.0;
            svg.append("<text class=\"label\" transform=\"translate(").append(fmt(x + 4)).append(' ').append(top - 6)
                    .append(") rotate(-50)\">").append(Html.escape(Html.shorten(columns.get(c), 22))).append("<title>")
                    .append(Html.escape(columns.get(c))).append("</title></text>");
        }
        for (int r = 0; r < rows.size(); r++) {
            int y = top + r * (ROW + 2);
            svg.append("<text class=\"label\" x=\"").append(left - 8).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\">").append(Html.escape(Html.shorten(rows.get(r), 34))).append("<title>")
                    .append(Html.escape(rows.get(r))).append("</title></text>");
            for (int c = 0; c < columns.size(); c++) {
                long n = counts[r][c];
                int x = left + c * cell;
                int shade = n == 0 ? 0 : 1 + (int) Math.min(4, (n * 5 - 1) / max);
                String tip = rows.get(r) + " about " + columns.get(c) + ": " + n;
                String rect = "<rect class=\"m" + shade + "\" x=\"" + (x + 1) + "\" y=\"" + y + "\" width=\"" + (cell - 2)
                        + "\" height=\"" + ROW + "\"><title>" + Html.escape(tip) + "</title></rect>";
                if (n == 0) {
                    svg.append(rect);
                    continue;
                }
                svg.append("<a href=\"").append(Html.escape(hrefs[r][c])).append("\">").append(rect)
                        .append("<text class=\"cell").append(shade >= 3 ? " light" : "").append("\" x=\"")
                        .append(x + cell / 2).append("\" y=\"").append(y + 15).append("\" text-anchor=\"middle\">")
                        .append(n).append("</text></a>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String name, int width, int height) {
        return new StringBuilder("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" aria-label=\"").append(Html.escape(name)).append("\">");
    }

    private static void legend(StringBuilder svg, List<Series> series, int x) {
        int at = x;
        for (Series s : series) {
            svg.append("<rect class=\"").append(s.cssClass()).append("\" x=\"").append(at).append("\" y=\"6\" width=\"12\" height=\"12\"/>")
                    .append("<text class=\"axis\" x=\"").append(at + 16).append("\" y=\"16\">").append(Html.escape(s.name()))
                    .append("</text>");
            at += 26 + 8 * s.name().length();
        }
    }

    private static String empty(String name) {
        return open(name, WIDTH, 40) + "<text class=\"axis\" x=\"10\" y=\"24\">none in this run</text></svg>";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
