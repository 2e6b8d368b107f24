package org.augur.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.augur.cue.Cue;
import org.augur.cue.Verbs;
import org.augur.nlp.Dependency;
import org.augur.nlp.Sentence;
import org.augur.nlp.Token;

/**
 * The gist of a forecast: the predicted event in headline style, made from the parse of the event's own
 * clause ({@link EventClause}): subject, the hedge and polarity, the event's verb with its complements —
 * "talks to resume next week", "no fundamental shifts expected", "our voice to be heard", "Moscow will not
 * live up to the agreement".
 * <ul>
 *   <li>Subject: "we"/"I" become the predictor when there is one; "he", "she", "they" the subject of the
 *       reporting verb the clause hangs on ("Corbyn announced he will not…"); a relative pronoun its noun
 *       ("criminals, who will…"); a subject still a pronoun takes "will", never "to" ("We will continue").</li>
 *   <li>Passives stay passive ("to be heard"); the hedge is the cue's own word ("may", "could",
 *       "likely to", "expected to").</li>
 *   <li>Negation only from the event's own clause: a "not" in a clause joined by "and" does not reach it,
 *       and a "no" inside the object stays there instead of doubling ("will spare no effort").</li>
 *   <li>Complements are added whole, most needed first (object, complement clause, then phrases), while
 *       the gist stays within {@link #TARGET_WORDS}; a phrase that does not fit is left out, never cut.</li>
 * </ul>
 * When the result would break {@link GistRules} or the sentence is not parsed, the gist is the clause's own
 * words from its subject, trimmed to a whole phrase.
 */
public final class Gist {
    /** Words a gist aims at (the guidelines say 3 to 10); {@link GistRules#MAX_WORDS} is the hard limit. */
    static final int TARGET_WORDS = 10;
    private static final GistRules RULES = GistRules.standard();
    private static final Set<String> FIRST_PERSON = Set.of("we", "i");
    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they", "it");
    private static final Set<String> RELATIVES = Set.of("which", "who", "that");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Relations never taken into a gist: other clauses, punctuation, discourse. */
    private static final Set<String> NEVER = Set.of("punct", "advcl", "parataxis", "acl:relcl", "appos", "dep",
            "discourse", "vocative", "list", "reparandum", "orphan", "dislocated", "csubj", "csubj:pass", "cc:preconj");
    /** Relations of a word's left side that belong to its core ("no fundamental shifts", "to be heard"). */
    private static final Set<String> CORE_LEFT = Set.of("det", "amod", "compound", "nmod:poss", "nummod", "case",
            "mark", "aux", "aux:pass", "det:predet", "flat", "fixed", "cop", "nsubj", "nsubj:pass", "expl");
    /** Complements in the order they are added while words remain. */
    private static final List<String> PRIORITY = List.of("compound:prt", "fixed", "flat", "obj", "iobj", "xcomp",
            "ccomp", "nmod", "obl", "obl:tmod", "obl:npmod", "nmod:tmod", "nmod:npmod", "advmod", "amod", "acl", "conj",
            "nummod");

    /** What a verb needs to say what it does: without them its phrase is left out whole. */
    private static final Set<String> CORE_COMPLEMENTS = Set.of("obj", "iobj", "xcomp", "ccomp", "compound:prt");

    /** Modifiers and list members taken whole or not at all ("new spirit flourishing" without what flourishes). */
    private static final Set<String> WHOLE_ONLY = Set.of("acl", "conj", "advmod", "amod", "nummod");

    private Gist() {
    }

    /**
     * The gist of the event that {@code triggers} predict in a sentence, told from the trigger that
     * carries it ({@link EventClause#mainTrigger}) with the {@code negations} in its scope.
     */
    public static String of(Sentence s, List<Cue> triggers, List<Cue> negations, String predictor) {
        return of(s, EventClause.mainTrigger(triggers, s), negations, predictor);
    }

