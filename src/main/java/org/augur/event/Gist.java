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
 *   <li>Subject: "I" becomes the predictor when there is one, "we" when that is no person ({@link Voice});
 *       "he", "she", "they" the subject of the
 *       reporting verb the clause hangs on ("Corbyn announced he will not…"); a relative pronoun its noun
 *       ("criminals, who will…"); a subject still a pronoun takes "will", never "to" ("We will continue").</li>
 *   <li>Passives stay passive ("to be heard"); the hedge is the cue's own word ("may", "could",
 *       "likely to", "expected to").</li>
 *   <li>Negation only from the event's own clause: a "not" in a clause joined by "and" does not reach it,
 *       and a "no" inside the object stays there instead of doubling ("will spare no effort").</li>
 *   <li>The words after the hedge are the clause as written less whole subtrees of the parse
 *       ({@link GistPhrases#compress}): other clauses, appositions and parentheticals always, times and
 *       adverbs while the gist is over {@link #TARGET_WORDS}, other phrases only past the hard limit; a
 *       condition ("if", "unless", "only when") stays.</li>
 * </ul>
 * When the result would break {@link GistRules} or the sentence is not parsed, the gist is the clause's own
 * words from its subject, trimmed to a whole phrase. The subject is chosen by {@link GistSubject}, the
 * words after it by {@link GistPhrases}; this class puts them together with the hedge and the negation.
 */
public final class Gist {
    /**
     * Words a gist aims at: times and adverbs are deleted while it is longer (the guidelines say 3 to 10; 12
     * was the hard limit before issue 26); other phrases only past {@link GistRules#MAX_WORDS}, the hard limit.
     */
    static final int TARGET_WORDS = 12;

    static final GistRules RULES = GistRules.standard();

    static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private Gist() {
    }

    /**
     * The gist of the event that {@code triggers} predict in a sentence, told from the trigger that
     * carries it ({@link EventClause#mainTrigger}) with the {@code negations} in its scope, said in the
     * {@code voice} of who makes the forecast.
     */
    public static String of(Sentence s, List<Cue> triggers, List<Cue> negations, Voice voice) {
        return of(s, EventClause.mainTrigger(triggers, s), negations, voice);
    }

    /**
     * The gist of the forecast whose main trigger is {@code trigger}; {@code negations} are the negation
     * cues the finder found in the trigger's scope, {@code voice} who makes the forecast.
     */
    static String of(Sentence s, Cue trigger, List<Cue> negations, Voice voice) {
        boolean unlikely = trigger.kind() == Cue.Kind.UNLIKELY;
        if (!EventClause.parsed(s)) {
            return fallback(s, subjectStart(s, trigger.from()), trigger.to() - 1);
        }
        EventClause e = EventClause.of(s, trigger);
        Negation neg = negation(s, e, negations);
        boolean negative = neg.adverbial() != unlikely;
        Optional<String> built = build(s, e, negative, neg.never() && !unlikely, voice).map(Gist::tidy);
        if (built.isPresent() && RULES.broken(built.get()).isEmpty()) {
            return built.get();
        }
        int subject = GistSubject.subjectOf(s, e.head());
        int from = subject >= 0 ? Math.min(clauseStart(s, subject), trigger.from()) : subjectStart(s, trigger.from());
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

    /**
     * Where the clause of the verb group at {@code i} starts when no parse says where its subject is: back
     * over the verb group's adverbs, modals and auxiliaries ("remains fully committed", "am also personally
     * committed", "has yet to"), then over the noun phrase or pronoun right before it ("My country", "The
     * Kingdom of the Netherlands"): a noun only past a verb of the group, a pronoun past adverbs alone.
     * Without such a phrase, {@link #clauseStart}: the clause's words from the verb group.
     */
    static int subjectStart(Sentence s, int i) {
        int end = i - 1;
        boolean auxiliary = false;
        while (end >= 0 && (s.token(end).pos().matches("RB|MD") || s.token(end).pos().startsWith("VB")
                && AUXILIARIES.contains(s.token(end).key()))) {
            auxiliary |= s.token(end).pos().startsWith("VB");
            end--;
        }
        // Only past a verb of the group ("are fully committed") or to a pronoun ("we probably will"): an
        // adverb alone may follow a time ("the Government earlier this month pledged").
        boolean pronoun = end >= 0 && SUBJECT_PRONOUNS.contains(s.token(end).word().toLowerCase(Locale.ROOT));
        if (end < 0 || !(auxiliary && s.token(end).pos().matches("NN.*|CD") || pronoun)) {
            return clauseStart(s, i);
        }
        int from = end;
        while (from > 0 && end - from < SUBJECT_WORDS - 1) {
            Token t = s.token(from - 1);
            boolean of = t.word().equalsIgnoreCase("of") && from > 1 && s.token(from - 2).pos().startsWith("NN");
            // "Bosnia and Herzegovina", "Trinidad and Tobago": a name joined by "and".
            boolean and = t.word().equals("and") && from > 1 && s.token(from - 2).pos().startsWith("NNP")
                    && s.token(from).pos().startsWith("NNP");
            boolean objectPronoun = t.pos().equals("PRP") && !SUBJECT_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT));
            if (!(NOUN_PHRASE.contains(t.pos()) || of || and) || objectPronoun || s.token(from).pos().equals("PRP")) {
                break;   // a pronoun opens its phrase ("we the peoples"); "told them the plans" starts at "the"
            }
            from--;
        }
        while (from < end && s.token(from).pos().equals("IN")) {
            from++;   // never open on "of"
        }
        return Math.min(from, clauseStart(s, i));   // "Lorenzana said he had ordered": who "he" is stays
    }

    /** Verbs that stand between a subject and the word that carries a forecast ("is", "has yet to", "remains"). */
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "remain", "stay", "seem", "appear");

    /** Tags inside a subject's noun phrase, read leftwards. */
    private static final Set<String> NOUN_PHRASE = Set.of("NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "DT", "PDT", "JJ",
            "JJR", "JJS", "CD", "POS", "HYPH", "``", "''");

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "you", "he", "she", "it", "they");

    /** The longest subject {@link #subjectStart} takes. */
    private static final int SUBJECT_WORDS = 8;

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

    private static Optional<String> build(Sentence s, EventClause e, boolean negative, boolean never, Voice voice) {
        int head = e.head();
        Cue trigger = e.trigger();
        boolean expectObject = trigger.kind() == Cue.Kind.EXPECT && head >= trigger.from() && head < trigger.to();
        if (expectObject) {
            int obj = EventClause.child(s, head, "obj");
            if (obj < 0) {
                return Optional.empty();
            }
            // "expect any fundamental shifts" → "no fundamental shifts expected".
            List<Integer> np = GistPhrases.phrase(s, obj, TARGET_WORDS - 2);
            if (np.isEmpty()) {
                return Optional.empty();
            }
            String first = s.token(np.get(0)).word().toLowerCase(Locale.ROOT);
            if (!negative && ARTICLES.contains(first) && np.size() > 1) {
                np = np.subList(1, np.size());   // "a decision expected" → "decision expected"
                first = s.token(np.get(0)).word().toLowerCase(Locale.ROOT);
            }
            String words = GistPhrases.text(s, np);
            if (negative) {
                words = (Set.of("any", "a", "an", "the").contains(first) ? "no " + GistPhrases.text(s, np.subList(1, np.size()))
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
        int subj = expl >= 0 ? -1 : GistSubject.subjectOf(s, head);
        if (subj < 0 && expl < 0) {
            subj = GistSubject.throughTrigger(s, head, trigger.from(), trigger.to());   // "committed to keeping"
        }
        if (subj < 0 && expl < 0) {
            subj = GistSubject.relativeAbove(s, head);   // "mission, which NASA said might take place"
        }
        int before = wordBefore(s, trigger.from());
        boolean there = expl >= 0 || subj < 0 && before >= 0 && s.token(before).word().equalsIgnoreCase("there");
        boolean guessed = subj < 0 && !there && before >= 0 && s.token(before).pos().startsWith("NN")
                && s.relation(before).matches("obj|iobj|nsubj.*|dep|root");   // not "…of Putin and Trump"
        if (guessed) {
            subj = before;   // a parse that missed the subject: "indicated no support will come"
        }
        GistSubject.Subject subject = there ? new GistSubject.Subject("there", true)
                : guessed ? new GistSubject.Subject(GistSubject.leftCore(s, before), false)
                : GistSubject.subject(s, subj, voice);
        // "The election is scheduled for March 24" → "election scheduled for March 24": the cue is the event's word.
        boolean schedule = trigger.kind() == Cue.Kind.FUTURE && head >= trigger.from() && head < trigger.to()
                && s.token(head).pos().matches("VBN|JJ");
        boolean hoped = s.relation(head).equals("ccomp") && s.head(head) >= 0 && s.token(s.head(head)).key().equals("hope");
        String marker = schedule ? (negative ? "not" : "") : marker(s, trigger, negative, never, subject, hoped);
        if (!schedule && s.token(head).pos().equals("VBN") && (s.relation(head).startsWith("acl") || EventClause.child(s, head, "nsubj") >= 0)
                && s.children(head).stream().noneMatch(d -> d.relation().startsWith("aux") || d.relation().equals("cop"))) {
            // "to mobilize funds committed at the Copenhagen Summit": a participle on its noun (or parsed as
            // its verb, with no auxiliary) says what was done to it; with a marker ("funds to commit") the
            // noun would become the one who acts.
            return Optional.empty();
        }
        int taken = count(subject.text()) + count(marker);
        GistPhrases.Predicate p = GistPhrases.predicate(s, head, TARGET_WORDS - taken, GistRules.MAX_WORDS - taken, schedule);
        if (p.words().isEmpty() || argumentsElsewhere(s, head)) {
            return Optional.empty();
        }
        String predicate = p.text();
        if (!marker.isBlank() && !s.token(head).pos().startsWith("VB") && !predicate.matches("(be|have) .*")) {
            return Optional.empty();   // "likely to for the whole world": the parse gave the clause no verb
        }
        String lastOfMarker = marker.isBlank() ? "" : marker.substring(marker.lastIndexOf(' ') + 1);
        if (!lastOfMarker.isEmpty() && predicate.toLowerCase(Locale.ROOT).startsWith(lastOfMarker + " ")) {
            predicate = predicate.substring(lastOfMarker.length() + 1);   // never "to to work"
        }
        String gist = String.join(" ", nonEmpty(subject.text(), marker, predicate));
        return Optional.of(gist.strip());
    }

    /**
     * Whether the parse gave the event verb's arguments to another word: it governs nothing to its right
     * although words, not punctuation, follow it ("committed to dismantling those networks" with "networks"
     * an oblique of "committed"). Its gist would be cut short ("we will dismantle"); the clause's own
     * words are not.
     */
    private static boolean argumentsElsewhere(Sentence s, int head) {
        if (!s.token(head).isVerb() || s.children(head).stream().anyMatch(d -> d.dependent() > head)) {
            return false;
        }
        boolean wordAfter = head + 1 < s.tokens().size() && Character.isLetterOrDigit(s.token(head + 1).word().charAt(0));
        // "committed to asserting, both in the Council…, the same principles": an argument of the governor after it.
        int up = s.head(head);
        return wordAfter || up >= 0 && s.children(up).stream()
                .anyMatch(d -> d.dependent() > head && d.relation().matches("obj|obl"));
    }

    /** The word before the trigger, past adverbs ("no support will come", "there will be"), or -1. */
    private static int wordBefore(Sentence s, int trigger) {
        int i = trigger - 1;
        while (i >= 0 && s.token(i).pos().startsWith("RB")) {
            i--;
        }
        return i;
    }

    /** The hedge and polarity between subject and predicate, in the cue's own words. */
    private static String marker(Sentence s, Cue trigger, boolean negative, boolean never, GistSubject.Subject subject,
                                 boolean hoped) {
        String not = never ? "never" : "not";
        if (hoped && (trigger.kind() == Cue.Kind.FUTURE || trigger.kind() == Cue.Kind.WOULD)) {
            // "We hope that those warnings will provoke action": a hope, not a plan ("to provoke").
            return (trigger.kind() == Cue.Kind.WOULD ? "would" : "will") + " hopefully" + (negative ? " " + not : "");
        }
        String word = s.token(trigger.from()).word().toLowerCase(Locale.ROOT);
        boolean pronoun = subject.pronoun();
        boolean adverb = trigger.to() - trigger.from() == 1 && s.token(trigger.from()).pos().startsWith("RB");
        if (adverb && trigger.kind() != Cue.Kind.FUTURE && trigger.kind() != Cue.Kind.WOULD) {
            // "would probably", "will hopefully", "could perhaps": the hedge as written, not a synonym of it.
            return modalOf(s, trigger) + " " + degree(s, trigger) + word + (negative ? " " + not : "");
        }
        String degree = degree(s, trigger);
        return switch (trigger.kind()) {
            case FUTURE -> negative ? "will " + not : pronoun ? "will" : "to";
            case WOULD -> negative ? "would " + not : "would";
            case EXPECT -> negative ? "not expected to" : "expected to";
            // "not very likely" is not "very unlikely": a graded hedge under a negation stays as written.
            case PROBABLE -> !negative ? degree + "likely to"
                    : degree.isEmpty() ? "unlikely to" : "not " + degree + "likely to";
            case UNLIKELY -> negative ? degree + "unlikely to" : degree + "likely to";
            case CAN -> negative ? "cannot" : "can";
            // A plan, a schedule, a date the model took as a forecast ("the election to be held on August
            // 9"): said as the future; a hint of a possibility ("possible", "fear") as one.
            case HINT, ANCHOR -> RULES.isClass(s.token(trigger.from()).key(), "possibility") ? (negative ? "could " + not : "could")
                    : negative ? "will " + not : pronoun ? "will" : "to";
            default -> {
                String modal = Set.of("may", "might", "could").contains(word) ? word : "could";
                // "may or may not": both sides stay, neither a negation nor a possibility alone.
                int t = trigger.from();
                boolean bothWays = t + 3 < s.tokens().size() && s.token(t + 1).word().equalsIgnoreCase("or")
                        && s.token(t + 2).word().equalsIgnoreCase(word) && s.token(t + 3).word().equalsIgnoreCase("not");
                yield bothWays ? modal + " or " + modal + " not" : negative ? modal + " " + not : modal;
            }
        };
    }

    /** The adverb that grades a hedge, with a space ("less likely", "highly likely", "most likely"), or "". */
    private static String degree(Sentence s, Cue trigger) {
        int d = trigger.from() - 1;
        return d >= 0 && s.head(d) == trigger.from() && s.relation(d).equals("advmod")
                && !RULES.isNegation(s.token(d).word()) ? s.token(d).word().toLowerCase(Locale.ROOT) + " " : "";
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

    /** Coordinators after which a cut list reads garbled ("… of our resources and the optimal"). */
    private static final Set<String> COORDINATORS = Set.of("and", "or", "but", "nor");

    /** Phrases a clause can lose whole at its end and still read finished: modifiers, other clauses. */
    private static final Set<String> DROPPABLE = Set.of("advcl", "obl", "obl:tmod", "obl:npmod", "nmod", "nmod:tmod",
            "nmod:npmod", "acl", "acl:relcl", "conj", "appos", "parataxis", "advmod", "dep");

    /**
     * Words cut at the hard limit where the next word ({@code next}) is inside a phrase, not at the start
     * of a modifier or clause that can go whole ("in order to address…"): they end before their last
     * coordinator instead, when five words or more stay before it ("… of our natural resources and the
     * optimal" → "… of our natural resources"; "…, as well as step" without its "up efforts" → "…"); not
     * an "and" inside a name ("National Air and Space Museum") nor between modifiers ("material and
     * political support").
     */
    private static void cutAtCoordination(Sentence s, int next, List<String> out, List<Integer> at) {
        if (s.root() < 0 || phraseStarts(s, next)) {
            return;
        }
        for (int i = out.size() - 1; i >= 5; i--) {
            String w = out.get(i).toLowerCase(Locale.ROOT);
            boolean asWellAs = w.equals("as") && i + 2 < out.size() && out.get(i + 1).equalsIgnoreCase("well")
                    && out.get(i + 2).equalsIgnoreCase("as");
            boolean inName = i + 1 < out.size() && Character.isUpperCase(out.get(i - 1).charAt(0))
                    && Character.isUpperCase(out.get(i + 1).charAt(0));
            int conjunct = s.head(at.get(i));
            // "material and political support", "regional and hemispheric cooperation": a cut there leaves
            // a modifier without its noun
            boolean modifiers = conjunct >= 0 && s.token(conjunct).pos().matches("JJ.*|RB.*|CD");
            if ((COORDINATORS.contains(w) || asWellAs) && !inName && !modifiers) {
                out.subList(i, out.size()).clear();
                at.subList(i, at.size()).clear();
                return;
            }
        }
    }

    /** Whether token {@code i} opens a phrase that hangs on an earlier word and can be dropped whole. */
    private static boolean phraseStarts(Sentence s, int i) {
        int r = i;
        while (s.head(r) >= 0 && EventClause.subtree(s, s.head(r)).get(0) == i) {
            r = s.head(r);
        }
        return EventClause.subtree(s, r).get(0) == i && s.head(r) >= 0 && s.head(r) < i && DROPPABLE.contains(s.relation(r));
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
            boolean inWord = i > 0 && i + 1 < s.tokens().size() && GistPhrases.glued(s, i - 1, i + 1);   // "well-being"
            if (punctuation && !inWord && i > Math.max(head, from) && !throughPunctuation) {
                break;
            }
            if (!punctuation || inWord) {
                words.add(t);
            }
        }
        // Words as written: a token glued to the one before ("well-being", "COVID-19") joins its word.
        List<String> out = new ArrayList<>();
        List<Integer> at = new ArrayList<>();   // the first token of each word of out
        Token previous = null;
        int negated = 0;
        for (Token t : words) {
            boolean joins = previous != null && previous.end() == t.begin() && !out.isEmpty()
                    && (!t.word().startsWith("'") || t.pos().equals("POS")) && !t.word().equalsIgnoreCase("n't");
            boolean negation = RULES.isNegation(t.word().toLowerCase(Locale.ROOT));
            if (joins) {
                out.set(out.size() - 1, out.get(out.size() - 1) + t.word());
                previous = t;
                continue;
            }
            if (out.size() >= GistRules.MAX_WORDS) {
                cutAtCoordination(s, t.index(), out, at);
                break;
            }
            if (negation && negated > 0) {
                break;
            }
            if (GistRules.CONDITIONS.contains(t.word().toLowerCase(Locale.ROOT))) {
                negated = 0;   // "… if we do not offer": the condition's negation is its own (GistRules)
            }
            negated += negation ? 1 : 0;
            if (t.word().equalsIgnoreCase("to") && !out.isEmpty() && RULES.isClass(out.get(out.size() - 1), "pronoun", "relative")) {
                out.remove(out.size() - 1);
                at.remove(at.size() - 1);
            }
            out.add(t.word());
            at.add(t.index());
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
