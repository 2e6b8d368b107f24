package org.augur.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.augur.attribution.SpeechSigns;
import org.augur.cue.Verbs;
import org.augur.nlp.Dependency;
import org.augur.nlp.Lexicon;
import org.augur.nlp.Sentence;
import org.augur.nlp.Token;
import org.augur.nlp.WholeWords;

/**
 * The subject of a gist: "I" becomes the predictor, "we" too unless that is a person ({@link Voice}), "he"/"she"/"they" the subject of the reporting
 * verb the clause hangs on ("Corbyn announced he will not…"), a relative pronoun its noun ("criminals,
 * who will…"). A part of {@link Gist}.
 */
final class GistSubject {
    private static final Set<String> FIRST_PERSON = Set.of("we", "i");
    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they", "it");

    private static final Set<String> RELATIVES = Set.of("which", "who", "that");

    /** Verbs whose object does what their infinitive says ("expect others to abide"): control-verbs.txt. */
    private static final Set<String> OBJECT_CONTROL = Set.copyOf(Lexicon.lines(GistSubject.class, "control-verbs.txt"));

    /**
     * An object or possessive pronoun standing as the subject of the event is said as a subject: "expect
     * them to…" → "they", "our promise to…" → "we".
     */
    private static final java.util.Map<String, String> SUBJECT_CASE = java.util.Map.of("them", "they", "us", "we",
            "him", "he", "her", "she", "me", "i", "our", "we", "my", "i", "their", "they", "his", "he", "its", "it");

    /** A subject as the gist says it, and whether it is still a pronoun (then "will", not "to"). */
    record Subject(String text, boolean pronoun) {
    }

    /**
     * Words that make "we" everyone addressed or a group, not the speaker's state ("what kind of world we
     * will leave", "together", "as small island States"). With {@link #GOVERNMENT} and {@link #MODALS}, the
     * rule of {@link #national}, measured on 300 bench sentences whose "we" a reader labelled (231 the state,
     * 68 a larger group): of the 67 it names, 66 are the state's.
     */
    private static final List<String> COLLECTIVE = List.of("world", "global", "globally", "humanity", "humankind",
            "mankind", "generation", "generations", "shared", "together", "multilateral", "multilateralism", "collaboration",
            "planet", "everyone", "nations", "collective", "collectively", "region", "continent", "africa",
            "international community", "all of us", "member states", "small island");

    /** Words of a government speaking of its own country or committing to a course. */
    private static final List<String> GOVERNMENT = List.of("national", "domestic", "at home", "our country", "my country",
            "my government", "our government", "our people", "my delegation", "continue", "continues", "continued",
            "continuing", "remain", "remains", "committed", "commitment", "ready", "intend", "intends", "pledge", "pledged",
            "plan", "plans", "aim", "aims");

    /** "we can", "we must", "we may be the last generation": what everyone could or should do. */
    private static final List<String> MODALS = List.of("can", "cannot", "could", "may", "might", "must", "should",
            "would", "n't");

