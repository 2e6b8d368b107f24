package org.augur.forecast;

import java.util.List;
import org.augur.cue.Cue;
import org.augur.cue.Verbs;
import org.augur.nlp.Sentence;
import org.augur.nlp.Syntax;

/**
 * Which negation cues scope over a trigger, and so make the forecast negative.
 */
final class Negations {
    static List<Cue> negations(List<Cue> found, List<Cue> triggers, Sentence s) {
        return found.stream().filter(c -> c.kind() == Cue.Kind.NEGATION
                && triggers.stream().anyMatch(t -> inScope(c, t, s))).toList();
    }

    /**
     * Whether a negation scopes over a trigger. With a parse: the negation hangs on the trigger's clause
     * head, on one of that head's arguments ("no breakthrough is expected"), or on a word that governs
     * the clause ("not the time to expect"). Without one: within three words before the trigger or
     * between a modal and its verb, no comma or conjunction between.
     */
    private static boolean inScope(Cue negation, Cue trigger, Sentence s) {
        int n = negation.from();
        if (n > trigger.from() && n < trigger.to()) {
            return true;   // inside the phrase: "are not going to"
        }
        if (s.parsed() && !s.dependencies().isEmpty()) {
            // "no documents are expected to be signed": "are" is an auxiliary of "expected".
            int clause = Syntax.predicate(s, trigger.clauseHead(s));
            int g = s.head(n);
            if (g < 0) {
                return false;
            }
            if (Verbs.NEG_RAISING.contains(s.token(g).key()) && g != trigger.from() && Syntax.dominates(s, g, clause)) {
                return true;
            }
            if (g == clause || g >= trigger.from() && g < trigger.to() || s.head(g) == clause && !s.relation(g).startsWith("obl")
                    && !s.relation(g).equals("advcl") && !s.relation(g).startsWith("acl")) {
                return true;
            }
            // Climb from the clause to the words that govern it without starting a new assertion:
            // "not the time to expect" (acl), "don't think that … will" (ccomp), "not likely to" (xcomp).
            int up = clause;
            for (int steps = 0; steps < 3 && up >= 0; steps++) {
                String rel = s.relation(up);
                if (!(rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("acl") || rel.equals("csubj"))) {
                    return false;
                }
                up = s.head(up);
                if (up == g) {
                    return true;
                }
            }
            return false;
        }
        int from = Math.min(n, trigger.from());
        int to = Math.max(n, trigger.from());
        if (to - from > 3) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            String w = s.token(i).word();
            if (w.equals(",") || w.equals("but") || w.equals(";")) {
                return false;
            }
        }
        return true;
    }

    private Negations() {
    }
}
