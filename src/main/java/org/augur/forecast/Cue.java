package org.augur.forecast;

/** A cue found in a sentence: its kind and the tokens [from, to) it spans. */
public record Cue(Cue.Kind kind, int from, int to, String phrase) {

    /** What a cue does; see cues.tsv. */
    public enum Kind {
        FUTURE, EXPECT, PROBABLE, UNLIKELY, POSSIBLE, CAN, WOULD, NEGATION, PSEUDO, ANCHOR, REPORT;

        /** Whether a cue of this kind can make a sentence a forecast. */
        public boolean triggers() {
            return switch (this) {
                case FUTURE, EXPECT, PROBABLE, UNLIKELY, POSSIBLE, CAN, WOULD -> true;
                default -> false;
            };
        }

        public Certainty certainty() {
            return switch (this) {
                case FUTURE, WOULD -> Certainty.CERTAIN;
                case POSSIBLE, CAN -> Certainty.POSSIBLE;
                default -> Certainty.PROBABLE;
            };
        }
    }

    public boolean covers(int token) {
        return token >= from && token < to;
    }
}
