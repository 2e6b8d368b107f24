package org.augur.forecast;

import java.util.Set;
import org.augur.cue.Cue;
import org.augur.nlp.Sentence;

/**
 * Roles and requirements: "the purpose of the UN is to maintain peace" says what something is for,
 * not what anyone intends (a veto family of {@link Vetoes}).
 */
final class Roles {
    /**
     * Nouns that, as the subject of "be to", say what something is for or what is required, not what
     * anyone intends: "the purpose of the United Nations is to maintain peace", "our duty is to…", "the
     * challenge is to…", "the only answer is to…". A goal, aim, objective, intention or plan "is to" is a
     * stated intention, which the guidelines count as a forecast.
     */
    private static final Set<String> DEFINING = Set.of("purpose", "duty", "mission", "mandate", "task", "role", "job",
            "challenge", "answer", "solution", "defence", "defense", "responsibility", "obligation", "need", "key",
            "way", "priority", "path", "lesson", "question", "problem", "point", "function", "requirement",
            "imperative", "test");

    /**
     * "be to" whose subject is a {@link #DEFINING} noun or one of {@link Judgements#Judgements.ADVICE} ("the mistake would be to
     * stop…"): from the parse, or the first noun before it.
     */
    static boolean defines(Cue c, Sentence s) {
        if (c.to() - c.from() != 2 || !s.token(c.from()).key().equals("be")
                || !s.token(c.from() + 1).key().equals("to")) {
            return false;
        }
        if (s.parsed()) {
            int verb = s.relation(c.from()).startsWith("aux") ? s.head(c.from()) : c.from();
            if (verb < 0) {
                return false;
            }
            return s.children(verb).stream().anyMatch(d -> d.relation().startsWith("nsubj")
                    && (DEFINING.contains(s.token(d.dependent()).key())
                            || Judgements.ADVICE.contains(s.token(d.dependent()).key())));
        }
        int start = c.from() - 1;
        while (start >= 0 && !s.token(start).pos().startsWith("VB") && !s.token(start).word().equals(",")) {
            start--;
        }
        for (int i = start + 1; i < c.from(); i++) {
            if (s.token(i).pos().startsWith("NN")) {
                return DEFINING.contains(s.token(i).key()) || Judgements.ADVICE.contains(s.token(i).key());
            }
        }
        return false;
    }

    private Roles() {
    }
}
