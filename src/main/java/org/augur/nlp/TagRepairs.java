package org.augur.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tags CoreNLP's tagger gets wrong in a shape Augur reads, mended before anything reads them (the cue
 * lexicon matches by tag, the parser takes the tags as given). A verb that is also a plural noun, after a
 * document that is its subject, is read as the noun: "The study projects that the lake will double",
 * "The bank's bulletin, published the same day, projects growth of 5 percent" (projects/NNS), which then
 * holds no cue and no subject. After a document noun ({@link DocumentNouns}), and before a
 * clause or an object, it is the verb.
 */
final class TagRepairs {
    private static final Set<String> NOUN_OR_VERB = Set.of("projects", "forecasts", "estimates");
    /** How far back a comma-enclosed phrase between the document and its verb may reach. */
    private static final int APPOSITION_REACH = 12;

    private TagRepairs() {
    }

    static List<Token> repaired(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.pos().equals("NNS") && NOUN_OR_VERB.contains(t.word().toLowerCase(Locale.ROOT))
                    && objectOrClause(tokens.get(i + 1)) && afterDocument(tokens, i)) {
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                out.set(i, retagged(t, "VBZ"));
                // "The bank's bulletin, published the same day, projects…": with the finite verb found, the
                // past form the commas open is the participle it is ("published"/VBD read as the main verb).
                int open = enclosedFrom(tokens, i);
                if (open > 0 && tokens.get(open + 1).pos().equals("VBD")) {
                    out.set(open + 1, retagged(tokens.get(open + 1), "VBN"));
                }
            }
        }
        return out == null ? tokens : out;
    }

    private static boolean objectOrClause(Token next) {
        return next.word().equalsIgnoreCase("that") || next.pos().matches("DT|JJ.?|CD|NNS?|PRP\\$");
    }

    /**
     * Whether the word before the verb is a document noun, or the one before a phrase commas enclose, or
     * the one a participle's phrase follows ("A World Bank report released in October projects that…").
     */
    private static boolean afterDocument(List<Token> tokens, int verb) {
        int subject = verb - 1;
        if (tokens.get(subject).word().equals(",")) {
            int open = enclosedFrom(tokens, verb);
            return open > 0 && document(tokens.get(open - 1));
        }
        for (int i = subject; i > 0 && verb - i <= APPOSITION_REACH; i--) {
            Token t = tokens.get(i);
            if (document(t) && i == subject || t.pos().equals("VBN") && document(tokens.get(i - 1))) {
                return true;
            }
            if (t.pos().matches("VBD|VBZ|VBP|MD|WDT|[.,:;]") || t.word().equals("(")) {
                return false;
            }
        }
        return false;
    }

    /** The comma that opens a phrase closed by the comma just before {@code verb}, or -1. */
    private static int enclosedFrom(List<Token> tokens, int verb) {
        int close = verb - 1;
        if (!tokens.get(close).word().equals(",")) {
            return -1;
        }
        int open = close - 1;
        while (open > 0 && close - open <= APPOSITION_REACH && !tokens.get(open).word().equals(",")) {
            open--;
        }
        return open > 0 && tokens.get(open).word().equals(",") ? open : -1;
    }

    private static Token retagged(Token t, String pos) {
        return new Token(t.index(), t.word(), t.begin(), t.end(), pos, t.lemma(), t.ner());
    }

    private static boolean document(Token noun) {
        String word = noun.word().toLowerCase(Locale.ROOT);
        return noun.pos().matches("NNS?") && DocumentNouns.contains(word);
    }
}
