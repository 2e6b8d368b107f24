package org.augur.forecast;

import java.util.Optional;
import java.util.Set;
import org.augur.cue.Cue;
import org.augur.nlp.Sentence;
import org.augur.nlp.Token;

/**
 * Judgements: advice ("it would be a mistake to…") and hedged judgements of the present ("could be
 * considered bribery"), not forecasts (a veto family of {@link Vetoes}).
 */
final class Judgements {
    /** Words that judge an action as advice ("it would be a mistake / wise / naive to…"). */
    static final Set<String> ADVICE = Set.of("mistake", "error", "wrong", "right", "wise", "unwise", "naive",
            "foolish", "folly", "prudent", "sensible", "advisable", "better", "best", "fair", "unfair", "irresponsible",
            "reasonable", "unreasonable", "useful", "helpful", "good", "bad", "shame", "pity", "desirable",
            "preferable", "appropriate");

    /**
     * "It would be a mistake to dismiss the summit", "it would be wise to wait": "it" standing for an
     * action judged by the speaker is advice, which the guidelines do not count ("It would be difficult
     * for the parties to agree" judges a future outcome and stays). From the parse, or from the words
     * "it would be (a) WORD to"; and such a word as the subject ("the mistake would be to stop…").
     */
    static boolean advice(Cue c, Sentence s) {
        int i = c.from();
        if (s.parsed() && s.head(i) >= 0 && s.token(s.head(i)).pos().equals("VB") && s.children(s.head(i)).stream()
                .anyMatch(d -> d.relation().equals("nsubj") && ADVICE.contains(s.token(d.dependent()).key()))) {
            return true;   // "the mistake would be to stop administering them"
        }
        if (i == 0 || !s.token(i - 1).key().equals("it")) {
            return false;
        }
        if (s.parsed()) {
            int head = s.head(i);
            return head >= 0 && ADVICE.contains(s.token(head).key())
                    && s.children(head).stream().anyMatch(d -> d.relation().matches("xcomp|acl|csubj|advcl")
                            && s.children(d.dependent()).stream().anyMatch(m -> m.relation().equals("mark")
                                    && s.token(m.dependent()).key().equals("to")));
        }
        int j = i + 1;
        if (j >= s.tokens().size() || !s.token(j).key().equals("be")) {
            return false;
        }
        j++;
        if (j < s.tokens().size() && s.token(j).pos().equals("DT")) {
            j++;
        }
        return j + 1 < s.tokens().size() && ADVICE.contains(s.token(j).key()) && s.token(j + 1).word().equals("to");
    }

    private static final Set<String> JUDGEMENT_VERBS = Set.of("consider", "see", "regard", "view", "deem", "describe",
            "characterize", "characterise", "call", "interpret", "construe");

    /**
     * "Such payments could be considered bribery", "may be seen as": a hedged judgement about the present,
     * not a forecast.
     */
    static boolean judgement(Cue c, Sentence s) {
        Optional<Token> verb = Triggers.eventVerb(c, s);
        return verb.isPresent() && verb.get().pos().equals("VBN") && JUDGEMENT_VERBS.contains(verb.get().key());
    }

    private Judgements() {
    }
}
