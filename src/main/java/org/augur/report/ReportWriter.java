package org.augur.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.json.JsonNumber;
import javax.json.JsonObject;
import javax.json.JsonString;
import org.augur.corpus.FileErrors;
import org.augur.table.AtomicFiles;

/**
 * Writes {@code report.html} for a run folder: run facts, the charts (SVG), and the forecasts table and
 * article pages (drawn by the inlined script from the embedded data). The file is put in place whole,
 * like the tables.
 */
public final class ReportWriter {
    /** The report's file name in the run folder. */
    public static final String FILE = "report.html";
    static final List<String> CERTAINTIES = List.of("certain", "probable", "possible");
    private static final int TOP = 20;
    private static final int MATRIX = 15;
    private static final int ERRORS_SHOWN = 200;
    /** The most years the timeline shows. */
    private static final int YEARS = 60;

    private ReportWriter() {
    }

    /** Reads the run in {@code dir} and writes {@code dir/report.html}; returns its path. */
    public static Path write(Path dir) throws ReportException {
        RunTables run = RunTables.read(dir);
        Path absolute = dir.toAbsolutePath().normalize();
        String html = html(run, absolute.getFileName() == null ? absolute.toString() : absolute.getFileName().toString());
        Path target = dir.resolve(FILE);
        Path temp = dir.resolve("." + FILE + ".tmp");
        try {
            Files.writeString(temp, html, StandardCharsets.UTF_8);
            AtomicFiles.moveIntoPlace(temp, target);
        } catch (IOException e) {
            throw new ReportException("cannot write " + target + ": " + FileErrors.reason(e), e, false);
        }
        return target;
    }