    /** The subject at {@code subj} as the gist says it, in the {@code voice} of who makes the forecast. */
    static Subject subject(Sentence s, int subj, Voice voice) {
        if (subj < 0) {
            return new Subject("", false);
        }
        Token t = s.token(subj);
        String w = t.word().toLowerCase(Locale.ROOT);
        if (s.relation(subj).matches("obj|nmod:poss") && SUBJECT_CASE.containsKey(w)) {
            w = SUBJECT_CASE.get(w);   // the controller of "expect them to abide", "our promise to double"
            t = new Token(t.index(), w.equals("i") ? "I" : w, t.begin(), t.end(), "PRP", w, t.ner());
        }
        if (s.relation(subj).startsWith("csubj")) {
            // "decreasing the access to guns may lower suicide rates": the clause is the subject, compressed.
            List<Integer> words = GistPhrases.compress(s, subj, SUBJECT_CLAUSE_WORDS, SUBJECT_CLAUSE_WORDS);
            return new Subject(words.isEmpty() ? "" : GistPhrases.text(s, words), false);
        }
        if (s.relation(subj).equals("expl") || w.equals("there")) {
            return new Subject("there", true);
        }
        if (FIRST_PERSON.contains(w) && voice.named() && !(w.equals("we") && voice.person())) {
            return new Subject(voice.predictor(), false);
        }
        if (w.equals("we") && speaksForState(s, voice)) {
            return new Subject(voice.state(), false);   // a government's statement: "We will continue…" → "Brazil to continue…"
        }
        if (THIRD_PERSON.contains(w)) {
            Optional<String> speaker = reportingSubject(s, subj, voice.predictor());
            if (speaker.isPresent()) {
                return new Subject(speaker.get(), false);
            }
        }
        if (RELATIVES.contains(w) && (t.pos().startsWith("W") || s.relation(s.head(subj)).equals("acl:relcl"))) {
            int noun = antecedent(s, subj);
            return new Subject(noun >= 0 ? nounPhrase(s, noun) : "", false);   // no noun: left out
        }
        if (t.pos().startsWith("PRP") || t.pos().startsWith("W") || t.pos().equals("DT") && s.children(subj).isEmpty()) {
            return new Subject(t.word(), true);
        }
        String phrase = nounPhrase(s, subj);
        int whose = possessiveRelative(s, subj);
        if (whose >= 0 && phrase.toLowerCase(Locale.ROOT).startsWith("whose ")) {
            // "a mission whose purpose is to establish…" → "mission's purpose to establish…"; with no noun
            // to name ("one whose aim will be…"), or only one of an "of" phrase, which is as often not the
            // owner ("a champion of human rights and human dignity, whose influence…" is the champion's),
            // the phrase without its pronoun.
            int noun = antecedent(s, whose);
            String owner = noun >= 0 && !inOfPhrase(s, noun) ? nounPhrase(s, noun) : "";
            String rest = phrase.substring("whose ".length());
            phrase = owner.isEmpty() ? rest : owner + (owner.endsWith("s") ? "' " : "'s ") + rest;
        }
        java.util.regex.Matcher own = OWN_STATE.matcher(phrase);
        if (own.lookingAt() && voice.stateSpeaks()) {
            // "My country will continue…", "My Government is committed…" in a government's statement: the
            // state itself, whatever the sentence ("my" and "our country" are never a larger group).
            String noun = own.group(2);
            boolean state = noun.matches("(?i)country|nation|state");
            return new Subject((state ? voice.state() : voice.state() + "'s " + noun) + phrase.substring(own.end()), false);
        }
        if (phrase.toLowerCase(Locale.ROOT).startsWith("our ") && speaksForState(s, voice)) {
            phrase = voice.state() + "'s " + phrase.substring(4);   // "our economy" in a government's statement: the state's
        }
        return new Subject(phrase, false);
    }

    /** Whether a noun, or the first of the list it is in, is the object of "of" ("an icon of peace"). */
    private static boolean inOfPhrase(Sentence s, int noun) {
        int n = noun;
        for (int steps = 0; steps < 10 && s.relation(n).equals("conj") && s.head(n) >= 0; steps++) {
            n = s.head(n);
        }
        final int head = n;
        return s.children(head).stream().anyMatch(d -> d.relation().equals("case")
                && s.token(d.dependent()).word().equalsIgnoreCase("of"));
    }

    /** The "whose" that owns a subject ("whose purpose"), or -1. */
    private static int possessiveRelative(Sentence s, int subj) {
        for (Dependency d : s.children(subj)) {
            if (d.relation().equals("nmod:poss") && s.token(d.dependent()).word().equalsIgnoreCase("whose")) {
                return d.dependent();
            }
        }
        return -1;
    }

