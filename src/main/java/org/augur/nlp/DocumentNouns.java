package org.augur.nlp;

import java.util.Set;

/**
 * Head nouns of texts that carry someone's words (document-nouns.txt): "the statement said", "read the
 * warning", "The study projects…". One list for the two readers of it: the tag repair that reads
 * "projects" after a document as a verb ({@link TagRepairs}) and attribution, which lets a document speak
 * for its issuer.
 */
public final class DocumentNouns {
    private static final Set<String> NOUNS = Set.copyOf(Lexicon.lines(DocumentNouns.class, "document-nouns.txt"));

    private DocumentNouns() {
    }

    /** Whether a lower-case noun, singular or plural, names a document: "statement", "bulletins", "study". */
    public static boolean contains(String noun) {
        return NOUNS.contains(singular(noun));
    }

    /** A lower-case noun's singular when that names a document ("bulletins" → "bulletin"); else the noun itself. */
    public static String singular(String noun) {
        return noun.endsWith("s") && NOUNS.contains(noun.substring(0, noun.length() - 1))
                ? noun.substring(0, noun.length() - 1) : noun;
    }
}
