package org.augur.forecast;

import org.augur.cue.Cue;
import org.augur.nlp.Dependency;
import org.augur.nlp.Sentence;
import org.augur.nlp.Token;

/**
 * Readings of the past: a probability adverb on a past verb ("rules that probably dated from the
 * 1990s") or an expectation in the perfect ("than anyone could have expected") judge what happened (a
 * veto family of {@link Vetoes}).
 */
final class PastReadings {
    /**
     * "rules that probably dated from the 1990s", "it was possibly the largest", "has perhaps reached": a
     * probability adverb on a verb of the past judges what happened, not what will. The verb is the
     * adverb's head in the parse (unparsed: the verb after it, or a "was"/"had" before it); a modal on it
     * ("would probably have") or "was going to" keeps the future.
     */
    static boolean aboutPast(Cue c, Sentence s) {
        if (!s.token(c.from()).pos().startsWith("RB")) {
            return false;
        }
        if (!s.parsed()) {
            int next = c.to();
            if (next < s.tokens().size() && s.token(next).pos().equals("VBD")) {
                return true;
            }
            Token before = c.from() > 0 ? s.token(c.from() - 1) : null;
            return before != null && before.pos().equals("VBD") && (before.key().equals("be") || before.key().equals("have"))
                    && !(next < s.tokens().size() && s.token(next).key().equals("go"));
        }
        int h = s.head(c.from());
        if (h < 0 || s.token(h).key().equals("go") && s.token(h).pos().equals("VBG")) {
            return false;
        }
        // A participle with a subject and no auxiliary is a past tense the tagger misread ("rules that probably dated").
        boolean past = s.token(h).pos().equals("VBD") || s.token(h).pos().equals("VBN")
                && s.children(h).stream().anyMatch(d -> d.relation().equals("nsubj"))
                && s.children(h).stream().noneMatch(d -> d.relation().startsWith("aux"));
        for (Dependency d : s.children(h)) {
            Token t = s.token(d.dependent());
            if (d.relation().startsWith("aux") && t.pos().equals("MD")) {
                return false;
            }
            if ((d.relation().startsWith("aux") || d.relation().equals("cop"))
                    && (t.pos().equals("VBD") || t.key().equals("have"))) {
                past = true;
            }
        }
        return past;
    }

    /** "than anyone could have ever expected": an expectation in the past, not about the future. */
    static boolean perfectWithModal(Cue c, Sentence s) {
        boolean have = false;
        boolean modal = false;
        for (Dependency d : s.children(c.from())) {
            if (d.relation().equals("aux")) {
                have |= s.token(d.dependent()).key().equals("have");
                modal |= s.token(d.dependent()).pos().equals("MD");
            }
        }
        return have && modal;
    }

    private PastReadings() {
    }
}