    /**
     * The noun a relative pronoun stands for. "mission, which NASA said might take place": up through the
     * reporting clause to the noun; "a conversation that has just started, but that will shape…": through a
     * conjoined relative too. Where the parse links the clause to no noun ("idealism, which will give…"
     * as "dep", or to an adjective), the noun the pronoun follows, a comma between them or not: a
     * relative stands right after its noun. -1 when there is none ("…, which in turn will help": a clause).
     */
    static int antecedent(Sentence s, int pronoun) {
        int before = pronoun - 1;
        if (before >= 0 && s.token(before).word().equals(",")) {
            before--;
        }
        int near = before >= 0 && s.token(before).pos().startsWith("NN") ? before : -1;
        if (near >= 0 && !agrees(s, pronoun, near)) {
            // "our friends from Japan, who will stay": the noun the phrase of the name follows, or none.
            int start = EventClause.subtree(s, near).get(0);
            boolean phrase = s.relation(start).equals("case") && start > 0 && s.token(start - 1).pos().startsWith("NN");
            near = phrase && agrees(s, pronoun, start - 1) ? start - 1 : -1;
        }
        int clause = s.head(pronoun);
        for (int steps = 0; clause >= 0 && steps < 2 && !s.relation(clause).equals("acl:relcl"); steps++) {
            clause = s.relation(clause).equals("ccomp") || s.relation(clause).equals("conj") ? s.head(clause) : -1;
        }
        if (clause >= 0 && s.relation(clause).equals("acl:relcl") && s.head(clause) >= 0) {
            // The parse hangs a "who" clause on a thing further up the phrase of a person ("the guidance of
            // Archbishop Romero, who will be canonized"): the person. Not "which" or "that", whose noun is
            // as often the phrase's head ("a commission of inquiry that will investigate").
            int linked = s.head(clause);
            boolean nearer = near >= 0 && near != linked && EventClause.subtree(s, linked).contains(near)
                    && isWho(s, pronoun) && s.token(near).ner().equals("PERSON") && !s.token(linked).ner().equals("PERSON");
            return nearer ? near : linked;
        }
        return near;
    }

    /** Whether a relative can stand for a noun: "who" for a person or a common noun, "which" for no person. */
    private static boolean agrees(Sentence s, int pronoun, int noun) {
        String ner = s.token(noun).ner();
        return isWho(s, pronoun) ? ner.equals("PERSON") || ner.equals("O") && !s.token(noun).pos().startsWith("NNP")
                : !ner.equals("PERSON");
    }

    private static boolean isWho(Sentence s, int pronoun) {
        return s.token(pronoun).word().equalsIgnoreCase("who");
    }

    /** "my country", "our Government", "my delegation": the state a government's statement speaks for. */
    private static final java.util.regex.Pattern OWN_STATE = java.util.regex.Pattern.compile(
            "(?i)(my|our) (country|nation|state|government|delegation)\\b");

    /**
     * Whether the sentence's "we"/"our" is the state that a government's statement speaks for: there is
     * one, no predictor is named (the author's voice), and the sentence is {@link #national}.
     */
    private static boolean speaksForState(Sentence s, Voice voice) {
        return voice.stateSpeaks() && national(s);
    }

    /**
     * Whether a "we" of a government's statement is surely the state: the sentence speaks of the country or
     * commits to a course ({@link #GOVERNMENT}), with no word of a larger group ({@link #COLLECTIVE}) and
     * no modal of what anyone can or should do ({@link #MODALS}). A reader labelled the "we" of 300 bench
     * sentences: 77 % were the state's, too few to name it everywhere (src/doc/gists-and-horizons.md).
     */
    private static boolean national(Sentence s) {
        String text = s.text().toLowerCase(Locale.ROOT);
        return GOVERNMENT.stream().anyMatch(w -> WholeWords.contains(text, w))
                && COLLECTIVE.stream().noneMatch(w -> WholeWords.contains(text, w))
                && s.tokens().stream().map(t -> t.word().toLowerCase(Locale.ROOT)).noneMatch(MODALS::contains);
    }

