package org.augur.forecast;

import java.util.List;
import java.util.Set;
import org.augur.nlp.Sentence;
import org.augur.nlp.Token;

/**
 * Polite wishes: "I would like to express…" is the polite present of "want", not a forecast (a veto
 * family of {@link Vetoes}).
 */
final class Wishes {
    private static final Set<String> WISHING = Set.of("like", "love", "prefer", "wish");

    /**
     * "I would like to emphasize…", "he would prefer to agree a solution": "would" before a verb of wishing
     * and "to" is the polite present of "want", not a forecast; in speeches it is mostly a speech act
     * performed by saying it ("would like to express", "to conclude"). A forecast the wish embeds has its
     * own trigger ("would like to announce that the forum will convene"). A wish to see something happen
     * ("would like to see the talks resume") is a hope, which the guidelines count as a forecast.
     */
    static boolean politeWish(int next, Sentence s) {
        List<Token> t = s.tokens();
        return next + 2 < t.size() && WISHING.contains(t.get(next).key()) && t.get(next + 1).word().equals("to")
                && t.get(next + 2).pos().equals("VB") && !t.get(next + 2).key().equals("see");
    }

    private Wishes() {
    }
}
