package org.augur.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.augur.event.GistRules;

/**
 * How well the text cells of matched forecasts read (issue 17):
 * <ul>
 *   <li>horizon precision and recall: a predicted {@code horizon_text} is right when the gold's is not
 *       empty and the two share a content word (a word of no class in gist-words.tsv: "week", "2030");
 *       precision is over the matched forecasts with a predicted horizon, recall over those with a gold
 *       one;</li>
 *   <li>gist token-F1: bag-of-words F1 of the predicted gist against the gold gist, lower-cased, the mean
 *       over matched forecasts whose gold gist is not empty;</li>
 *   <li>broken gists: gists of the whole run (matched or not) that break {@link GistRules}.</li>
 * </ul>
 * The gold's {@code horizon_text} and {@code gist} columns are read by name; a gold folder without them
 * scores nothing there.
 */
public record TextScores(Scores.Prf horizons, double gistF1, int gists, int broken, int allGists) {
    public static final TextScores NONE = new TextScores(new Scores.Prf(0, 0, 0), 0, 0, 0, 0);

    /** The rows of a table below the forecast metrics, in {@link Scores#table()}'s format. */
    void rows(StringBuilder sb) {
        Scores.row(sb, "horizon precision", horizons.precision(), horizons.truePositives() + "/" + horizons.predicted());
        Scores.row(sb, "horizon recall", horizons.recall(), horizons.truePositives() + "/" + horizons.gold());
        Scores.row(sb, "gist token F1", gistF1, "of " + gists);
        sb.append(String.format(Locale.ROOT, "%-22s %8d  of %d%n", "broken gists", broken, allGists));
    }

    /**
     * Collects the matched pairs of one evaluation. Rows are found by doc_id and span, so the evaluator
     * only says which gold sentence each predicted forecast matched.
     */
    static final class Builder {
        private final Map<String, CSVRecord> gold = new HashMap<>();
        private final Map<String, CSVRecord> predicted = new HashMap<>();
        private final GistRules rules = GistRules.standard();
        private int horizonRight;
        private int horizonPredicted;
        private int horizonGold;
        private double f1Sum;
        private int gists;

        Builder(Path goldDir, Path runDir) throws IOException {
            Evaluator.read(goldDir.resolve("gold/forecasts.csv")).forEach(r -> gold.put(key(r.get("doc_id"), r.get("begin"), r.get("end")), r));
            Evaluator.read(runDir.resolve("forecasts.csv")).forEach(r -> predicted.put(key(r.get("doc_id"), r.get("begin"), r.get("end")), r));
        }

        private static String key(String doc, Object begin, Object end) {
            return doc + "\u0000" + begin + "\u0000" + end;
        }

        /** A predicted forecast (its doc_id and span) that matched a true gold forecast (its span). */
        void match(String doc, int goldBegin, int goldEnd, int begin, int end) {
            CSVRecord g = gold.get(key(doc, goldBegin, goldEnd));
            CSVRecord p = predicted.get(key(doc, begin, end));
            if (g == null || p == null) {
                return;
            }
            String goldHorizon = cell(g, "horizon_text");
            String horizon = cell(p, "horizon_text");
            horizonGold += goldHorizon.isBlank() ? 0 : 1;
            horizonPredicted += horizon.isBlank() ? 0 : 1;
            horizonRight += !horizon.isBlank() && !goldHorizon.isBlank() && shareContent(horizon, goldHorizon) ? 1 : 0;
            String goldGist = cell(g, "gist");
            if (!goldGist.isBlank()) {
                f1Sum += tokenF1(cell(p, "gist"), goldGist);
                gists++;
            }
        }

        TextScores build() {
            int broken = 0;
            for (CSVRecord p : predicted.values()) {
                broken += rules.broken(cell(p, "gist")).isPresent() ? 1 : 0;
            }
            return new TextScores(new Scores.Prf(horizonRight, horizonPredicted, horizonGold),
                    gists == 0 ? 0 : f1Sum / gists, gists, broken, predicted.size());
        }

        private static String cell(CSVRecord r, String column) {
            return r.isMapped(column) ? r.get(column) : "";
        }

        private boolean shareContent(String a, String b) {
            Set<String> left = new HashSet<>(tokens(a));
            for (String w : tokens(b)) {
                if (left.contains(w) && rules.isContent(w)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Bag-of-words F1 of two texts, lower-cased, split at anything but letters, digits and apostrophes. */
    static double tokenF1(String predicted, String gold) {
        List<String> p = tokens(predicted);
        List<String> g = tokens(gold);
        if (p.isEmpty() || g.isEmpty()) {
            return 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        g.forEach(w -> counts.merge(w, 1, Integer::sum));
        int common = 0;
        for (String w : p) {
            Integer c = counts.get(w);
            if (c != null && c > 0) {
                common++;
                counts.put(w, c - 1);
            }
        }
        if (common == 0) {
            return 0;
        }
        double precision = (double) common / p.size();
        double recall = (double) common / g.size();
        return 2 * precision * recall / (precision + recall);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
            String t = w.replaceAll("^'+|'+$", "");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
