package org.augur.nlp;

/** A typed dependency between two tokens of one sentence; {@code governor} is -1 for the root. */
public record Dependency(String relation, int governor, int dependent) {
    public Dependency {
        if (dependent < 0 || governor < -1) {
            throw new IllegalArgumentException("bad dependency " + relation + "(" + governor + "," + dependent + ")");
        }
    }
}
