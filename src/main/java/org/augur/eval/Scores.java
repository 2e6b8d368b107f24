package org.augur.eval;

/** The metrics of one evaluation. Accuracies are over matched forecasts. */
public record Scores(Prf forecasts, double certainty, double polarity, double predictor, int matched, Prf actors,
                     TextScores text) {

    public Scores(Prf forecasts, double certainty, double polarity, double predictor, int matched, Prf actors) {
        this(forecasts, certainty, polarity, predictor, matched, actors, TextScores.NONE);
    }

    /** Precision, recall and F1 with the counts behind them. */
    public record Prf(int truePositives, int predicted, int gold) {
        public double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The metrics as a small table, one metric a line. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(java.util.Locale.ROOT, "%-22s %8s%n", "metric", "value"));
        row(sb, "forecast precision", forecasts.precision(), forecasts.truePositives() + "/" + forecasts.predicted());
        row(sb, "forecast recall", forecasts.recall(), forecasts.truePositives() + "/" + forecasts.gold());
        row(sb, "forecast F1", forecasts.f1(), "");
        row(sb, "certainty accuracy", certainty, "of " + matched);
        row(sb, "polarity accuracy", polarity, "of " + matched);
        row(sb, "predictor accuracy", predictor, "of " + matched);
        row(sb, "actor precision", actors.precision(), actors.truePositives() + "/" + actors.predicted());
        row(sb, "actor recall", actors.recall(), actors.truePositives() + "/" + actors.gold());
        row(sb, "actor F1", actors.f1(), "");
        if (!text.equals(TextScores.NONE)) {
            text.rows(sb);
        }
        return sb.toString();
    }

    static void row(StringBuilder sb, String name, double value, String counts) {
        sb.append(String.format(java.util.Locale.ROOT, "%-22s %8.3f  %s%n", name, value, counts).stripTrailing()).append('\n');
    }
}
