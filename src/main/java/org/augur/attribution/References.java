package org.augur.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.augur.actor.ActorType;
import org.augur.nlp.Dependency;
import org.augur.nlp.Sentence;
import org.augur.nlp.Syntax;
import org.augur.nlp.Token;
import org.augur.nlp.WholeWords;

/**
 * Reference resolution for attribution: who a word of a sentence stands for when it names a source — a
 * pronoun ("he", "it"), "the company" or another kind, a document and who issued it ("The study…", "a
 * bulletin from the civil protection agency"), names joined as one subject, an office and its holder.
 * Immutable: {@code lastPerson} and {@code organisationBefore} are the person and the organisation the
 * sentences before named, as they stood when the sentence was read; null when none.
 */
final class References {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "this", "that", "one",
            "anyone", "someone", "everyone", "everybody", "nobody", "somebody", "those", "who", "which", "you");
    private static final Set<String> ISSUED = Set.of("of", "from", "by");

    private final Names names;
    private final String lastPerson;
    private final String organisationBefore;

    References(Names names, String lastPerson, String organisationBefore) {
        this.names = names;
        this.lastPerson = lastPerson;
        this.organisationBefore = organisationBefore;
    }

    /**
     * Who the word at {@code token} stands for, as a source: a pronoun's antecedent, the names joined as a
     * subject, a person holding an office the words name, a document's issuer, a described source ("three EU
     * diplomats"), the name inside the subject's own words, or the organisation "the company" is.
     */
    Optional<String> resolve(Sentence s, int token) {
        String w = s.token(token).word().toLowerCase(Locale.ROOT);
        if (s.parsed() && (w.equals("one") || s.token(token).pos().equals("CD"))) {
            // "one of the diplomats said", "two of the sources said": the diplomats, the sources.
            for (Dependency d : s.children(token)) {
                if (d.relation().startsWith("nmod") && s.token(d.dependent()).pos().startsWith("NN")) {
                    return resolve(s, d.dependent());
                }
            }
        }
        if (PRONOUNS.contains(w)) {
            if (w.equals("he") || w.equals("she")) {
                return subjectBefore(s, token).or(() -> lastPerson != null ? Optional.of(lastPerson) : personBefore(s, token));
            }
            if (w.equals("you")) {
                return names.mainPerson("");   // an interview: "you" is the person interviewed
            }
            if (w.equals("it")) {
                // "The operator, Energia Norte, said it expects…"; "Namib Hydrogen… It expects costs to rise"
                // Without a parse only an "it" that opens the sentence: "PG&E stated it…" may be PG&E's.
                int subject = subjectBeforeIt(s, token);
                return subject >= 0 ? organisationAt(s, subject)
                        : s.parsed() || token == 0 ? Optional.ofNullable(organisationBefore) : Optional.empty();
            }
            return Optional.empty();   // "I said" inside a quotation: the quotation's speaker decides
        }
        Optional<String> joint = jointNames(s, token);
        if (joint.isPresent()) {
            return joint;
        }
        Optional<String> actor = names.actorAt(s, token);
        if (actor.isPresent()) {
            return actor.filter(names::isPerson).isPresent() ? actor : officeHolder(s, token).or(() -> actor);
        }
        // "…," read a bulletin from the civil protection agency: a document that says who issued it
        // speaks for its issuer, as with "according to".
        if (Names.isDocument(s.token(token).word())) {
            Optional<String> issuer = ownerOf(s, token).or(() -> issuerNamed(s, Names.firstOfPhrase(s, token)));
            if (issuer.isPresent()) {
                return issuer;
            }
        }
        // "a senior US official told reporters", "three EU diplomats said", "his spokesman said": a source
        // described by a common noun is that description, not the country or organisation that modifies it.
        if (s.parsed() && (s.token(token).pos().equals("NN") || s.token(token).pos().equals("NNS"))) {
            int start = Names.firstOfPhrase(s, token);
            int from = start;
            while (from < token && s.token(from).pos().matches("DT|PRP\\$|CD")) {
                from++;
            }
            // Only a source counted or qualified by a name: "two sources", "three EU diplomats".
            boolean counted = java.util.stream.IntStream.range(start, token).anyMatch(i -> s.token(i).pos().equals("CD"))
                    || from < token && names.actorIn(s, from, token).isPresent();
            String described = Names.description(s, from, token + 1);
            Optional<String> person = names.actorIn(s, from, token + 1).filter(names::isPerson);
            // Not an owner's ("Reform UK's Welsh leader") nor one named after the noun ("economists at ING").
            boolean owned = java.util.stream.IntStream.range(from, token).anyMatch(i -> s.token(i).pos().equals("POS"));
            boolean namedAfter = java.util.stream.IntStream.range(token + 1, Math.min(s.tokens().size(), token + 9))
                    .anyMatch(i -> Syntax.dominates(s, token, i) && names.actorAt(s, i).isPresent());
            if (counted && person.isEmpty() && !owned && !namedAfter && names.acceptable(described) && !names.isActor(described)) {
                return Optional.of(described);
            }
            // "Romania's health ministry said", "Goa's government announced": the body speaks, with its
            // country as the text gives it, not the country; "the energy minister" the article named is
            // that person. Not a person's ("Erdogan's office"), whose owner the rules below name.
            boolean placeOwned = owned && names.actorIn(s, from, token).filter(names::isPlace).isPresent();
            boolean apposed = s.children(token).stream().anyMatch(d -> d.relation().equals("appos"));
            if (placeOwned && person.isEmpty() && !namedAfter && !apposed) {
                Optional<String> holder = names.titled(s.token(token), s.index());
                if (holder.isPresent()) {
                    return holder;
                }
                if (names.acceptable(described) && !names.isActor(described)) {
                    return Optional.of(described);
                }
            }
        }
        // "Conservative Party leader and Prime Minister Boris Johnson said": the name in the subject's own
        // words (compounds, appositions, conjuncts), not a word of the clause beyond it.
        if (s.parsed()) {
            int from = token;
            int to = token + 1;
            for (int i = Math.max(0, token - 8); i < Math.min(s.tokens().size(), token + 9); i++) {
                if (i != token && Syntax.dominates(s, token, i)) {
                    from = Math.min(from, i);
                    to = Math.max(to, i + 1);
                }
            }
            Optional<String> inside = names.actorIn(s, from, to);
            // "officials in Podgorica expected…": people a place only locates are the description
            boolean located = inside.filter(names::isPlace).isPresent() && s.token(token).pos().equals("NNS")
                    && names.acceptable(s.token(token).word());
            if (inside.isPresent() && !located) {
                return inside;
            }
        }
        Optional<String> titled = names.titled(s.token(token), s.index());
        if (titled.isPresent()) {
            return titled;
        }
        Optional<String> phrase = names.nounPhraseAt(s, Names.firstOfPhrase(s, token));
        return byKind(s, token) ? Optional.of(organisationBefore) : phrase;
    }

    /**
     * Whether a word is "the company" or another organisation named by its kind alone, for an organisation
     * the sentences before named ({@code organisationBefore}): any for "the company", "the group", "the
     * agency"; for "the court", "the bank", one whose name says so ("the Supreme Court"), so that "A court
     * fined Tranvias del Sur. The court said…" stays the court's.
     */
    private boolean byKind(Sentence s, int token) {
        String kind = s.token(token).word().toLowerCase(Locale.ROOT);
        return organisationBefore != null && token > 0 && s.token(token - 1).word().equalsIgnoreCase("the")
                && (ActorType.ANY_ORGANISATION.contains(kind) || ActorType.ORGANISATION_NOUNS.contains(kind)
                && WholeWords.contains(organisationBefore.toLowerCase(Locale.ROOT), kind));
    }


    /**
     * The person named after an organisation or a country in the subject's own words, who holds an office
     * in it: "Bangladeshi Road Transport and Bridges Minister Obaidul Quader said", "the Agency's director,
     * Dr. Ana Ruiz, said". The person speaks, not the body the office belongs to.
     */
    private Optional<String> officeHolder(Sentence s, int token) {
        if (!s.parsed()) {
            return Optional.empty();
        }
        for (int i = token + 1; i < Math.min(s.tokens().size(), token + 12); i++) {
            if (Syntax.dominates(s, token, i) && !inClause(s, token, i) && !SpeechSigns.quotedToken(s, i)) {
                Optional<String> person = names.actorAt(s, i).filter(names::isPerson);
                if (person.isPresent()) {
                    return person;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a clause ("the agency, which Ana Ruiz leads") stands between a word and one it dominates. */
    private static boolean inClause(Sentence s, int ancestor, int token) {
        for (int up = token; up >= 0 && up != ancestor; up = s.head(up)) {
            if (s.relation(up).startsWith("acl") || s.relation(up).startsWith("advcl")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person who is the subject of an earlier clause of the sentence, for a "he" or "she" after it:
     * "John Rhys-Davies broke news when he revealed…". Without a parse, the person the sentence opens with.
     */
    Optional<String> subjectBefore(Sentence s, int pronoun) {
        if (!s.parsed()) {
            return pronoun > 0 ? names.actorAt(s, 0).filter(names::isPerson) : Optional.empty();
        }
        int subject = subjectBefore(s, pronoun, i -> names.actorAt(s, i).filter(names::isPerson).isPresent());
        return subject >= 0 ? names.actorAt(s, subject) : Optional.empty();
    }

    /** The nearest subject before a pronoun, outside quotation marks, that {@code fits}; -1 if none. */
    private static int subjectBefore(Sentence s, int pronoun, java.util.function.IntPredicate fits) {
        for (int i = pronoun - 1; s.parsed() && i >= 0; i--) {
            if (s.relation(i).equals("nsubj") && !SpeechSigns.quotedToken(s, i) && fits.test(i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The subject of an earlier clause of the sentence that an "it" after it stands for: the nearest outside
     * quotation marks that is no person ("PG&E stated it scheduled…", "China said it would…"), or -1.
     */
    private int subjectBeforeIt(Sentence s, int pronoun) {
        return subjectBefore(s, pronoun, i -> names.actorAt(s, i).filter(names::isPerson).isEmpty());
    }

    /** The organisation a subject names, itself or in apposition: "The dam's operator, Energia Norte,". */
    private Optional<String> organisationAt(Sentence s, int subject) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(subject), s.children(subject).stream()
                        .filter(d -> d.relation().equals("appos")).map(Dependency::dependent))
                .flatMap(n -> names.actorAt(s, n).filter(a -> !names.isPerson(a) && !names.isPlace(a)).stream())
                .findFirst();
    }

    /**
     * Names joined by "and" as the subject, as the sentence writes them: "Biden and Sanders announced…" →
     * "Biden and Sanders"; "Cyprus, Greece and Israel". Each must be one of the article's actors,
     * written as its name alone; a conjunct that is a common noun ("Biden and his aides") or a name with a
     * title ("Transport and Bridges Minister Obaidul Quader") makes it no joint.
     */
    private Optional<String> jointNames(Sentence s, int token) {
        if (!s.parsed() || !s.token(token).pos().startsWith("NNP")) {
            return Optional.empty();
        }
        List<Integer> conjuncts = new java.util.ArrayList<>(List.of(token));
        boolean and = false;
        for (Dependency d : s.children(token)) {
            if (d.relation().equals("conj")) {
                conjuncts.add(d.dependent());
                and |= s.children(d.dependent()).stream().anyMatch(c -> c.relation().equals("cc")
                        && s.token(c.dependent()).word().equalsIgnoreCase("and"));
            }
        }
        if (conjuncts.size() < 2 || !and) {
            return Optional.empty();
        }
        List<String> written = new java.util.ArrayList<>();
        java.util.Set<String> actors = new java.util.HashSet<>();
        for (int c : conjuncts) {
            Optional<String> actor = names.actorAt(s, c);
            if (!s.token(c).pos().startsWith("NNP") || actor.isEmpty() || !actors.add(actor.get())
                    || SpeechSigns.quotedToken(s, c)) {
                return Optional.empty();
            }
            int from = c;
            int to = c + 1;
            while (from > 0 && s.token(from - 1).pos().startsWith("NNP")) {
                from--;
            }
            while (to < s.tokens().size() && s.token(to).pos().startsWith("NNP")) {
                to++;
            }
            String name = s.span(from, to);
            if (!names.isAliasOf(name, actor.get())) {
                return Optional.empty();   // "Road Transport and Bridges Minister Obaidul Quader": one title
            }
            written.add(name);
        }
        int last = written.size() - 1;
        return Optional.of(String.join(", ", written.subList(0, last)) + " and " + written.get(last));
    }

    /**
     * The person the sentence names first before a "he" or "she", outside quotation marks, where no sentence
     * before named one: "The statement by Jane Doe said she would…". A name after the pronoun is no
     * antecedent of it ("She spoke about her husband Siarhei").
     */
    private Optional<String> personBefore(Sentence s, int pronoun) {
        for (int i = 0; i < pronoun; i++) {
            Optional<String> person = names.actorAt(s, i).filter(names::isPerson);
            if (person.isPresent() && !SpeechSigns.quotedToken(s, i)) {
                return person;
            }
        }
        return Optional.empty();
    }

    /**
     * The actor that owns a document: "The WHO's annual report projects…" → the WHO, who issued it; "A
     * World Bank report…" → the World Bank (not a place: "a US report" says only where it comes from).
     */
    private Optional<String> ownerOf(Sentence s, int document) {
        for (Dependency d : s.children(document)) {
            if (d.relation().equals("nmod:poss") && !s.token(d.dependent()).pos().startsWith("PRP")) {
                // "The agency's revised schedule foresees…": the agency the article named; "the bank's
                // bulletin", the article's one organisation with "Bank" in its name
                int owner = d.dependent();
                return byKind(s, owner) ? Optional.of(organisationBefore) : names.actorAt(s, owner)
                        .or(() -> names.titled(s.token(owner), s.index()).filter(names::isOrganisation));
            }
        }
        for (Dependency d : s.children(document)) {
            if (d.relation().equals("compound") && s.token(d.dependent()).pos().startsWith("NNP")) {
                Optional<String> owner = names.actorAt(s, d.dependent()).filter(a -> !names.isPlace(a));
                if (owner.isPresent()) {
                    return owner;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Who issued the document at {@code document}, where its own phrase says: an owner ("the bank's
     * bulletin", "a World Bank report") or "by", "from", "of" ("A study by the Andean Mountain Research
     * Centre"). Empty without a parse.
     */
    Optional<String> documentIssuer(Sentence s, int document) {
        if (!s.parsed() || !Names.isDocument(s.token(document).word())) {
            return Optional.empty();
        }
        return ownerOf(s, document).or(() -> issuerNamed(s, Names.firstOfPhrase(s, document)))
                .or(() -> issuedBy(s, document)).filter(names::acceptable).filter(a -> !names.isPlace(a));
    }

    /**
     * The issuer of a document that a participle's phrase separates from its verb, where the parser made
     * the participle the main verb: "A study published on Monday by the Tien Shan Agrarian Institute in
     * Bishkek projects that…" ("published" the root, "projects" left without a subject).
     */
    Optional<String> documentBefore(Sentence s, int verb) {
        for (int i = verb - 1; i > 0 && verb - i <= 14; i--) {
            Token t = s.token(i);
            if (t.pos().matches("VBD|VBZ|VBP|MD|[.,:;]")) {
                return Optional.empty();
            }
            if (t.pos().equals("VBN") && s.token(i - 1).pos().startsWith("NN") && !s.token(i - 1).pos().startsWith("NNP")) {
                return documentIssuer(s, i - 1);
            }
        }
        return Optional.empty();
    }

    private static final Set<String> ISSUING = Set.of("publish", "release", "issue", "commission", "prepare", "conduct");

    /**
     * "A study published on Monday by the Tien Shan Agrarian Institute": the "by" of its participle, whether
     * the parser hung the participle on the document or made the document its subject.
     */
    private Optional<String> issuedBy(Sentence s, int document) {
        List<Integer> participles = new java.util.ArrayList<>();
        for (Dependency acl : s.children(document)) {
            if (acl.relation().startsWith("acl")) {
                participles.add(acl.dependent());
            }
        }
        int head = s.head(document);
        if (head >= 0 && s.relation(document).startsWith("nsubj") && s.token(head).pos().equals("VBN")) {
            participles.add(head);
        }
        for (int participle : participles) {
            if (!ISSUING.contains(s.token(participle).key())) {
                continue;
            }
            for (Dependency d : s.children(participle)) {
                boolean by = s.children(d.dependent()).stream().anyMatch(k -> k.relation().equals("case")
                        && s.token(k.dependent()).key().equals("by"));
                if (d.relation().startsWith("obl") && by) {
                    return names.actorAt(s, d.dependent()).or(() -> resolve(s, d.dependent()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Who issued the document a phrase names, where the phrase says it: "according to a statement from the
     * Saudi foreign ministry", "the latest projections of the Norwegian Polar Institute".
     */
    Optional<String> issuerNamed(Sentence s, int start) {
        if (!s.parsed()) {
            return Optional.empty();
        }
        int head = Names.phraseEnd(s, start) - 1;
        for (Dependency d : head >= start ? s.children(head) : List.<Dependency>of()) {
            boolean from = s.children(d.dependent()).stream().anyMatch(k -> k.relation().equals("case")
                    && ISSUED.contains(s.token(k.dependent()).key()));
            if (d.relation().startsWith("nmod") && from) {
                Optional<String> issuer = resolve(s, d.dependent());
                if (issuer.isPresent() && names.acceptable(issuer.get())) {
                    return issuer;
                }
            }
        }
        return Optional.empty();
    }
}
