package org.augur.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.augur.corpus.MetadataFile;

/**
 * Scores a run's forecasts.csv and actors.csv against a gold folder.
 * <ul>
 *   <li>A predicted forecast matches the gold sentence of its doc_id it overlaps most, if the overlap
 *       covers at least half of that sentence; P/R/F1 count gold sentences with is_forecast=1.</li>
 *   <li>Predictor: case-insensitive equality or whole-word containment either way; gold {@code AUTHOR}
 *       matches an empty predictor or the metadata author.</li>
 *   <li>Actors: a predicted actor matches a gold actor of its doc_id when its name, or failing that one of
 *       its aliases, equals a gold alias or canonical name after folding case, dashes, apostrophes and
 *       spaces; each gold actor is matched at most once.</li>
 * </ul>
 */
public final class Evaluator {

    /** One sentence of a gold folder's forecasts.csv. */
    public record GoldSentence(String doc, int begin, int end, boolean forecast, String certainty, String polarity,
                               String predictor) {
    }

    /** One row of a run's forecasts.csv, as far as scoring reads it. */
    public record Predicted(String doc, int begin, int end, String certainty, String polarity, String predictor) {
    }

    /** Forecast P/R/F1 and the accuracies over matched forecasts. */
    public record ForecastScores(Scores.Prf forecasts, double certainty, double polarity, double predictor,
                                 int matched) {
    }

    public Scores evaluate(Path goldDir, Path runDir) throws IOException {
        List<Predicted> predicted = new ArrayList<>();
        for (CSVRecord r : read(runDir.resolve("forecasts.csv"))) {
            predicted.add(new Predicted(r.get("doc_id"), Integer.parseInt(r.get("begin")), Integer.parseInt(r.get("end")),
                    r.get("certainty"), r.get("polarity"), r.get("predictor")));
        }
        TextScores.Builder text = new TextScores.Builder(goldDir, runDir);
        ForecastScores f = scoreForecasts(gold(goldDir), predicted, authors(goldDir),
                (p, g) -> text.match(p.doc(), g.begin(), g.end(), p.begin(), p.end()));
        return new Scores(f.forecasts(), f.certainty(), f.polarity(), f.predictor(), f.matched(),
                actors(goldDir.resolve("gold/actors.csv"), runDir.resolve("actors.csv")), text.build());
    }

    /** The metadata author of each article of a gold folder's corpus, by doc_id. */
    public static Map<String, String> authors(Path goldDir) throws IOException {
        Map<String, String> authors = new HashMap<>();
        Path corpus = goldDir.resolve("corpus");
        if (Files.isDirectory(corpus)) {
            MetadataFile.read(corpus).forEach((file, m) -> m.author().ifPresent(a -> authors.put(file, a)));
        }
        return authors;
    }

    /** Every sentence of a gold folder's gold/forecasts.csv, in file order. */
    public static List<GoldSentence> gold(Path goldDir) throws IOException {
        List<GoldSentence> gold = new ArrayList<>();
        for (CSVRecord r : read(goldDir.resolve("gold/forecasts.csv"))) {
            gold.add(new GoldSentence(r.get("doc_id"), Integer.parseInt(r.get("begin")), Integer.parseInt(r.get("end")),
                    r.get("is_forecast").equals("1"), r.get("certainty"), r.get("polarity"), r.get("predictor")));
        }
        return gold;
    }

    /**
     * The gold sentence a span of {@code doc} matches: the one it overlaps most, if the overlap covers at
     * least half of it; null when none does.
     */
    public static GoldSentence match(Map<String, List<GoldSentence>> goldByDoc, String doc, int begin, int end) {
        GoldSentence best = null;
        int bestOverlap = 0;
        for (GoldSentence g : goldByDoc.getOrDefault(doc, List.of())) {
            int overlap = Math.min(g.end(), end) - Math.max(g.begin(), begin);
            if (overlap > bestOverlap) {
                best = g;
                bestOverlap = overlap;
            }
        }
        return best == null || 2 * bestOverlap < best.end() - best.begin() ? null : best;
    }

    /** Scores predicted forecasts against gold sentences (of the same articles). */
    public static ForecastScores scoreForecasts(List<GoldSentence> gold, List<Predicted> predicted,
                                                Map<String, String> authors) {
        return scoreForecasts(gold, predicted, authors, (p, g) -> { });
    }

