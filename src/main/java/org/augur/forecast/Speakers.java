package org.augur.forecast;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.augur.actor.Actor;
import org.augur.actor.ActorType;
import org.augur.nlp.AnnotatedDoc;
import org.augur.nlp.Dependency;
import org.augur.nlp.Sentence;
import org.augur.nlp.Token;

/**
 * Who speaks in each sentence: reporting verbs, "according to", open quotations, the lede. The reporting
 * verbs come from the sentence's cues as {@link RuleForecastFinder#find} already found them, so that the
 * lexicon runs once per sentence, not once more here.
 */
final class Speakers {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "this", "that", "one",
            "anyone", "someone", "everyone", "everybody", "nobody", "somebody", "those", "who", "which", "you");
    private static final Set<String> COMMISSIVES = Set.of("vow", "pledge", "promise", "plan", "intend", "aim");

    private final AnnotatedDoc doc;
    private final List<Actor> actors;
    private final List<List<Cue>> cuesOf;   // each sentence's cues, by sentence index
    private String quoteSpeaker;
    private boolean inQuote;
    private String lastPerson;
    private String lastSpeaker;

    Speakers(AnnotatedDoc doc, List<Actor> actors, List<List<Cue>> cuesOf) {
        this.doc = doc;
        this.actors = actors;
        this.cuesOf = cuesOf;
    }

    /** "…, says Ivan Timofeev" in one of the first three sentences of a commentary. */
    Optional<String> ledeSpeaker() {
        for (Sentence s : doc.sentences().subList(0, Math.min(3, doc.sentences().size()))) {
            List<Token> t = s.tokens();
            for (int i = 1; i + 1 < t.size(); i++) {
                if (t.get(i).word().equals("says") && t.get(i - 1).word().equals(",")) {
                    Optional<String> who = actorAt(s, i + 1);
                    if (who.isPresent()) {
                        return who;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The speaker of a sentence, in document order (call for every sentence, in order). */
    Optional<String> speakerOf(Sentence s) {
        boolean startsInQuote = inQuote;
        Optional<String> own = attribution(s);
        updateQuoteState(s, own.orElse(null));
        rememberPeople(s);
        if (own.isPresent()) {
            lastSpeaker = own.get();
            return own;
        }
        if (startsInQuote && quoteSpeaker != null) {
            return Optional.of(quoteSpeaker);
        }
        // "We will get through this": first person with no attribution speaks for the last speaker.
        return firstPerson(s) && lastSpeaker != null ? Optional.of(lastSpeaker) : Optional.empty();
    }

    static boolean firstPerson(Sentence s) {
        return s.tokens().stream().anyMatch(t -> t.pos().equals("PRP")
                && (t.word().equals("I") || t.word().equalsIgnoreCase("we")));
    }

    /** Whether the sentence has a mark that can open a quotation. */
    static boolean opensQuotation(Sentence s) {
        return s.text().indexOf('"') >= 0 || s.text().indexOf('“') >= 0;
    }

    /** The index of "according" in "according to", or -1. */
    static int accordingTo(Sentence s) {
        List<Token> t = s.tokens();
        for (int i = 0; i + 2 < t.size(); i++) {
            if (t.get(i).key().equals("accord") && t.get(i + 1).key().equals("to")) {
                return i;
            }
        }
        return -1;
    }

    private void updateQuoteState(Sentence s, String speaker) {
        for (char c : s.text().toCharArray()) {
            if (c == '"') {
                inQuote = !inQuote;
            } else if (c == '“') {
                inQuote = true;
            } else if (c == '”') {
                inQuote = false;
            }
        }
        if (speaker != null) {
            quoteSpeaker = speaker;
        } else if (!inQuote) {
            quoteSpeaker = null;
        }
    }

    private void rememberPeople(Sentence s) {
        for (Actor a : actors) {
            if (a.type() == ActorType.PERSON
                    && a.aliases().stream().anyMatch(x -> RuleForecastFinder.containsWord(s.text(), x))) {
                lastPerson = a.name();
            }
        }
    }

    private Optional<String> attribution(Sentence s) {
        int according = accordingTo(s);
        if (according >= 0) {
            return nounPhraseAt(s, according + 2);
        }
        for (Cue c : cuesOf.get(s.index())) {
            if (!RuleForecastFinder.isReportingVerb(c, s)) {
                continue;
            }
            int verb = c.from();
            Optional<String> subject = Optional.empty();
            // "He continued by announcing, …": a subject-less reporting verb speaks for its governor's subject.
            for (int v = verb, up = 0; s.parsed() && v >= 0 && up < 3 && subject.isEmpty(); v = s.head(v), up++) {
                subject = subjectOf(s, v);
            }
            if (subject.isEmpty()) {
                subject = shallowSubject(s, verb);
            }
            if (subject.isPresent()) {
                return subject;
            }
        }
        // "Senator Lindsey Graham spoke on Fox News, "This is going to…"": who introduces a quotation speaks it.
        if (s.parsed() && opensQuotation(s) && s.root() >= 0) {
            for (Dependency d : s.children(s.root())) {
                if (d.relation().equals("nsubj") && d.dependent() < s.tokens().size()) {
                    Optional<String> actor = actorAt(s, d.dependent());
                    if (actor.isPresent()) {
                        return actor;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> subjectOf(Sentence s, int verb) {
        for (Dependency d : s.children(verb)) {
            if (d.relation().equals("nsubj")) {
                return resolve(s, d.dependent());
            }
        }
        return Optional.empty();
    }

    /** "X said", "X has said", "said X", ", says X". */
    private Optional<String> shallowSubject(Sentence s, int verb) {
        int before = verb - 1;
        while (before >= 0 && (s.token(before).pos().equals("VBZ") || s.token(before).pos().equals("VBP")
                || s.token(before).pos().equals("RB") || s.token(before).pos().equals("VBD")
                && s.token(before).key().equals("have"))) {
            before--;
        }
        if (before >= 0 && (s.token(before).pos().startsWith("NNP") || s.token(before).pos().equals("PRP"))) {
            return resolve(s, before);
        }
        if (verb + 1 < s.tokens().size() && s.token(verb + 1).pos().startsWith("NNP")) {
            return resolve(s, verb + 1);
        }
        return Optional.empty();
    }

    private Optional<String> resolve(Sentence s, int token) {
        String w = s.token(token).word().toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(w)) {
            if (w.equals("he") || w.equals("she")) {
                return Optional.ofNullable(lastPerson);
            }
            if (w.equals("you")) {
                return mainPerson();   // an interview: "you" is the person interviewed
            }
            return Optional.empty();   // "I said" inside a quotation: the quotation's speaker decides
        }
        Optional<String> actor = actorAt(s, token);
        if (actor.isPresent()) {
            return actor;
        }
        Optional<String> titled = titled(s.token(token));
        return titled.isPresent() ? titled : nounPhraseAt(s, token);
    }

    /** "the president" → the article's person with that title ("US President Donald Trump"). */
    private Optional<String> titled(Token head) {
        if (!head.pos().startsWith("NN") || head.pos().startsWith("NNP") && !head.word().equals("President")) {
            return Optional.empty();
        }
        String office = head.key();
        for (Actor a : actors) {
            if (a.type() == ActorType.PERSON && (a.title().toLowerCase(Locale.ROOT).endsWith(office)
                    || a.aliases().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).startsWith(office + " ")))) {
                return Optional.of(a.name());
            }
        }
        return Optional.empty();
    }

    /** The person the article mentions most. */
    private Optional<String> mainPerson() {
        return actors.stream().filter(a -> a.type() == ActorType.PERSON)
                .max(java.util.Comparator.comparingInt(Actor::mentions)).map(Actor::name);
    }

    /**
     * Who commits to a plan or pledge, or is the agent of a passive expectation: "the president …
     * vowed to keep fighting", "projected by multiple media outlets to win".
     */
    Optional<String> committer(Sentence s, Cue trigger) {
        if (!s.parsed()) {
            return Optional.empty();
        }
        int verb = trigger.from();
        for (Dependency d : s.children(verb)) {
            if (d.relation().equals("obl:agent")) {
                return nounPhraseAt(s, firstOfPhrase(s, d.dependent()));
            }
        }
        if (trigger.kind() != Cue.Kind.FUTURE || !COMMISSIVES.contains(s.token(verb).key())) {
            return Optional.empty();
        }
        for (int v = verb, up = 0; v >= 0 && up < 3; v = s.head(v), up++) {
            Optional<String> subject = subjectOf(s, v);
            if (subject.isPresent()) {
                return subject;
            }
        }
        return Optional.empty();
    }

    private static int firstOfPhrase(Sentence s, int head) {
        int first = head;
        for (Dependency d : s.children(head)) {
            if (d.dependent() < first && !d.relation().equals("case")) {
                first = d.dependent();
            }
        }
        return first;
    }

    /** The actor one of whose surface forms covers the token. */
    Optional<String> actorAt(Sentence s, int token) {
        Token t = s.token(token);
        String text = doc.article().text();
        for (Actor a : actors) {
            for (String alias : a.aliases()) {
                // Only where the alias could start; indexOf would scan the rest of a long article.
                for (int at = Math.max(s.begin(), t.begin() - alias.length()); at <= t.begin(); at++) {
                    if (at + alias.length() >= t.end() && text.startsWith(alias, at)) {
                        return Optional.of(a.name());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A short noun phrase starting at the token, determiners dropped: "a court clerk" → "court clerk". */
    private Optional<String> nounPhraseAt(Sentence s, int start) {
        for (int i = start; i < s.tokens().size() && i < start + 3; i++) {
            Optional<String> actor = actorAt(s, i);
            if (actor.isPresent()) {
                return actor;
            }
        }
        int from = start;
        while (from < s.tokens().size() && s.token(from).pos().equals("DT")) {
            from++;
        }
        int to = from;
        while (to < s.tokens().size() && to - from < 5 && (s.token(to).pos().startsWith("NN")
                || s.token(to).pos().startsWith("JJ") || s.token(to).pos().equals("POS"))) {
            to++;
        }
        return to > from ? Optional.of(s.span(from, to)) : Optional.empty();
    }
}
