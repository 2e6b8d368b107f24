package org.augur.forecast;

import java.util.List;
import java.util.Objects;

/**
 * One forecast sentence of one article. {@code begin}/{@code end} are the sentence's char offsets;
 * {@code predictor} is "" when unknown; {@code horizon} is a TIMEX value (e.g. {@code 2018-07-16}) and
 * {@code horizonText} the words it came from, both "" when the sentence gives no time.
 */
public record Forecast(int sentence, int begin, int end, String text, String gist, Certainty certainty,
                       Polarity polarity, List<String> cues, String predictor, List<String> actors,
                       List<String> topics, String horizon, String horizonText) {
    public Forecast {
        Objects.requireNonNull(text);
        Objects.requireNonNull(gist);
        Objects.requireNonNull(certainty);
        Objects.requireNonNull(polarity);
        Objects.requireNonNull(predictor);
        Objects.requireNonNull(horizon);
        Objects.requireNonNull(horizonText);
        cues = List.copyOf(cues);
        actors = List.copyOf(actors);
        topics = List.copyOf(topics);
    }

    /** The same forecast with another certainty. */
    public Forecast withCertainty(Certainty c) {
        return new Forecast(sentence, begin, end, text, gist, c, polarity, cues, predictor, actors, topics, horizon,
                horizonText);
    }

    /** The same forecast with a horizon: a TIMEX value and the words it came from. */
    public Forecast withHorizon(String value, String words) {
        return new Forecast(sentence, begin, end, text, gist, certainty, polarity, cues, predictor, actors, topics,
                value, words);
    }

    /** A readable one-line form for tests: {@code s6 probable negative [expect|not] by Ivan Timofeev: no ... }. */
    @Override
    public String toString() {
        return "s" + sentence + " " + certainty.label() + " " + polarity.label() + " [" + String.join("|", cues) + "]"
                + (predictor.isEmpty() ? "" : " by " + predictor) + ": " + gist
                + (horizon.isEmpty() ? "" : " @" + horizon);
    }
}