    /**
     * The gist of the forecast whose main trigger is {@code trigger}; {@code negations} are the negation
     * cues the finder found in the trigger's scope, {@code predictor} who makes the forecast ("" when unknown).
     */
    static String of(Sentence s, Cue trigger, List<Cue> negations, String predictor) {
        boolean unlikely = trigger.kind() == Cue.Kind.UNLIKELY;
        if (!EventClause.parsed(s)) {
            return fallback(s, clauseStart(s, trigger.from()), trigger.to() - 1);
        }
        EventClause e = EventClause.of(s, trigger);
        Negation neg = negation(s, e, negations);
        boolean negative = neg.adverbial() != unlikely;
        Optional<String> built = build(s, e, negative, neg.never() && !unlikely, predictor).map(Gist::tidy);
        if (built.isPresent() && RULES.broken(built.get()).isEmpty()) {
            return built.get();
        }
        int subject = subjectOf(s, e.head());
        int from = subject >= 0 ? Math.min(clauseStart(s, subject), trigger.from()) : clauseStart(s, trigger.from());
        return fallback(s, from, e.head());
    }

    /** One space between words; of two articles in a row ("develop a the space") the second. */
    static String tidy(String gist) {
        List<String> out = new ArrayList<>();
        for (String w : gist.strip().split("\\s+")) {
            if (!out.isEmpty() && ARTICLES.contains(out.get(out.size() - 1).toLowerCase(Locale.ROOT))
                    && ARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
                out.remove(out.size() - 1);
            }
            out.add(w);
        }
        return String.join(" ", out);
    }

    /** Where the words before {@code i} that belong with it start: up to four, not across punctuation or a conjunction. */
    private static int clauseStart(Sentence s, int i) {
        int from = i;
        while (from > 0 && i - from < 4) {
            Token t = s.token(from - 1);
            if (!Character.isLetterOrDigit(t.word().charAt(0)) || t.pos().matches("CC|IN|WDT|WP|TO|RB|MD")) {
                break;
            }
            from--;
        }
        return from;
    }

    /** The event's own negation: an adverb ("not", "never") on its clause, or above it ("not likely to"). */
    private record Negation(boolean adverbial, boolean never) {
    }

    private static Negation negation(Sentence s, EventClause e, List<Cue> negations) {
        boolean adverbial = false;
        boolean never = false;
        Set<Integer> seen = new TreeSet<>();   // the lexicon may find a cue twice, by word and by lemma
        for (Cue n : negations) {
            int w = n.from();
            if (!seen.add(w)) {
                continue;
            }
            String rel = s.relation(w);
            if (rel.startsWith("det") || rel.startsWith("nsubj") || rel.startsWith("obj")) {
                continue;   // "no effort", "nothing": the words keep it where it is
            }
            if (w > 0 && s.token(w - 1).word().equalsIgnoreCase("or")) {
                continue;   // "whether or not"
            }
            int g = s.head(w);
            boolean own = g < 0 || e.anchors().contains(g) || e.holds(g, false) || governs(s, g, e.head());
            if (own) {
                adverbial = true;
                never |= s.token(w).key().equals("never");
            }
        }
        return new Negation(adverbial, never && adverbial);
    }

