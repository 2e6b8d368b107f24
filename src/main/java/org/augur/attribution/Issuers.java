package org.augur.attribution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.augur.cue.Cue;
import org.augur.nlp.Sentence;
import org.augur.nlp.Token;

/**
 * The documents an article names and who issued each, as its sentences are read in order: "The Georgian
 * Tennis Federation (GFT) released a statement…" makes the statement the federation's, so that "…, read
 * the statement" and "It read, …" speak for it. A part of {@link DiscourseReader}.
 */
final class Issuers {
    private final Names names;
    private final List<List<Cue>> cuesOf;   // each sentence's cues, by sentence index
    private final Map<String, String> byDocument = new HashMap<>();   // a document's head → who issued it
    private String last;                    // who issued the document last named,
    private int lastAt = -100;              // in this sentence

    Issuers(Names names, List<List<Cue>> cuesOf) {
        this.names = names;
        this.cuesOf = cuesOf;
    }

    /**
     * Remembers who issues a document the sentence names: "The Georgian Tennis Federation (GFT) released a
     * statement…", "The orange warning issued by Met Éireann applied to…". The document's words are the
     * issuer's where it speaks ("…, read the warning"; "It read, …").
     */
    void read(Sentence s, References references) {
        List<Token> t = s.tokens();
        // "A study by the Andean Mountain Research Centre, published on Monday, warns…. The study projects…";
        // "The bank's quarterly bulletin projects…. It warns…": the document's phrase names its issuer.
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).pos().startsWith("NN") && !t.get(i).pos().startsWith("NNP")) {
                int document = i;
                references.documentIssuer(s, i).ifPresent(who -> remember(s, t.get(document).word(), who));
            }
        }
        for (int i = 1; i < t.size(); i++) {
            if (!ISSUING_VERBS.contains(t.get(i).key()) || !t.get(i).pos().startsWith("VB")) {
                continue;
            }
            int d = i + 1;
            while (d < t.size() && t.get(d).pos().matches("DT|PRP\\$|JJ.*|VBG|VBN")) {
                d++;
            }
            if (d < t.size() && Names.isDocument(t.get(d).word())) {
                String document = t.get(d).word();
                issuerBefore(s, i).ifPresent(who -> remember(s, document, who));
            } else if (Names.isDocument(t.get(i - 1).word()) && i + 2 < t.size() && t.get(i + 1).key().equals("by")) {
                int by = i + 2;
                while (by < t.size() && t.get(by).pos().equals("DT")) {
                    by++;
                }
                int document = i - 1;
                if (by < t.size()) {
                    names.actorAt(s, by).filter(a -> !names.isPlace(a)).ifPresent(who -> remember(s, t.get(document).word(), who));
                }
            }
        }
    }

    private static final Set<String> ISSUING_VERBS = Set.of("issue", "release", "publish", "post");

    private void remember(Sentence s, String document, String issuer) {
        byDocument.put(Names.head(document), issuer);
        last = issuer;
        lastAt = s.index();
    }

    /** The actor just before a verb, past a parenthesised acronym: "The Federation (GFT) released". */
    private Optional<String> issuerBefore(Sentence s, int verb) {
        int i = verb - 1;
        if (i >= 0 && s.token(i).word().equals(")")) {
            while (i >= 0 && !s.token(i).word().equals("(")) {
                i--;
            }
            i--;
        }
        return i >= 0 ? names.actorAt(s, i).filter(a -> !names.isPlace(a)) : Optional.empty();
    }

    /** Who issued the document a description names ("the warning"), when the article said so. */
    Optional<String> of(String description) {
        return Names.isDocument(description) ? Optional.ofNullable(byDocument.get(Names.head(description))) : Optional.empty();
    }

    /** "It read, …" just after a document was issued: the issuer's words. */
    Optional<String> pronoun(Sentence s) {
        if (last == null || s.index() - lastAt > 1) {
            return Optional.empty();
        }
        for (Cue c : cuesOf.get(s.index())) {
            if (c.reports(s) && c.from() > 0 && s.token(c.from() - 1).word().equalsIgnoreCase("it")) {
                return Optional.of(last);
            }
        }
        return Optional.empty();
    }
}
