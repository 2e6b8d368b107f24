package org.augur.forecast;

import java.util.Objects;

/** A candidate a finder kept as a forecast, with the certainty it decided for it. */
public record Decision(Candidate candidate, Certainty certainty) {
    public Decision {
        Objects.requireNonNull(candidate);
        Objects.requireNonNull(certainty);
    }

    public int sentence() {
        return candidate.sentence();
    }

    /** The candidate's draft with the decided certainty. */
    public Forecast draft() {
        return candidate.draft().withCertainty(certainty);
    }
}
