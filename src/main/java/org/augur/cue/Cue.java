package org.augur.cue;

import org.augur.nlp.Sentence;
import org.augur.nlp.Syntax;

/** A cue found in a sentence: its kind and the tokens [from, to) it spans. */
public record Cue(Cue.Kind kind, int from, int to, String phrase) {

    /** What a cue does; see cues.tsv. */
    public enum Kind {
        FUTURE, EXPECT, PROBABLE, UNLIKELY, POSSIBLE, CAN, WOULD, HINT, NEGATION, PSEUDO, ANCHOR, REPORT;

        /** Whether a cue of this kind can make a sentence a forecast. */
        public boolean triggers() {
            return switch (this) {
                case FUTURE, EXPECT, PROBABLE, UNLIKELY, POSSIBLE, CAN, WOULD -> true;
                default -> false;
            };
        }

        /**
         * Whether a cue of this kind makes its sentence a candidate for the forecast model: the triggers,
         * and hints and anchors, which the rules alone never take as a forecast.
         */
        public boolean proposes() {
            return triggers() || this == HINT || this == ANCHOR;
        }
    }

    public boolean covers(int token) {
        return token >= from && token < to;
    }

    /**
     * Whether this cue is a reporting verb as the sentence uses it: "said", not the noun "report".
     * "Continue" reports unless it governs an action: "to" and a verb, a gerund or an object ("Ireland
     * will continue to support refugees", "continue that assistance"); "he continued, …", "he continued
     * in the speech" report.
     */
    public boolean reports(Sentence s) {
        if (kind != Kind.REPORT || !s.token(from).pos().startsWith("VB")) {
            return false;
        }
        if (REPORT_WITH_CLAUSE.contains(s.token(from).key())) {
            return reportsClause(s);
        }
        if (!s.token(from).key().equals("continue") || from + 1 >= s.tokens().size()) {
            return true;
        }
        org.augur.nlp.Token after = s.token(from + 1);
        boolean infinitive = after.word().equals("to") && from + 2 < s.tokens().size()
                && s.token(from + 2).pos().equals("VB");
        return !infinitive && !after.pos().matches("VBG|DT|PRP\\$|NN.*|JJ.*|CD|RB");
    }

    /**
     * Reporting verbs that as often take a thing as what is said: "the UN affirmed its sovereignty", "Chad
     * reiterates its support", "assure their safety", "observe the ceasefire". They report only a clause
     * ("Pelosi mentioned the House will appoint…") or a quotation.
     */
    private static final java.util.Set<String> REPORT_WITH_CLAUSE = java.util.Set.of("mention", "assert",
            "reiterate", "affirm", "admit", "concede", "contend", "allege", "assure", "disclose", "underline",
            "underscore", "testify", "observe");

    /**
     * Whether the verb says a clause or a quotation: "that", a quotation mark or a colon after it, or a
     * finite verb or modal before the next punctuation mark ("mentioned the House will appoint…"; not
     * "affirming its sovereignty and its territorial integrity"). Read from the words, not the parse, so
     * that a sentence reads the same before and after it is parsed.
     */
    private boolean reportsClause(Sentence s) {
        if (from + 1 >= s.tokens().size()) {
            return true;   // '"…," the minister asserted.'
        }
        String next = s.token(from + 1).word();
        if (next.equalsIgnoreCase("that") || next.matches("[:,\"“”]|``|''")) {
            return true;
        }
        for (int i = from + 1; i < Math.min(s.tokens().size(), from + 9); i++) {
            String pos = s.token(i).pos();
            if (pos.matches("MD|VBD|VBZ|VBP")) {
                return true;
            }
            if (!Character.isLetterOrDigit(s.token(i).word().charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** The head of the clause this cue speaks about: the modal's verb, else its own first word. */
    public int clauseHead(Sentence s) {
        return Syntax.clauseHead(s, from);
    }
}