    /** "Corbyn announced he will…": the named subject of the verb the pronoun's clause reports. */
    private static Optional<String> reportingSubject(Sentence s, int pronoun, String predictor) {
        int clause = s.head(pronoun);
        for (int up = clause, steps = 0; up >= 0 && steps < 3; steps++) {
            String rel = s.relation(up);
            if (!(rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("conj"))) {
                return Optional.empty();
            }
            up = s.head(up);
            if (up < 0) {
                return Optional.empty();
            }
            int speaker = EventClause.child(s, up, "nsubj");
            if (speaker < 0 || speaker == pronoun || SpeechSigns.quotedToken(s, pronoun) && !SpeechSigns.quotedToken(s, speaker)) {
                continue;   // 'Jonna Mendez said, "He could be Pakistani…"': who is quoted says "I"
            }
            // "The Labour Party's leader, Jeremy Corbyn announced he will…": the predictor, named there.
            String lastName = predictor.contains(" ") ? predictor.substring(predictor.lastIndexOf(' ') + 1) : predictor;
            boolean named = !lastName.isBlank() && EventClause.subtree(s, speaker).stream()
                    .anyMatch(i -> s.token(i).word().equals(lastName));
            // "He will travel to Beijing, the Kremlin said": "he" is no organisation or place, whoever speaks.
            String word = s.token(pronoun).word().toLowerCase(Locale.ROOT);
            String ner = s.token(speaker).ner();
            boolean thing = ner.equals("ORGANIZATION") || ner.equals("LOCATION");
            if (named && !word.equals("it") && !((word.equals("he") || word.equals("she")) && thing)) {
                return Optional.of(predictor);
            }
            if (s.token(speaker).pos().startsWith("NNP")
                    && agrees(s.token(pronoun).word().toLowerCase(Locale.ROOT), s.token(speaker).ner())) {
                return Optional.of(nounPhrase(s, speaker));
            }
            // "Other sites such as Gawker.com have stated that they will keep hosting": a plural speaker
            // and "they" in what it says are the same.
            if (word.equals("they") && s.token(speaker).pos().matches("NNP?S")) {
                return Optional.of(nounPhrase(s, speaker));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a pronoun can stand for a speaker of this entity type: "he"/"she" a person, "it" an
     * organisation or place ("Russia said it will…", never "Erdogan said it will…"), "they" either but a person.
     */
    private static boolean agrees(String pronoun, String ner) {
        return switch (pronoun) {
            case "he", "she" -> ner.equals("PERSON");
            case "it" -> ner.equals("ORGANIZATION") || ner.equals("LOCATION");
            default -> !ner.equals("PERSON");
        };
    }

    /** A subject's words: its core and what fits of the rest, without a leading article. */
    private static String nounPhrase(Sentence s, int head) {
        List<Integer> words = GistPhrases.phrase(s, head, 6);
        if (words.isEmpty()) {
            words = List.of(head);
        }
        while (words.size() > 1 && (Gist.ARTICLES.contains(s.token(words.get(0)).word().toLowerCase(Locale.ROOT))
                || s.relation(words.get(0)).equals("case") || s.relation(words.get(0)).equals("cc"))) {
            words = words.subList(1, words.size());
        }
        return GistPhrases.text(s, words);
    }

    /**
     * The subject of the event: its head's own, else that of the words it complements ("X is expected to
     * reopen", "X plans to leave", "X will meet and sign").
     */
    /**
     * Of two subjects the parse gave one verb, the personal pronoun right before its verb group: "In the
     * Security Council, the Human Rights Council and the General Assembly, we will demand accountability"
     * (both "Council" and "we" subjects of "demand"). A pronoun there is no topic or apposition; -1 when the
     * verb has one subject or none is such a pronoun.
     */
    private static int pronounBeforeVerb(Sentence s, int verb) {
        List<Integer> subjects = s.children(verb).stream().filter(d -> d.relation().equals("nsubj"))
                .map(Dependency::dependent).toList();
        if (subjects.size() < 2) {
            return -1;
        }
        for (int subj : subjects) {
            // Not "you": "Madam President, you will understand" has the one addressed as its other subject.
            boolean adjacent = subj < verb && s.token(subj).pos().equals("PRP")
                    && !s.token(subj).word().equalsIgnoreCase("you")
                    && java.util.stream.IntStream.range(subj + 1, verb).allMatch(i -> s.head(i) == verb
                            && s.relation(i).matches("aux|advmod"));
            if (adjacent) {
                return subj;
            }
        }
        return -1;
    }

    static int subjectOf(Sentence s, int head) {
        for (int at = head, below = -1, steps = 0; at >= 0 && steps < 4; below = at, at = s.head(at), steps++) {
            // "reported Avenatti is to be sentenced" parsed as object control: the object is the subject.
            int controller = steps > 0 && s.relation(head).equals("xcomp") ? EventClause.child(s, at, "obj") : -1;
            if (controller >= 0 && s.token(controller).pos().startsWith("NNP")) {
                return controller;
            }
            // "We expect others to abide": the object of an object-control verb does what its infinitive says.
            if (controller >= 0 && s.relation(below).equals("xcomp") && OBJECT_CONTROL.contains(s.token(at).key())) {
                return controller;
            }
            // "He announced a new initiative to be unveiled at the Assembly": a passive infinitive under a
            // verb with an object is said of the object, which is what gets unveiled, never the subject.
            // Not past another phrase of the verb ("deciding its destiny through a referendum to be held":
            // the referendum is held), where the parse may have moved the clause from that noun.
            if (controller >= 0 && s.relation(below).equals("xcomp") && !EventClause.children(s, below, "aux:pass").isEmpty()) {
                int object = controller;
                int infinitive = below;
                boolean between = s.children(at).stream().anyMatch(d -> d.dependent() > object
                        && d.dependent() < infinitive && d.relation().startsWith("obl"));
                return between ? -1 : controller;
            }
            int subj = pronounBeforeVerb(s, at);
            if (subj < 0) {
                subj = EventClause.child(s, at, "nsubj");
            }
            if (subj < 0) {
                subj = EventClause.child(s, at, "nsubj:pass");
            }
            if (subj < 0) {
                subj = EventClause.child(s, at, "expl");
            }
            if (subj < 0) {
                subj = gerundSubject(s, at);
            }
            if (subj >= 0) {
                return subj;
            }
            String rel = s.relation(at);
            if (rel.equals("acl:relcl") && s.head(at) >= 0 && s.token(s.head(at)).pos().startsWith("NN")) {
                // "the draft text which will be submitted", the pronoun parsed as the object: a relative
                // clause with no subject of its own is about its noun.
                for (Dependency d : s.children(at)) {
                    if (isRelative(s.token(d.dependent())) && antecedent(s, d.dependent()) >= 0) {
                        return antecedent(s, d.dependent());
                    }
                }
                return s.head(at);
            }
            int up = s.head(at);
            if (rel.matches("dep|ccomp") && up >= 0 && finite(s, at)) {
                // "reported Leonov, who died in Moscow, will be buried": a finite clause without a subject
                // under a verb of saying or thinking whose object stands before it (the parse took the
                // clause's subject for the verb's object).
                int obj = EventClause.child(s, up, "obj");
                boolean reports = Verbs.SAYING.contains(s.token(up).key()) || Verbs.NEG_RAISING.contains(s.token(up).key());
                if (reports && obj >= 0 && obj < at && obj > up && s.token(obj).pos().startsWith("NN")) {
                    return obj;
                }
                // "Hurley and Behnken, when they depart, plan to return": the main verb glued into a
                // relative clause is its noun's.
                if (rel.equals("dep") && s.relation(up).equals("acl:relcl") && s.head(up) >= 0 && s.head(up) < at
                        && s.token(s.head(up)).pos().startsWith("NN")) {
                    return s.head(up);
                }
            }
            // An infinitive without a subject is controlled like a complement, however the parse links it
            // ("have plans to widen" as ccomp, "is to face trial" as dep).
            boolean infinitive = rel.matches("ccomp|dep") && EventClause.children(s, at, "mark").stream()
                    .anyMatch(m -> s.token(m).word().equalsIgnoreCase("to"));
            if (!(rel.equals("xcomp") || rel.equals("conj") || infinitive)) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a verb is finite: in a tense or with a modal ("will be buried", "plan"), not an infinitive. */
    private static boolean finite(Sentence s, int verb) {
        return s.token(verb).pos().matches("VBP|VBZ|VBD") || EventClause.children(s, verb, "aux").stream()
                .anyMatch(a -> s.token(a).pos().equals("MD"));
    }

    /**
     * The subject of the trigger's word when the event hangs below it through links {@link #subjectOf}
     * does not climb: "We are committed to keeping our border safe" (an oblique), a plan noun's
     * infinitive ("The Arapaho have plans to widen …": the subject of the verb it is the object of;
     * "our shared promise to double …": its possessor). -1 when the trigger is not above the event.
     */
    static int throughTrigger(Sentence s, int head, int from, int to) {
        int t = -1;
        for (int at = s.head(head), steps = 0; at >= 0 && steps < 3 && t < 0; at = s.head(at), steps++) {
            t = at >= from && at < to ? at : -1;
        }
        if (t < 0) {
            return -1;
        }
        if (!s.token(t).pos().startsWith("NN")) {
            return subjectOf(s, t);
        }
        int poss = EventClause.child(s, t, "nmod:poss");
        if (poss >= 0) {
            return poss;
        }
        return s.relation(t).equals("obj") && s.head(t) >= 0 ? subjectOf(s, s.head(t)) : -1;
    }

    /**
     * A sentential subject that is a gerund's clause, starting with the gerund ("decreasing the access …
     * may lower suicide rates"), or -1; not a clause the parse took for one that a preposition or
     * conjunction opens ("With the US encouraging…, firms have announced").
     */
    private static int gerundSubject(Sentence s, int verb) {
        int c = EventClause.child(s, verb, "csubj");
        c = c >= 0 ? c : EventClause.child(s, verb, "csubj:pass");
        return c >= 0 && s.token(c).pos().equals("VBG") && EventClause.subtree(s, c).get(0) == c ? c : -1;
    }

    /**
     * A relative pronoun on a clause the event's clause hangs from (by "dep" or "ccomp"), or -1; also the
     * pronoun the parse makes the head of the clause ("the framework that is to be rolled out": "that" ←
     * "is" ← "rolled"), through complements.
     */
    static int relativeAbove(Sentence s, int head) {
        boolean clauses = true;   // the chain up so far is of "dep" and "ccomp" links only
        for (int at = head, steps = 0; steps < 3 && s.head(at) >= 0; steps++) {
            String rel = s.relation(at);
            if (!rel.matches("xcomp|dep|ccomp")) {
                return -1;
            }
            clauses &= !rel.equals("xcomp") && steps < 2;
            at = s.head(at);
            if (isRelative(s.token(at))) {
                return at;
            }
            for (Dependency d : clauses ? s.children(at) : List.<Dependency>of()) {
                if (isRelative(s.token(d.dependent()))) {
                    return d.dependent();
                }
            }
        }
        return -1;
    }

    private static boolean isRelative(Token t) {
        return t.pos().startsWith("W") && RELATIVES.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /** A noun with its left modifiers only: "no support". */
    static String leftCore(Sentence s, int noun) {
        TreeSet<Integer> words = new TreeSet<>();
        words.add(noun);
        for (Dependency d : s.children(noun)) {
            if (d.dependent() < noun && Set.of("det", "amod", "compound", "nummod").contains(d.relation())) {
                words.addAll(EventClause.subtree(s, d.dependent()));
            }
        }
        List<Integer> list = new ArrayList<>(words);
        if (list.get(list.size() - 1) != noun || list.get(0) < noun - 4) {
            return s.token(noun).word();
        }
        if (list.size() > 1 && Gist.ARTICLES.contains(s.token(list.get(0)).word().toLowerCase(Locale.ROOT))) {
            list = list.subList(1, list.size());
        }
        return GistPhrases.text(s, list);
    }

    /** Words a sentential subject is compressed to, at most. */
    private static final int SUBJECT_CLAUSE_WORDS = 8;

    private GistSubject() {
    }
}