    /** The whole page for {@code run}; {@code name} is the run folder's name, for the heading. */
    static String html(RunTables run, String name) {
        String css = resource("report.css");
        String js = resource("report.js");
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                // Nothing may be fetched: not a script, style, font or image, not even a favicon; only the
                // inlined style and script (by hash) run, so text that escaped escaping could still run nothing.
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; ")
                .append("style-src '").append(sha256(css)).append("'; script-src '").append(sha256(js))
                .append("'; base-uri 'none'; form-action 'none'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>Augur report: ").append(Html.escape(name)).append("</title>\n")
                .append("<style>").append(css).append("</style>\n</head>\n<body>\n");
        h.append("<header><h1>Augur report <span class=\"run\">").append(Html.escape(name)).append("</span></h1>\n")
                .append("<nav><a href=\"#facts\">Run</a> <a href=\"#charts\">Charts</a> <a href=\"#timeline\">Horizons</a> ")
                .append("<a href=\"#matrix\">Who about whom</a> <a href=\"#forecasts\">Forecasts</a> ")
                .append("<a href=\"#articles\">Articles</a></nav></header>\n<main>\n");
        facts(h, run);
        charts(h, run);
        h.append("<section id=\"forecasts\"><h2>Forecasts</h2>\n")
                .append("<noscript><p>The forecasts table and the article pages need JavaScript; the charts above do not.</p></noscript>\n")
                .append("<form id=\"f-filters\" class=\"filters\">")
                .append(select("f-certainty", "certainty")).append(select("f-polarity", "polarity"))
                .append(select("f-predictor", "predictor")).append(select("f-actor", "actor named"))
                .append(select("f-topic", "topic"))
                .append("<label>text <input id=\"f-text\" type=\"search\" placeholder=\"words in the sentence, gist, names, title\"></label>")
                .append("<span id=\"f-horizon\" class=\"chip\" hidden></span>")
                .append("<button id=\"f-clear\" type=\"button\">clear filters</button></form>\n")
                .append("<p class=\"pager\"><button id=\"f-prev\" type=\"button\">‹ previous</button> <span id=\"f-count\"></span> ")
                .append("<button id=\"f-next\" type=\"button\">next ›</button></p>\n")
                .append("<table class=\"rows\" id=\"f-table\"><thead><tr><th>certainty</th><th>polarity</th><th>sentence (cue words marked) and gist</th>")
                .append("<th>predictor</th><th>actors named</th><th>topics</th><th>horizon</th><th>article</th></tr></thead>")
                .append("<tbody id=\"f-rows\"></tbody></table>\n</section>\n");
        h.append("<section id=\"articles\"><h2>Articles</h2>\n<div id=\"article\" class=\"article\" hidden></div>\n")
                .append("<form class=\"filters\" id=\"a-filters\"><label>find <input id=\"a-text\" type=\"search\" placeholder=\"title, file or date\"></label></form>\n")
                .append("<p class=\"pager\"><button id=\"a-prev\" type=\"button\">‹ previous</button> <span id=\"a-count\"></span> ")
                .append("<button id=\"a-next\" type=\"button\">next ›</button></p>\n")
                .append("<table class=\"rows\" id=\"a-table\"><thead><tr><th>title</th><th>file</th><th>date</th><th>status</th>")
                .append("<th>actors</th><th>topics</th><th>forecasts</th></tr></thead><tbody id=\"a-rows\"></tbody></table>\n</section>\n");
        h.append("</main>\n<script type=\"application/json\" id=\"augur-data\">").append(ReportData.json(run))
                .append("</script>\n<script>").append(js).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void facts(StringBuilder h, RunTables run) {
        long failed = run.documents().stream().filter(d -> d.status().equals("failed")).count();
        long sentences = run.documents().stream().mapToLong(RunTables.Document::sentences).sum();
        long tokens = run.documents().stream().mapToLong(RunTables.Document::tokens).sum();
        List<String> dates = run.documents().stream().map(RunTables.Document::date).filter(d -> !d.isEmpty()).sorted().toList();
        Optional<JsonObject> m = run.manifest();
        h.append("<section id=\"facts\"><h2>Run</h2>\n<table class=\"facts\">");
        fact(h, "articles", number(run.documents().size()) + (dates.isEmpty() ? ""
                : ", dated " + dates.get(0) + (dates.size() > 1 && !dates.get(0).equals(dates.get(dates.size() - 1))
                ? " to " + dates.get(dates.size() - 1) : "")));
        fact(h, "failed articles", number(failed) + (failed > 0 ? " (listed below, and on their article pages)" : ""));
        fact(h, "sentences", number(sentences));
        fact(h, "tokens", number(tokens));
        fact(h, "forecasts", number(run.forecasts().size()));
        fact(h, "actors (article × actor)", number(run.actors().size()));
        fact(h, "topics (article × topic)", number(run.topics().size()));
        if (m.isPresent()) {
            JsonObject manifest = m.get();
            Optional<JsonObject> timings = object(manifest, "timings");
            Optional<JsonObject> counts = object(manifest, "counts");
            timings.ifPresent(t -> fact(h, "time", String.format(Locale.ROOT, "%.1f s (model loading %.1f s)",
                    decimal(t, "run_seconds"), decimal(t, "load_seconds"))));
            counts.filter(c -> decimal(c, "cached") > 0)
                    .ifPresent(c -> fact(h, "from the cache", number((long) decimal(c, "cached")) + " articles"));
            object(manifest, "options").ifPresent(o -> fact(h, "corpus", o.containsKey("inputs")
                    ? o.getJsonArray("inputs").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).collect(Collectors.joining(", ")) : ""));
            fact(h, "versions", text(manifest, "augur") + "; " + text(manifest, "corenlp"));
            object(manifest, "models").ifPresent(models -> fact(h, "models", models.entrySet().stream()
                    .map(e -> e.getKey() + " = " + (e.getValue() instanceof JsonString s ? s.getString() : e.getValue().toString())
                            .replace(",", ",\u200B")) // a line may break after a comma of a resource list
                    .collect(Collectors.joining("\n"))));
        } else {
            fact(h, "manifest", "no manifest.json in the folder (tables written with --table, or by hand)");
        }
        h.append("</table>\n");
        if (!run.errors().isEmpty()) {
            h.append("<h3 id=\"errors\">Failed articles</h3>\n<table class=\"rows\"><thead><tr><th>article</th><th>stage</th>")
                    .append("<th>error</th><th>message</th></tr></thead><tbody>\n");
            for (RunTables.ErrorRow e : run.errors().subList(0, Math.min(ERRORS_SHOWN, run.errors().size()))) {
                h.append("<tr><td>").append(Html.escape(e.docId())).append("</td><td>").append(Html.escape(e.stage()))
                        .append("</td><td>").append(Html.escape(e.error())).append("</td><td>").append(Html.escape(e.message()))
                        .append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
            if (run.errors().size() > ERRORS_SHOWN) {
                h.append("<p>and ").append(number(run.errors().size() - ERRORS_SHOWN)).append(" more in errors.csv.</p>\n");
            }
        }
        h.append("</section>\n");
    }

    private static void charts(StringBuilder h, RunTables run) {
        List<RunTables.ForecastRow> fs = run.forecasts();
        List<String> certainties = new ArrayList<>(CERTAINTIES);
        fs.stream().map(RunTables.ForecastRow::certainty).filter(c -> !certainties.contains(c)).distinct().sorted()
                .forEach(certainties::add);
        List<Charts.Series> bySeries = new ArrayList<>();
        for (int i = 0; i < certainties.size(); i++) {
            bySeries.add(new Charts.Series(certainties.get(i), "c" + Math.min(i, 3)));
        }
        h.append("<section id=\"charts\"><h2>Charts</h2>\n<p class=\"note\">Click a bar, a name or a cell to see its forecasts.</p>\n");

        List<Charts.Series> polarities = List.of(new Charts.Series("positive (will happen)", "pos"),
                new Charts.Series("negative (will not)", "neg"));
        List<Charts.Bar> cp = new ArrayList<>();
        for (String c : certainties) {
            long pos = fs.stream().filter(f -> f.certainty().equals(c) && !f.polarity().equals("negative")).count();
            long neg = fs.stream().filter(f -> f.certainty().equals(c) && f.polarity().equals("negative")).count();
            cp.add(new Charts.Bar(c, new long[] {pos, neg}, Html.filterLink("certainty", c),
                    List.of(Html.filterLink("certainty", c, "polarity", "positive"),
                            Html.filterLink("certainty", c, "polarity", "negative"))));
        }
        figure(h, "chart-certainty", "Forecasts by certainty and polarity", "", Charts.bars("certainty and polarity", polarities, cp));

        Map<String, long[]> byPredictor = tally(fs, f -> f.predictor().isEmpty() ? List.of() : List.of(f.predictor()), certainties);
        long noPredictor = fs.stream().filter(f -> f.predictor().isEmpty()).count();
        figure(h, "chart-predictors", "By predictor", top(byPredictor) + (noPredictor > 0
                        ? "; " + number(noPredictor) + " forecasts have no predictor" : ""),
                Charts.bars("forecasts by predictor", bySeries, bars(byPredictor, "predictor", TOP)));
        Map<String, long[]> byActor = tally(fs, RunTables.ForecastRow::actors, certainties);
        figure(h, "chart-actors", "By actor named", top(byActor) + "; a forecast naming two actors counts for each",
                Charts.bars("forecasts by actor named", bySeries, bars(byActor, "actor", TOP)));
        Map<String, long[]> byTopic = tally(fs, RunTables.ForecastRow::topics, certainties);
        figure(h, "chart-topics", "By topic", top(byTopic) + "; a forecast on two topics counts for each",
                Charts.bars("forecasts by topic", bySeries, bars(byTopic, "topic", TOP)));
        h.append("</section>\n");

        h.append("<section id=\"timeline\"><h2>Horizons</h2>\n");
        timeline(h, fs, certainties, bySeries);
        h.append("</section>\n<section id=\"matrix\"><h2>Who forecasts about whom</h2>\n");
        matrix(h, fs, byPredictor, byActor);
        h.append("</section>\n");
    }

    private static void timeline(StringBuilder h, List<RunTables.ForecastRow> fs, List<String> certainties,
                                 List<Charts.Series> series) {
        List<Map.Entry<Horizon, String>> dated = new ArrayList<>();
        for (RunTables.ForecastRow f : fs) {
            Horizon.of(f.horizon()).ifPresent(d -> dated.add(Map.entry(d, f.certainty())));
        }
        // Months when most dated horizons name their month and those span at most three years (the few
        // given only as a year are then left out, and counted as such); else years.
        List<Map.Entry<Horizon, String>> withMonth = dated.stream().filter(e -> e.getKey().month() > 0).toList();
        boolean monthly = withMonth.size() * 2 > dated.size()
                && withMonth.stream().mapToInt(e -> e.getKey().monthIndex()).max().getAsInt()
                - withMonth.stream().mapToInt(e -> e.getKey().monthIndex()).min().getAsInt() < 36;
        TreeMap<Horizon, long[]> bins = new TreeMap<>();
        for (Map.Entry<Horizon, String> e : monthly ? withMonth : dated) {
            Horizon bin = monthly ? e.getKey() : e.getKey().yearOnly();
            bins.computeIfAbsent(bin, k -> new long[certainties.size()])[certainties.indexOf(e.getValue())]++;
        }
        List<Charts.Bar> bars = new ArrayList<>();
        long outside = dated.size() - (monthly ? withMonth.size() : dated.size());
        if (!bins.isEmpty()) {
            Horizon first = bins.firstKey();
            Horizon last = bins.lastKey();
            if (!monthly && last.year() - first.year() >= YEARS) {
                // A stray "1244" or "2210" would squeeze the rest into a few pixels: show the YEARS years
                // that hold the most horizons, and say how many fall outside.
                int bestStart = first.year();
                long best = -1;
                for (Horizon start : bins.keySet()) {
                    long n = bins.subMap(start, new Horizon(start.year() + YEARS, 0)).values().stream()
                            .mapToLong(ReportWriter::sum).sum();
                    if (n > best) {
                        best = n;
                        bestStart = start.year();
                    }
                }
                outside = dated.size() - best;
                first = new Horizon(bestStart, 0);
                last = bins.headMap(new Horizon(bestStart + YEARS, 0)).lastKey();
            }
            for (int i = first.monthIndex(); i <= last.monthIndex(); i += monthly ? 1 : 12) {
                Horizon bin = new Horizon(i / 12, monthly ? i % 12 + 1 : 0);
                long[] counts = bins.getOrDefault(bin, new long[certainties.size()]);
                List<String> hrefs = new ArrayList<>();
                for (String c : certainties) {
                    hrefs.add(Html.filterLink("horizon", bin.key(), "certainty", c));
                }
                bars.add(new Charts.Bar(bin.key(), counts, Html.filterLink("horizon", bin.key()), hrefs));
            }
        }
        figure(h, "chart-timeline", "Forecast horizons by " + (monthly ? "month" : "year") + ", by certainty",
                number(dated.size()) + " of " + number(fs.size()) + " forecasts have a dated horizon (a day, week, month or year;"
                        + " not \"next year\" without an article date, nor durations)"
                        + (outside > 0 ? "; " + number(outside) + (monthly ? " given only as a year" : " outside the years shown")
                        + " are left out" : ""),
                Charts.columns("forecast horizons", series, bars));
    }

    private static void matrix(StringBuilder h, List<RunTables.ForecastRow> fs, Map<String, long[]> byPredictor,
                               Map<String, long[]> byActor) {
        List<String> rows = ranked(byPredictor).stream().limit(MATRIX).toList();
        List<String> columns = ranked(byActor).stream().limit(MATRIX).toList();
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            col.put(columns.get(i), i);
        }
        long[][] counts = new long[rows.size()][columns.size()];
        String[][] hrefs = new String[rows.size()][columns.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                hrefs[r][c] = Html.filterLink("predictor", rows.get(r), "actor", columns.get(c));
            }
        }
        Map<String, Integer> row = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            row.put(rows.get(i), i);
        }
        for (RunTables.ForecastRow f : fs) {
            Integer r = row.get(f.predictor());
            if (r != null) {
                f.actors().stream().distinct().map(col::get).filter(c -> c != null).forEach(c -> counts[r][c]++);
            }
        }
        figure(h, "chart-matrix", "Predictors (rows) by actors named (columns)",
                "the " + rows.size() + " predictors and " + columns.size() + " actors with the most forecasts; a cell counts "
                        + "the predictor's forecasts naming the actor",
                Charts.matrix("predictor by actor", rows, columns, counts, hrefs));
    }

    /** Per name, its forecasts by certainty; a forecast counts once for each distinct name it gives. */
    private static Map<String, long[]> tally(List<RunTables.ForecastRow> fs,
                                             java.util.function.Function<RunTables.ForecastRow, List<String>> names,
                                             List<String> certainties) {
        Map<String, long[]> tally = new LinkedHashMap<>();
        for (RunTables.ForecastRow f : fs) {
            for (String n : names.apply(f).stream().filter(s -> !s.isEmpty()).distinct().toList()) {
                tally.computeIfAbsent(n, k -> new long[certainties.size()])[certainties.indexOf(f.certainty())]++;
            }
        }
        return tally;
    }

    /** Names by falling total, ties by name, so the chart does not depend on row order. */
    private static List<String> ranked(Map<String, long[]> tally) {
        return tally.keySet().stream().sorted(Comparator.comparingLong((String k) -> -sum(tally.get(k)))
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    private static List<Charts.Bar> bars(Map<String, long[]> tally, String key, int limit) {
        return ranked(tally).stream().limit(limit).map(n -> new Charts.Bar(n, tally.get(n), Html.filterLink(key, n))).toList();
    }

    private static String top(Map<String, long[]> tally) {
        return tally.size() > TOP ? "the " + TOP + " of " + number(tally.size()) + " with the most forecasts"
                : "all " + number(tally.size());
    }

    private static long sum(long[] counts) {
        long s = 0;
        for (long c : counts) {
            s += c;
        }
        return s;
    }

    private static void figure(StringBuilder h, String id, String title, String note, String svg) {
        h.append("<figure id=\"").append(id).append("\"><figcaption><b>").append(Html.escape(title)).append("</b>")
                .append(note.isEmpty() ? "" : " <span class=\"note\">" + Html.escape(note) + "</span>")
                .append("</figcaption>\n").append(svg).append("\n</figure>\n");
    }

    private static String select(String id, String label) {
        return "<label>" + Html.escape(label) + " <select id=\"" + id + "\"><option value=\"\">all</option></select></label>";
    }

    private static void fact(StringBuilder h, String name, String value) {
        h.append("<tr><th>").append(Html.escape(name)).append("</th><td>").append(Html.escape(value)).append("</td></tr>\n");
    }

    private static Optional<JsonObject> object(JsonObject o, String key) {
        return o.get(key) instanceof JsonObject v ? Optional.of(v) : Optional.empty();
    }

    private static double decimal(JsonObject o, String key) {
        return o.get(key) instanceof JsonNumber n ? n.doubleValue() : 0;
    }

    private static String text(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s ? s.getString() : "";
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String resource(String name) {
        try (InputStream in = ReportWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + name, e);
        }
    }

    /** A CSP source for an inline block: its SHA-256, base64. */
    private static String sha256(String text) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
