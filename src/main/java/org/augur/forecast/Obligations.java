package org.augur.forecast;

import java.util.Set;
import org.augur.cue.Cue;
import org.augur.cue.CueLexicon;
import org.augur.nlp.Sentence;
import org.augur.nlp.Syntax;

/**
 * Obligations: "we must remain committed to…" says what someone ought to do, which the guidelines
 * do not count as a forecast (a veto family of {@link Vetoes}).
 */
final class Obligations {
    private static final Set<String> OBLIGING = Set.of("must", "should", "ought");

    /**
     * "we must be ready to stand up for it", "we should remain committed to…": a state the speaker says
     * someone ought to be in ("be", "remain", "stay", "stand" heading the cue) is an obligation, which the
     * guidelines do not count as a forecast.
     */
    static boolean obliged(Cue c, Sentence s) {
        if (!CueLexicon.COPULAS.contains(s.token(c.from()).key())) {
            return false;
        }
        int i = c.from() - 1;
        while (i >= 0 && s.token(i).pos().equals("RB")) {
            i--;
        }
        if (i >= 0 && s.token(i).pos().equals("MD") && OBLIGING.contains(s.token(i).key())) {
            return true;
        }
        if (!s.parsed()) {
            return false;
        }
        // "the UN must set a deadline and be prepared to walk away": the obligation of the first conjunct.
        int predicate = Syntax.predicate(s, c.from());
        if (!s.relation(predicate).equals("conj") || s.head(predicate) < 0) {
            return false;
        }
        int conjunct = s.head(predicate);
        return s.children(conjunct).stream().anyMatch(d -> d.relation().startsWith("aux")
                && OBLIGING.contains(s.token(d.dependent()).key()));
    }

    private Obligations() {
    }
}
