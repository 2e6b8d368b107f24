package org.augur.forecast;

import java.util.Set;
import org.augur.cue.Cue;
import org.augur.nlp.Sentence;

/**
 * Habits and rules: "would normally succeed", "will typically take" tell how things usually go (a veto
 * family of {@link Vetoes}).
 */
final class Habits {
    /** Adverbs of habit: a modal they modify tells how things usually go. */
    private static final Set<String> HABITS = Set.of("usually", "normally", "typically", "generally", "often",
            "sometimes", "routinely", "traditionally", "customarily", "ordinarily");

    /**
     * A habit or a rule, which the guidelines say is no forecast: the trigger's clause says how things
     * usually go ("would normally succeed", "would sometimes kill", "will typically take").
     */
    static boolean habit(Cue c, Sentence s) {
        if (!s.token(c.from()).pos().equals("MD")) {
            return false;
        }
        if (c.to() < s.tokens().size() && HABITS.contains(s.token(c.to()).key())) {
            return true;
        }
        return s.parsed() && s.children(c.clauseHead(s)).stream()
                .anyMatch(d -> d.relation().equals("advmod") && HABITS.contains(s.token(d.dependent()).key()));
    }

    private Habits() {
    }
}
