package org.augur.nlp;

/** Questions on a sentence's dependency parse that every stage after annotation asks the same way. */
public final class Syntax {
    private Syntax() {
    }

    /** Whether {@code ancestor} governs {@code token}, directly or through any chain of heads. */
    public static boolean dominates(Sentence s, int ancestor, int token) {
        for (int up = s.head(token), steps = 0; up >= 0 && steps < s.tokens().size(); up = s.head(up), steps++) {
            if (up == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * The head of the clause a word speaks about: a modal's verb (the modal itself when the parse gives
     * it none), else the word itself.
     */
    public static int clauseHead(Sentence s, int token) {
        if (s.token(token).pos().equals("MD")) {
            int h = s.head(token);
            return h >= 0 ? h : token;
        }
        return token;
    }

    /**
     * The word a token stands for when it is an auxiliary or a copula ("are" in "are expected to", "be" in
     * "be ready to"): the verb or predicate it hangs on; else the token itself.
     */
    public static int predicate(Sentence s, int token) {
        int head = s.head(token);
        return head >= 0 && s.relation(token).matches("aux.*|cop") ? head : token;
    }
}
