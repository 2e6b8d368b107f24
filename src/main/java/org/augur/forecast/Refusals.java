package org.augur.forecast;

import java.util.Set;
import org.augur.cue.Cue;
import org.augur.cue.CueLexicon;
import org.augur.cue.Verbs;
import org.augur.nlp.Sentence;

/**
 * Refusals to comment: "said he would not comment", "it would be premature to speculate" are made
 * when the words were said (a veto family of {@link Vetoes}).
 */
final class Refusals {
    /** Verbs of commenting, which a refusal negates ("would not comment"). */
    private static final Set<String> COMMENT_VERBS = Set.of("comment", "speculate", "elaborate", "disclose", "confirm");

    /** Words that put off comment ("it would be premature to comment"). */
    private static final Set<String> TOO_SOON = Set.of("premature", "early", "inappropriate", "wrong");

    /**
     * "said he would not comment", "It would be premature to speculate", "I will not elaborate": a
     * refusal to comment, made when the words were said, is no forecast. The trigger's clause is a verb of
     * commenting under a negation, or a word like "premature" governing one.
     */
    static boolean refusal(Cue c, Sentence s) {
        if (!s.parsed() || !s.token(c.from()).pos().equals("MD")) {
            return false;
        }
        int head = c.clauseHead(s);
        if (COMMENT_VERBS.contains(s.token(head).key())) {
            return s.children(head).stream().anyMatch(d -> CueLexicon.NEGATIONS.contains(s.token(d.dependent()).key()));
        }
        return TOO_SOON.contains(s.token(head).key()) && s.children(head).stream()
                .anyMatch(d -> d.relation().startsWith("xcomp") && COMMENT_VERBS.contains(s.token(d.dependent()).key()));
    }

    private Refusals() {
    }
}
