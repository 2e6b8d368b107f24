package org.augur.forecast;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A sentence that may be a forecast: the forecast the rules draft for it (certainty, polarity, cues,
 * predictor, gist), whether the rules alone would keep it, and the features a trained model decides on.
 * The draft is made when first asked for (once), so candidates a model turns down cost no gist.
 */
public final class Candidate {
    private final Forecast outline;
    private final Supplier<Forecast> drafter;
    private final boolean ruleSays;
    private final List<String> features;
    private Forecast draft;

    public Candidate(Forecast draft, boolean ruleSays, List<String> features) {
        this(draft, () -> draft, ruleSays, features);
    }

    /** {@code outline}: the draft without gist, actors and topics; {@code drafter} makes the whole one. */
    Candidate(Forecast outline, Supplier<Forecast> drafter, boolean ruleSays, List<String> features) {
        this.outline = Objects.requireNonNull(outline);
        this.drafter = Objects.requireNonNull(drafter);
        this.ruleSays = ruleSays;
        this.features = List.copyOf(features);
    }

    /**
     * The draft without its gist, actors and topics (empty there): where the sentence is, its text, and
     * the certainty, polarity, cues and predictor the rules give it.
     */
    public Forecast outline() {
        return outline;
    }

    /** The sentence's index in its article. */
    public int sentence() {
        return outline.sentence();
    }

    /** The forecast the rules draft for this sentence. */
    public synchronized Forecast draft() {
        if (draft == null) {
            draft = drafter.get();
        }
        return draft;
    }

    /** Whether the cue rules alone would take this sentence as a forecast. */
    public boolean ruleSays() {
        return ruleSays;
    }

    public List<String> features() {
        return features;
    }

    /** The same candidate with more features (the sentence encoder's); its draft is shared, made once. */
    public Candidate withFeatures(List<String> more) {
        List<String> all = new java.util.ArrayList<>(features);
        all.addAll(more);
        return new Candidate(outline, this::draft, ruleSays, all);
    }

    @Override
    public String toString() {
        return "Candidate[" + draft() + ", rules " + ruleSays + ", " + features.size() + " features]";
    }
}
