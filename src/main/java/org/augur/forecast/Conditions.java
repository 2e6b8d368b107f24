package org.augur.forecast;

import org.augur.cue.Cue;
import org.augur.nlp.Dependency;
import org.augur.nlp.Sentence;
import org.augur.nlp.Token;

/**
 * Conditions, questions and counterfactuals: a trigger in an "if", "unless" or "whether" clause, or
 * under an inverted "had", predicts nothing of its own (a veto family of {@link Vetoes}).
 */
final class Conditions {
    /**
     * Whether the trigger's clause is introduced by "if" or "unless" (a condition), or by "whether" (an
     * open question: "declined to say whether it would ballot members"; not a fear "concerned about
     * whether…").
     */
    static boolean inConditionClause(Cue c, Sentence s) {
        if (asks(c, s)) {
            return true;
        }
        if (!s.parsed()) {
            return false;
        }
        int head = c.clauseHead(s);
        if (s.relation(head).startsWith("aux") && s.head(head) >= 0) {
            head = s.head(head);   // "if we are to have…": "are" is the auxiliary of "have", which "if" marks
        }
        return s.children(head).stream().anyMatch(d -> d.relation().equals("mark")
                && (s.token(d.dependent()).key().equals("if") || s.token(d.dependent()).key().equals("unless")));
    }

    /**
     * Whether the trigger stands in an open question: a "whether" clause that no fear governs ("many are
     * concerned about whether progress will continue" is a fear).
     */
    static boolean asks(Cue c, Sentence s) {
        if (whetherBefore(c, s)) {
            return true;
        }
        if (!s.parsed()) {
            return false;
        }
        int head = c.clauseHead(s);
        return s.children(head).stream().anyMatch(d -> d.relation().equals("mark")
                && s.token(d.dependent()).key().equals("whether"))
                && !(s.head(head) >= 0 && Certainties.HOPES.contains(s.token(s.head(head)).key()));
    }

    /**
     * "whether" opening the trigger's clause, read from the words where the parse may miss it ("whether
     * it would ballot members", with "ballot" tagged a noun): only the clause's subject between, and no
     * word of fear before it.
     */
    private static boolean whetherBefore(Cue c, Sentence s) {
        for (int i = c.from() - 1; i >= 0 && i >= c.from() - 5; i--) {
            Token t = s.token(i);
            if (t.key().equals("whether")) {
                int before = i - 1;
                while (before >= 0 && s.token(before).pos().equals("IN")) {
                    before--;   // "concerned about whether"
                }
                return before < 0 || !Certainties.HOPES.contains(s.token(before).key());
            }
            if (!t.pos().matches("PRP|NNP?S?|DT|JJ|CD|POS|PRP\\$")) {
                return false;
            }
        }
        return false;
    }

    /**
     * A condition told by inversion with "had" ("Had Congress approved the reform in 2024, the deficit
     * would now be smaller"): a counterfactual about the past, which the guidelines exclude. Read from the
     * parse (the clause's adverbial clause with "had" before its subject), or from the words: the sentence
     * opens with "Had" and the trigger comes after a comma.
     */
    static boolean pastCondition(Cue c, Sentence s) {
        if (s.parsed()) {
            for (Dependency d : s.children(c.clauseHead(s))) {
                if (!d.relation().equals("advcl")) {
                    continue;
                }
                int had = -1;
                int subject = -1;
                for (Dependency k : s.children(d.dependent())) {
                    if (k.relation().startsWith("aux") && s.token(k.dependent()).word().equalsIgnoreCase("had")) {
                        had = k.dependent();
                    } else if (k.relation().startsWith("nsubj")) {
                        subject = k.dependent();
                    }
                }
                if (had >= 0 && subject > had) {
                    return true;
                }
            }
        }
        int start = 0;
        while (start < s.tokens().size() && !Character.isLetterOrDigit(s.token(start).word().charAt(0))) {
            start++;
        }
        if (start >= c.from() || !s.token(start).word().equals("Had")) {
            return false;
        }
        for (int i = start + 1; i < c.from(); i++) {
            if (s.token(i).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    private Conditions() {
    }
}
