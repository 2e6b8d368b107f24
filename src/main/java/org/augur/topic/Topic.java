package org.augur.topic;

import java.util.Locale;
import java.util.Objects;

/**
 * One topic of one article. {@code score} is the topic's occurrences per 1,000 tokens of the article,
 * so it compares across articles of any length within a run.
 */
public record Topic(String label, Source source, double score, int mentions, int firstSentence) {

    /** Where a topic comes from. */
    public enum Source {
        TAXONOMY, KEYPHRASE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Topic {
        Objects.requireNonNull(label);
        Objects.requireNonNull(source);
        if (mentions < 1 || firstSentence < 0) {
            throw new IllegalArgumentException("bad topic " + label);
        }
    }

    @Override
    public String toString() {
        return label + "(" + source.label() + ") x" + mentions + " s" + firstSentence;
    }
}