    /** The same, telling {@code matched} each predicted forecast that matches a gold forecast, and which. */
    static ForecastScores scoreForecasts(List<GoldSentence> gold, List<Predicted> predicted, Map<String, String> authors,
                                         java.util.function.BiConsumer<Predicted, GoldSentence> matched) {
        Map<String, List<GoldSentence>> byDoc = new HashMap<>();
        gold.forEach(g -> byDoc.computeIfAbsent(g.doc(), k -> new ArrayList<>()).add(g));
        Set<GoldSentence> matchedGold = new HashSet<>();
        int certainty = 0;
        int polarity = 0;
        int predictor = 0;
        int tp = 0;
        for (Predicted p : predicted) {
            GoldSentence best = match(byDoc, p.doc(), p.begin(), p.end());
            if (best == null || !best.forecast() || !matchedGold.add(best)) {
                continue;
            }
            tp++;
            matched.accept(p, best);
            certainty += best.certainty().equals(p.certainty()) ? 1 : 0;
            polarity += best.polarity().equals(p.polarity()) ? 1 : 0;
            predictor += predictorMatches(best.predictor(), p.predictor(), authors.get(p.doc())) ? 1 : 0;
        }
        int goldForecasts = (int) gold.stream().filter(GoldSentence::forecast).count();
        return new ForecastScores(new Scores.Prf(tp, predicted.size(), goldForecasts), ratio(certainty, tp),
                ratio(polarity, tp), ratio(predictor, tp), tp);
    }

    private static double ratio(int n, int d) {
        return d == 0 ? 0 : (double) n / d;
    }

    static boolean predictorMatches(String gold, String predicted, String author) {
        String g = gold.strip().toLowerCase(Locale.ROOT);
        String p = predicted.strip().toLowerCase(Locale.ROOT);
        if (g.equals("author")) {
            return p.isEmpty() || author != null && p.equals(author.strip().toLowerCase(Locale.ROOT));
        }
        if (p.isEmpty()) {
            return false;
        }
        return g.equals(p) || containsWords(g, p) || containsWords(p, g);
    }

    private static boolean containsWords(String outer, String inner) {
        return (" " + outer + " ").contains(" " + inner + " ");
    }

    private Scores.Prf actors(Path goldFile, Path runFile) throws IOException {
        Map<String, List<Set<String>>> gold = new HashMap<>();
        int goldCount = 0;
        for (CSVRecord r : read(goldFile)) {
            Set<String> names = new HashSet<>();
            names.add(fold(r.get("actor")));
            for (String a : r.get("aliases").split("\\|")) {
                if (!a.isBlank()) {
                    names.add(fold(a));
                }
            }
            gold.computeIfAbsent(r.get("doc_id"), k -> new ArrayList<>()).add(names);
            goldCount++;
        }
        int predicted = 0;
        int tp = 0;
        Map<String, Set<Integer>> used = new HashMap<>();
        List<CSVRecord> rows = read(runFile);
        // Names first, then aliases, so that an actor matched by name is not taken by another's alias.
        List<CSVRecord> unmatched = new ArrayList<>();
        for (CSVRecord r : rows) {
            predicted++;
            if (!claim(gold, used, r.get("doc_id"), List.of(r.get("actor")))) {
                unmatched.add(r);
            } else {
                tp++;
            }
        }
        for (CSVRecord r : unmatched) {
            if (claim(gold, used, r.get("doc_id"), List.of(r.get("aliases").split("\\|")))) {
                tp++;
            }
        }
        return new Scores.Prf(tp, predicted, goldCount);
    }

    private static boolean claim(Map<String, List<Set<String>>> gold, Map<String, Set<Integer>> used, String doc,
                                 List<String> names) {
        List<Set<String>> actors = gold.getOrDefault(doc, List.of());
        Set<Integer> taken = used.computeIfAbsent(doc, k -> new HashSet<>());
        for (int i = 0; i < actors.size(); i++) {
            if (taken.contains(i)) {
                continue;
            }
            for (String n : names) {
                if (actors.get(i).contains(fold(n))) {
                    taken.add(i);
                    return true;
                }
            }
        }
        return false;
    }

    /** Case, dashes, apostrophes and spaces folded: "Kim Jong-un" = "kim jong un", "U.S." stays "u.s.". */
    static String fold(String s) {
        String f = s.strip().toLowerCase(Locale.ROOT)
                .replaceAll("[\\-‐‑‒–—]", " ")
                .replaceAll("['’‘`]", "'")
                .replaceAll("\\s+", " ");
        return f.strip();
    }

    static List<CSVRecord> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("missing " + file);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        // A run written with --bom starts with a byte-order mark.
        try (java.io.Reader r = org.augur.corpus.Bom.skip(Files.newBufferedReader(file, StandardCharsets.UTF_8));
             CSVParser p = CSVParser.parse(r, format)) {
            return p.getRecords();
        }
    }
}
