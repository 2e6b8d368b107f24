package org.augur.actor;

import java.util.List;
import java.util.Objects;

/**
 * One actor of one article: canonical name, type, the title the text gives next to the name (or ""),
 * how often it is mentioned (aliases included), the first sentence naming it, and the surface forms seen.
 */
public record Actor(String name, ActorType type, String title, int mentions, int firstSentence,
                    List<String> aliases) {
    public Actor {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        Objects.requireNonNull(title);
        aliases = List.copyOf(aliases);
        if (name.isBlank() || mentions < 1 || firstSentence < 0) {
            throw new IllegalArgumentException("bad actor " + name);
        }
    }

    /** A readable one-line form for tests and logs: {@code John Bolton(PERSON) x3 s1 [John Bolton|Bolton]}. */
    @Override
    public String toString() {
        return name + "(" + type + ")" + (title.isEmpty() ? "" : " '" + title + "'") + " x" + mentions
                + " s" + firstSentence + " [" + String.join("|", aliases) + "]";
    }
}
