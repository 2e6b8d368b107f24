package org.augur.forecast;

import java.util.List;
import java.util.Objects;

/**
 * A sentence that may be a forecast: the forecast the rules draft for it (certainty, polarity, cues,
 * predictor, gist), whether the rules alone would keep it, and the features a trained model decides on.
 */
public record Candidate(Forecast draft, boolean ruleSays, List<String> features) {
    public Candidate {
        Objects.requireNonNull(draft);
        features = List.copyOf(features);
    }
}
