package org.augur.forecast;

import java.util.Set;
import org.augur.cue.Cue;
import org.augur.nlp.Dependency;
import org.augur.nlp.Sentence;
import org.augur.nlp.Token;

/**
 * Provisions: what a law, bill, treaty or ruling provides or permits ("the bill would allow…") is no
 * forecast (a veto family of {@link Vetoes}).
 */
final class Provisions {
    private static final Set<String> HEDGING_MODALS = Set.of("would", "could", "may", "might", "can");

    /** Texts that provide and permit: their modals describe the text, not the future. */
    private static final Set<String> LEGAL_TEXTS = Set.of("bill", "law", "act", "legislation", "proposal", "treaty",
            "ruling", "amendment", "measure", "decree", "constitution", "regulation", "ordinance", "provision",
            "statute", "directive", "judgment", "judgement");

    private static final Set<String> PROVIDING_VERBS = Set.of("allow", "permit", "let", "require", "limit", "ban",
            "prohibit", "bar", "except", "exempt", "fund", "give", "grant", "enable", "establish", "create", "provide",
            "impose", "restrict", "oblige", "force", "authorize", "authorise", "apply", "cover", "extend", "protect");

    private static final Set<String> UNDER = Set.of("under", "according");

    /**
     * What a law, bill, treaty or ruling provides or permits, which the guidelines say is no forecast:
     * a hedging modal ("would", "could", "may", "can") whose clause has such a text as its subject and a
     * verb of providing ("the bill would allow…", "the measure would except…"), or stands under one
     * ("Under this proposal, senators would be limited…"). What happens once it passes is a forecast: not
     * where the sentence has a condition ("if passed, the bill would limit…") or another verb ("the bill
     * would become enforceable").
     */
    static boolean provision(Cue c, Sentence s) {
        Token modal = s.token(c.from());
        if (!s.parsed() || !modal.pos().equals("MD") || !HEDGING_MODALS.contains(modal.key())) {
            return false;
        }
        int head = c.clauseHead(s);
        boolean underText = false;
        boolean textSubject = false;
        for (Dependency d : s.children(head)) {
            String word = s.token(d.dependent()).key();
            if (d.relation().equals("advcl") || d.relation().equals("mark") && word.equals("if")) {
                return false;
            }
            textSubject |= d.relation().startsWith("nsubj") && LEGAL_TEXTS.contains(word);
        }
        // "Under this proposal, …", "According to the constitution, …", also over a conjoined clause
        // ("Under current law, the president is limited to two terms but senators may serve…").
        int scope = s.relation(head).equals("conj") && s.head(head) >= 0 ? s.head(head) : head;
        for (int clause : new int[] {head, scope}) {
            for (Dependency d : s.children(clause)) {
                underText |= d.relation().startsWith("obl") && LEGAL_TEXTS.contains(s.token(d.dependent()).key())
                        && s.children(d.dependent()).stream().anyMatch(k -> k.relation().equals("case")
                        && UNDER.contains(s.token(k.dependent()).key()));
            }
        }
        return underText || textSubject && PROVIDING_VERBS.contains(s.token(head).key());
    }

    private Provisions() {
    }
}