    /**
     * Whether a negation on {@code g} reaches the event below it: through complements of a word
     * ("not the time to expect", "not likely to"), or through a reported clause of an opinion verb ("don't
     * think that … will"); never from a verb that reports ("did not announce whom they would support").
     */
    private static boolean governs(Sentence s, int g, int token) {
        for (int at = token, steps = 0; s.head(at) >= 0 && steps < 4; at = s.head(at), steps++) {
            String rel = s.relation(at);
            boolean complement = rel.equals("xcomp") || rel.equals("acl") || rel.equals("csubj")
                    || rel.equals("ccomp") && Verbs.NEG_RAISING.contains(s.token(s.head(at)).key());
            if (!complement) {
                return false;
            }
            if (s.head(at) == g) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> build(Sentence s, EventClause e, boolean negative, boolean never, String predictor) {
        int head = e.head();
        Cue trigger = e.trigger();
        boolean expectObject = trigger.kind() == Cue.Kind.EXPECT && head >= trigger.from() && head < trigger.to();
        if (expectObject) {
            int obj = EventClause.child(s, head, "obj");
            if (obj < 0) {
                return Optional.empty();
            }
            // "expect any fundamental shifts" → "no fundamental shifts expected".
            List<Integer> np = phrase(s, obj, TARGET_WORDS - 2);
            if (np.isEmpty()) {
                return Optional.empty();
            }
            String first = s.token(np.get(0)).word().toLowerCase(Locale.ROOT);
            if (!negative && ARTICLES.contains(first) && np.size() > 1) {
                np = np.subList(1, np.size());   // "a decision expected" → "decision expected"
                first = s.token(np.get(0)).word().toLowerCase(Locale.ROOT);
            }
            String words = text(s, np);
            if (negative) {
                words = (Set.of("any", "a", "an", "the").contains(first) ? "no " + text(s, np.subList(1, np.size()))
                        : first.equals("no") ? words : "no " + words);
            }
            return Optional.of(words + " expected");
        }
        if (s.token(head).pos().equals("MD")) {
            return Optional.empty();   // "others will.": no verb to say what
        }
        boolean predicative = s.token(head).isVerb() || s.children(head).stream().anyMatch(d -> d.relation().equals("cop"));
        if (!predicative && (trigger.kind() == Cue.Kind.HINT || trigger.kind() == Cue.Kind.ANCHOR)) {
            // "the government announced three days of mourning": the thing announced is a noun, and a
            // marker before it says nothing ("government to three days of mourning"); the clause's words do.
            return Optional.empty();
        }
        int expl = EventClause.child(s, head, "expl");
        int subj = expl >= 0 ? -1 : subjectOf(s, head);
        if (subj < 0 && expl < 0) {
            subj = relativeAbove(s, head);   // "mission, which NASA said might take place"
        }
        int before = wordBefore(s, trigger.from());
        boolean there = expl >= 0 || subj < 0 && before >= 0 && s.token(before).word().equalsIgnoreCase("there");
        if (subj < 0 && !there && before >= 0 && s.token(before).pos().startsWith("NN")
                && s.relation(before).matches("obj|iobj|nsubj.*|dep|root")) {   // not "…of Putin and Trump"
            subj = before;   // a parse that missed the subject: "indicated no support will come"
        }
        Subject subject = there ? new Subject("there", true)
                : subj >= 0 && subj == before && subjectOf(s, head) < 0 ? new Subject(leftCore(s, before), false)
                : subject(s, subj, predictor);
        // "The election is scheduled for March 24" → "election scheduled for March 24": the cue is the event's word.
        boolean schedule = trigger.kind() == Cue.Kind.FUTURE && head >= trigger.from() && head < trigger.to()
                && s.token(head).pos().matches("VBN|JJ");
        String marker = schedule ? (negative ? "not" : "") : marker(s, trigger, negative, never, subject);
        Predicate p = predicate(s, head, TARGET_WORDS - count(subject.text()) - count(marker), schedule);
        if (p.words().isEmpty()) {
            return Optional.empty();
        }
        String gist = String.join(" ", nonEmpty(subject.text(), marker, p.text()));
        return Optional.of(gist.strip());
    }

    /** A relative pronoun on a clause the event's clause hangs from (by "dep" or "ccomp"), or -1. */
    private static int relativeAbove(Sentence s, int head) {
        for (int at = head, steps = 0; steps < 2 && s.relation(at).matches("dep|ccomp"); steps++) {
            at = s.head(at);
            for (Dependency d : s.children(at)) {
                Token t = s.token(d.dependent());
                if (t.pos().startsWith("W") && RELATIVES.contains(t.word().toLowerCase(Locale.ROOT))) {
                    return d.dependent();
                }
            }
        }
        return -1;
    }

    /** The word before the trigger, past adverbs ("no support will come", "there will be"), or -1. */
    private static int wordBefore(Sentence s, int trigger) {
        int i = trigger - 1;
        while (i >= 0 && s.token(i).pos().startsWith("RB")) {
            i--;
        }
        return i;
    }

    /** A noun with its left modifiers only: "no support". */
    private static String leftCore(Sentence s, int noun) {
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
        if (list.size() > 1 && ARTICLES.contains(s.token(list.get(0)).word().toLowerCase(Locale.ROOT))) {
            list = list.subList(1, list.size());
        }
        return text(s, list);
    }

    /** A subject as the gist says it, and whether it is still a pronoun (then "will", not "to"). */
    private record Subject(String text, boolean pronoun) {
    }

    private static Subject subject(Sentence s, int subj, String predictor) {
        if (subj < 0) {
            return new Subject("", false);
        }
        Token t = s.token(subj);
        String w = t.word().toLowerCase(Locale.ROOT);
        if (s.relation(subj).equals("expl") || w.equals("there")) {
            return new Subject("there", true);
        }
        if (FIRST_PERSON.contains(w) && !predictor.isBlank() && Character.isUpperCase(predictor.codePointAt(0))
                && !predictor.equalsIgnoreCase("AUTHOR")) {
            return new Subject(predictor, false);
        }
        if (THIRD_PERSON.contains(w)) {
            Optional<String> speaker = reportingSubject(s, subj, predictor);
            if (speaker.isPresent()) {
                return new Subject(speaker.get(), false);
            }
        }
        if (RELATIVES.contains(w) && (t.pos().startsWith("W") || s.relation(s.head(subj)).equals("acl:relcl"))) {
            // "mission, which NASA said might take place": up through the reporting clause to the noun.
            int clause = s.head(subj);
            for (int steps = 0; clause >= 0 && steps < 2 && !s.relation(clause).equals("acl:relcl"); steps++) {
                clause = s.relation(clause).equals("ccomp") ? s.head(clause) : -1;
            }
            if (clause >= 0 && s.relation(clause).equals("acl:relcl") && s.head(clause) >= 0) {
                return new Subject(nounPhrase(s, s.head(clause)), false);
            }
            return new Subject("", false);   // a relative whose noun the parse does not show is left out
        }
        if (t.pos().startsWith("PRP") || t.pos().startsWith("W") || t.pos().equals("DT") && s.children(subj).isEmpty()) {
            return new Subject(t.word(), true);
        }
        return new Subject(nounPhrase(s, subj), false);
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
            if (speaker < 0 || speaker == pronoun) {
                continue;
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
        List<Integer> words = phrase(s, head, 6);
        if (words.isEmpty()) {
            words = List.of(head);
        }
        while (words.size() > 1 && (ARTICLES.contains(s.token(words.get(0)).word().toLowerCase(Locale.ROOT))
                || s.relation(words.get(0)).equals("case"))) {
            words = words.subList(1, words.size());
        }
        return text(s, words);
    }

    /**
     * The subject of the event: its head's own, else that of the words it complements ("X is expected to
     * reopen", "X plans to leave", "X will meet and sign").
     */
    static int subjectOf(Sentence s, int head) {
        for (int at = head, steps = 0; at >= 0 && steps < 4; at = s.head(at), steps++) {
            // "reported Avenatti is to be sentenced" parsed as object control: the object is the subject.
            int controller = steps > 0 && s.relation(head).equals("xcomp") ? EventClause.child(s, at, "obj") : -1;
            if (controller >= 0 && s.token(controller).pos().startsWith("NNP")) {
                return controller;
            }
            int subj = EventClause.child(s, at, "nsubj");
            if (subj < 0) {
                subj = EventClause.child(s, at, "nsubj:pass");
            }
            if (subj < 0) {
                subj = EventClause.child(s, at, "expl");
            }
            if (subj >= 0) {
                return subj;
            }
            String rel = s.relation(at);
            if (!(rel.equals("xcomp") || rel.equals("conj") || rel.equals("ccomp") && steps == 0 && at != head)) {
                return -1;
            }
        }
        return -1;
    }

    /** The hedge and polarity between subject and predicate, in the cue's own words. */
    private static String marker(Sentence s, Cue trigger, boolean negative, boolean never, Subject subject) {
        String not = never ? "never" : "not";
        String word = s.token(trigger.from()).word().toLowerCase(Locale.ROOT);
        boolean pronoun = subject.pronoun();
        return switch (trigger.kind()) {
            case FUTURE -> negative ? "will " + not : pronoun ? "will" : "to";
            case WOULD -> negative ? "would " + not : "would";
            case EXPECT -> negative ? "not expected to" : "expected to";
            case PROBABLE -> word.equals("probably") ? modalOf(s, trigger) + " probably" + (negative ? " " + not : "")
                    : negative ? "unlikely to" : "likely to";
            case UNLIKELY -> negative ? "unlikely to" : "likely to";
            case CAN -> negative ? "cannot" : "can";
            // A plan, a schedule, a date the model took as a forecast ("the election to be held on August
            // 9"): said as the future; a hint of a possibility ("possible", "fear") as one.
            case HINT, ANCHOR -> RULES.isClass(s.token(trigger.from()).key(), "possibility") ? (negative ? "could " + not : "could")
                    : negative ? "will " + not : pronoun ? "will" : "to";
            default -> {
                String modal = Set.of("may", "might", "could").contains(word) ? word : "could";
                yield negative ? modal + " " + not : modal;
            }
        };
    }

    /** The modal the clause of an adverb cue uses ("would probably"), "will" when none. */
    private static String modalOf(Sentence s, Cue trigger) {
        int head = s.head(trigger.from());
        if (head >= 0) {
            for (Dependency d : s.children(head)) {
                if (d.relation().equals("aux") && s.token(d.dependent()).pos().equals("MD")) {
                    String m = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
                    return m.equals("wo") ? "will" : m.equals("ca") ? "can" : m;
                }
            }
        }
        return "will";
    }

    /** The predicate's words in sentence order. */
    private record Predicate(List<Integer> words, String text) {
    }

    /**
     * The event's verb in the form the marker needs (base form, "be" + participle for a passive, "be" +
     * the predicate of a copula) and its complements while {@code budget} words remain.
     */
    private static Predicate predicate(Sentence s, int head, int budget, boolean asWritten) {
        Token h = s.token(head);
        boolean passive = !asWritten && s.children(head).stream().anyMatch(d -> d.relation().equals("aux:pass")
                || d.relation().equals("nsubj:pass")) && h.pos().equals("VBN");
        boolean copula = !h.isVerb() && s.children(head).stream().anyMatch(d -> d.relation().equals("cop"));
        List<Integer> words = phrase(s, head, budget - (passive || copula ? 1 : 0), true);
        if (words.isEmpty()) {
            return new Predicate(List.of(), "");
        }
        StringBuilder sb = new StringBuilder();
        if (passive || copula) {
            sb.append("be");
        }
        List<Integer> run = new ArrayList<>();
        for (int i : words) {
            if (!run.isEmpty() && i != run.get(run.size() - 1) + 1 && !joins(s, run.get(run.size() - 1), i)) {
                sb.append(sb.length() > 0 ? " " : "").append(span(s, run, head, passive || copula || asWritten));
                run.clear();
            }
            run.add(i);
        }
        sb.append(sb.length() > 0 ? " " : "").append(span(s, run, head, passive || copula || asWritten));
        return new Predicate(words, sb.toString());
    }

    /** A run of adjacent words as written, the head verb in its base form unless it is a participle kept as such. */
    private static String span(Sentence s, List<Integer> run, int head, boolean keepForm) {
        StringBuilder sb = new StringBuilder();
        int from = run.get(0);
        for (int k = 0; k < run.size(); k++) {
            int i = run.get(k);
            if (i == head && !keepForm && s.token(i).pos().startsWith("VB")) {
                if (i > from) {
                    sb.append(s.span(from, i)).append(' ');
                }
                sb.append(s.token(i).key());
                from = i + 1;
            }
        }
        if (from <= run.get(run.size() - 1)) {
            String rest = s.span(from, run.get(run.size() - 1) + 1);   // glued words come with what joins them
            sb.append(sb.length() > 0 && !rest.startsWith("'") && !rest.startsWith(",") ? " " : "").append(rest);
        }
        return sb.toString();
    }

    static List<Integer> phrase(Sentence s, int node, int budget) {
        return phrase(s, node, budget, false);
    }

    /**
     * The words of the phrase headed by {@code node} that fit in {@code budget}: its core (the word and its
     * left modifiers), then its complements by {@link #PRIORITY}, each whole or not at all. Empty when not
     * even the core fits. For the event's own head ({@code eventHead}), auxiliaries, subjects and negation
     * are left to the marker.
     */
    private static List<Integer> phrase(Sentence s, int node, int budget, boolean eventHead) {
        TreeSet<Integer> out = new TreeSet<>();
        out.add(node);
        List<Dependency> optional = new ArrayList<>();
        boolean existential = eventHead && EventClause.child(s, node, "expl") >= 0;
        for (Dependency child : s.children(node)) {
            // "could help simplify decision-making": the parser leaves a bare infinitive after a verb as
            // "dep"; it is the verb's complement, without which the gist stops at "could help".
            boolean bare = child.relation().equals("dep") && s.token(node).isVerb()
                    && child.dependent() == node + 1 && s.token(child.dependent()).pos().equals("VB");
            Dependency d = bare ? new Dependency("xcomp", node, child.dependent()) : child;
            String rel = d.relation();
            int dep = d.dependent();
            if (existential && rel.startsWith("nsubj")) {
                optional.add(0, new Dependency("obj", node, dep));   // "there will be no suspended sentences"
                continue;
            }
            if (!EventClause.sameParagraph(s, node, dep)) {
                continue;   // a headline joined to the sentence under it: the other's words
            }
            boolean conjunct = !eventHead && s.relation(node).equals("conj");
            if (NEVER.contains(rel) && !(rel.equals("punct") && conjunct && listComma(s, node, dep))
                    || rel.equals("cc") && !conjunct) {
                continue;
            }
            // The event's own subject, auxiliaries and negation are the marker's; what stands before its
            // verb frames the sentence ("According to…", "In the deal,", "from June 15,").
            // "too late", "more overwhelming": a degree word right before an adjective is part of it.
            boolean degree = rel.equals("advmod") && dep == node - 1 && !s.token(node).isVerb() && !isNegation(s, dep);
            if (eventHead && !degree && (rel.startsWith("nsubj") || rel.equals("expl") || rel.startsWith("aux")
                    || rel.equals("cop") || rel.equals("mark") || isNegation(s, dep) || dep < node && !CORE_LEFT.contains(rel))) {
                continue;
            }
            // A negation inside a kept clause is never left out: it would turn the clause around.
            if (rel.equals("cc") || rel.equals("punct") || dep < node && CORE_LEFT.contains(rel) || isNegation(s, dep) || degree) {
                List<Integer> core = phrase(s, dep, Math.max(1, budget - out.size()));
                if (core.isEmpty()) {
                    return List.of();
                }
                out.addAll(core);
            } else {
                optional.add(d);
            }
        }
        if (out.size() > budget) {
            String rel = s.relation(node);
            boolean argument = rel.startsWith("obj") || rel.startsWith("iobj") || rel.startsWith("obl") || rel.startsWith("nmod")
                    || rel.startsWith("nsubj");
            boolean clause = s.children(node).stream().anyMatch(d -> d.relation().matches("cop|nsubj.*|mark|aux.*"));
            if (s.token(node).isVerb() || !argument || clause) {
                return List.of();   // never a verb without its "to", a clause or a list member cut short
            }
            // The core alone does not fit: a determiner and the head at least ("no progress"), unless that
            // cuts a name ("the First World War" is not "the War", nor "the United Nations" "the Nations").
            TreeSet<Integer> small = new TreeSet<>();
            small.add(node);
            boolean name = false;
            for (Dependency d : s.children(node)) {
                if (d.dependent() < node && (d.relation().equals("det") || d.relation().equals("case"))) {
                    small.add(d.dependent());
                } else if (d.dependent() < node && !d.relation().equals("punct")) {
                    // A person is still named by the last name alone ("by Pompeo").
                    name |= s.token(d.dependent()).pos().startsWith("NNP") && !s.token(node).ner().equals("PERSON");
                }
            }
            return small.size() <= budget && !name ? new ArrayList<>(small) : List.of();
        }
        optional.sort((a, b) -> rank(a.relation()) != rank(b.relation()) ? rank(a.relation()) - rank(b.relation())
                : a.dependent() - b.dependent());
        for (Dependency d : optional) {
            if (rank(d.relation()) >= PRIORITY.size() || isNegation(s, d.dependent()) && eventHead) {
                continue;
            }
            if (eventHead && d.relation().equals("conj") && !s.token(d.dependent()).isVerb()) {
                continue;   // "will continue and fearful about…": another predicate
            }
            // The event's object or complement clause may take the gist past its target, up to the hard limit.
            int room = (eventHead && CORE_COMPLEMENTS.contains(d.relation()) ? budget + 2 : budget) - out.size();
            List<Integer> part = phrase(s, d.dependent(), room);
            boolean whole = !WHOLE_ONLY.contains(d.relation()) || part.size() == phrase(s, d.dependent(), 100).size();
            if (!part.isEmpty() && whole && part.size() <= room && !endsOnFunctionWord(s, part)) {
                out.addAll(part);
            } else if (d.relation().equals("conj")) {
                break;   // a list is cut after a whole member, never in the middle
            } else if (!eventHead && s.token(node).isVerb() && CORE_COMPLEMENTS.contains(d.relation())) {
                return List.of();   // "to facilitate" without "the process": the verb phrase does not fit
            }
        }
        return new ArrayList<>(out);
    }

    /** A comma between members of a list is kept with the member after it. */
    private static boolean listComma(Sentence s, int node, int dep) {
        return s.token(dep).word().equals(",") && dep < node && s.relation(node).equals("conj");
    }

    private static boolean endsOnFunctionWord(Sentence s, List<Integer> part) {
        return RULES.endsNothing(s.token(part.get(part.size() - 1)).word());
    }

    private static boolean isNegation(Sentence s, int token) {
        String w = s.token(token).word().toLowerCase(Locale.ROOT);
        return s.relation(token).equals("advmod") && (w.equals("not") || w.equals("n't") || w.equals("never"));
    }

    private static int rank(String relation) {
        int i = PRIORITY.indexOf(relation);
        return i >= 0 ? i : PRIORITY.size();
    }

    private static String text(Sentence s, List<Integer> words) {
        StringBuilder sb = new StringBuilder();
        List<Integer> run = new ArrayList<>();
        for (int i : words) {
            if (!run.isEmpty() && i != run.get(run.size() - 1) + 1 && !joins(s, run.get(run.size() - 1), i)) {
                sb.append(sb.length() > 0 ? " " : "").append(s.span(run.get(0), run.get(run.size() - 1) + 1));
                run.clear();
            }
            run.add(i);
        }
        if (!run.isEmpty()) {
            sb.append(sb.length() > 0 ? " " : "").append(s.span(run.get(0), run.get(run.size() - 1) + 1));
        }
        return sb.toString();
    }

    /** Whether two kept words are rendered as one stretch of text: glued, or a list's comma between them. */
    private static boolean joins(Sentence s, int left, int right) {
        return glued(s, left, right) || right - left == 2 && s.token(left + 1).word().equals(",") && listMember(s, right, left);
    }

    /** Whether the word at {@code i} starts a list member whose list began at or before {@code before}. */
    private static boolean listMember(Sentence s, int i, int before) {
        for (int at = i, steps = 0; at >= 0 && steps < 3; at = s.head(at), steps++) {
            if (s.relation(at).equals("conj")) {
                return s.head(at) <= before;
            }
        }
        return false;
    }

    /** Whether the words between two tokens are written without spaces: "large-scale", "COVID-19". */
    private static boolean glued(Sentence s, int left, int right) {
        for (int k = left; k < right; k++) {
            if (s.token(k).end() != s.token(k + 1).begin()) {
                return false;
            }
        }
        return right - left <= 3;
    }

    private static int count(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    private static List<String> nonEmpty(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    /**
     * The clause's own words: from {@code from} (its subject, or the trigger) on, up to the first
     * punctuation after {@code head}, at most {@link GistRules#MAX_WORDS} words, then trimmed until no
     * rule is broken — never ending on a function word, never a pronoun before "to", one negation.
     */
    static String fallback(Sentence s, int from, int head) {
        return fallback(s, from, head, false);
    }

    /** As above; {@code throughPunctuation} reads on past punctuation ("As expected, the vote…"). */
    private static String fallback(Sentence s, int from, int head, boolean throughPunctuation) {
        List<Token> words = new ArrayList<>();
        for (int i = from; i < s.tokens().size(); i++) {
            Token t = s.token(i);
            boolean punctuation = !Character.isLetterOrDigit(t.word().charAt(0)) && !t.word().startsWith("'");
            boolean inWord = i > 0 && i + 1 < s.tokens().size() && glued(s, i - 1, i + 1);   // "well-being"
            if (punctuation && !inWord && i > Math.max(head, from) && !throughPunctuation) {
                break;
            }
            if (!punctuation || inWord) {
                words.add(t);
            }
        }
        // Words as written: a token glued to the one before ("well-being", "COVID-19") joins its word.
        List<String> out = new ArrayList<>();
        Token previous = null;
        int negated = 0;
        for (Token t : words) {
            boolean joins = previous != null && previous.end() == t.begin() && !out.isEmpty()
                    && !t.word().startsWith("'") && !t.word().equalsIgnoreCase("n't");
            boolean negation = RULES.isNegation(t.word().toLowerCase(Locale.ROOT));
            if (joins) {
                out.set(out.size() - 1, out.get(out.size() - 1) + t.word());
                previous = t;
                continue;
            }
            if (negation && negated > 0 || out.size() >= GistRules.MAX_WORDS) {
                break;
            }
            negated += negation ? 1 : 0;
            if (t.word().equalsIgnoreCase("to") && !out.isEmpty() && RULES.isClass(out.get(out.size() - 1), "pronoun", "relative")) {
                out.remove(out.size() - 1);
            }
            out.add(t.word());
            previous = t;
        }
        while (!out.isEmpty() && RULES.endsNothing(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        String gist = tidy(String.join(" ", out));
        if (RULES.broken(gist).isPresent() && from > 0) {
            // Too short: take the words before as well ("Mendez will be missed").
            return fallback(s, Math.max(0, from - 3), head, throughPunctuation);
        }
        if (RULES.broken(gist).isPresent() && !throughPunctuation) {
            // Still too short at the sentence's start ("As expected,"): read on past the punctuation.
            return fallback(s, from, head, true);
        }
        return gist;
    }
}
