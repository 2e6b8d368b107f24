package org.augur.forecast;

/** A cue found in a sentence: its kind and the tokens [from, to) it spans. */
public record Cue(Cue.Kind kind, int from, int to, String phrase) {

    /** What a cue does; see cues.tsv. */
    public enum Kind {
        FUTURE, EXPECT, PROBABLE, UNLIKELY, POSSIBLE, CAN, WOULD, HINT, NEGATION, PSEUDO, ANCHOR, REPORT;

        /** Whether a cue of this kind can make a sentence a forecast. */
        public boolean triggers() {
            return switch (this) {
                case FUTURE, EXPECT, PROBABLE, UNLIKELY, POSSIBLE, CAN, WOULD -> true;
                default -> false;
            };
        }

        /**
         * Whether a cue of this kind makes its sentence a candidate for the forecast model: the triggers,
         * and hints and anchors, which the rules alone never take as a forecast.
         */
        public boolean proposes() {
            return triggers() || this == HINT || this == ANCHOR;
        }

        public Certainty certainty() {
            return switch (this) {
                case FUTURE, WOULD, HINT, ANCHOR -> Certainty.CERTAIN;
                case POSSIBLE, CAN -> Certainty.POSSIBLE;
                default -> Certainty.PROBABLE;
            };
        }
    }

    public boolean covers(int token) {
        return token >= from && token < to;
    }
}
