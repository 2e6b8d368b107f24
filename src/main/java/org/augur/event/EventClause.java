package org.augur.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.augur.cue.Cue;
import org.augur.cue.CueLexicon;
import org.augur.cue.Verbs;
import org.augur.nlp.Dependency;
import org.augur.nlp.Sentence;
import org.augur.nlp.Token;

/**
 * The predicted event of a forecast in its sentence: the trigger cue that carries it and the head word of
 * the event's clause ("talks will <b>resume</b> next week", "is expected to <b>reopen</b> June 15"). The
 * gist is made from this clause and the horizon must hang on it, so that neither takes the words of
 * another clause: the reporter's "said", the day a warning was given, a relative clause's time.
 * {@code head} is -1 when the sentence is not parsed. {@code headOnly} leaves out the verbs joined to the
 * head by "and" ("will deploy a unit … and expand their number in future"): the head's own words first.
 */
record EventClause(Sentence sentence, Cue trigger, int head, boolean headOnly) {
    EventClause(Sentence sentence, Cue trigger, int head) {
        this(sentence, trigger, head, false);
    }

    /** The same event without the verbs joined to its head. */
    EventClause core() {
        return new EventClause(sentence, trigger, head, true);
    }

    /** Relations that start another clause: what hangs below them is not the event's own. */
    private static final Set<String> CLAUSES = Set.of("advcl", "ccomp", "acl", "acl:relcl", "parataxis", "csubj",
            "csubj:pass", "list", "discourse", "vocative", "dislocated", "orphan", "reparandum");

    /** Verbs whose complement clause is the event when a cue hedges them ("I would think that…"). */
    private static final Set<String> OPINION = Set.of("think", "believe", "suppose", "guess", "imagine", "hope", "fear",
            "feel");

    static EventClause of(Sentence s, Cue trigger) {
        return new EventClause(s, trigger, parsed(s) ? eventHead(s, trigger) : -1);
    }

    static boolean parsed(Sentence s) {
        return s.parsed() && !s.dependencies().isEmpty();
    }

    /**
     * The trigger that carries the event: an expectation or probability word before a bare modal, a modal
     * before a hedging phrase.
     */
    static Cue mainTrigger(List<Cue> triggers, Sentence s) {
        // A hedging phrase ("in all likelihood", "the odds are") says how likely, not what will happen.
        List<Cue> events = triggers.stream().filter(t -> !(t.to() - t.from() > 1
                && s.token(t.from()).pos().matches("IN|DT|PDT"))).toList();
        List<Cue> from = events.isEmpty() ? triggers : events;
        // "Endeavour, which will launch on STS-134, will be sent to…": a relative clause describes a noun
        // of the event, the main clause says what happens to it.
        List<Cue> main = parsed(s) ? from.stream().filter(t -> !inRelative(s, t.from())).toList() : from;
        from = main.isEmpty() ? from : main;
        for (Cue.Kind k : List.of(Cue.Kind.EXPECT, Cue.Kind.PROBABLE, Cue.Kind.UNLIKELY, Cue.Kind.FUTURE,
                Cue.Kind.POSSIBLE, Cue.Kind.CAN, Cue.Kind.WOULD)) {
            for (Cue t : from) {
                if (t.kind() == k) {
                    return t;
                }
            }
        }
        return from.get(0);
    }

    /** Whether a word sits in a relative clause. */
    private static boolean inRelative(Sentence s, int token) {
        for (int at = token, steps = 0; at >= 0 && steps < 12; at = s.head(at), steps++) {
            if (s.relation(at).equals("acl:relcl")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The trigger of a finished forecast, found again from its cue phrases: the cue {@link #mainTrigger}
     * picks among the lexicon's triggers whose phrase the forecast lists.
     */
    static Optional<Cue> trigger(Sentence s, List<String> cues, CueLexicon lexicon) {
        List<Cue> found = lexicon.find(s);
        List<Cue> triggers = found.stream()
                .filter(c -> c.kind().triggers() && cues.contains(c.phrase().toLowerCase(Locale.ROOT)))
                .toList();
        if (!triggers.isEmpty()) {
            return Optional.of(mainTrigger(triggers, s));
        }
        // A forecast the model took on a hint or an anchor ("is due out in May", "debuts on October 9"):
        // the hint's clause, or the clause the time word hangs on, is the event's.
        Optional<Cue> hint = found.stream()
                .filter(c -> c.kind() == Cue.Kind.HINT && cues.contains(c.phrase().toLowerCase(Locale.ROOT)))
                .findFirst();
        if (hint.isPresent()) {
            return hint;
        }
        for (Token t : s.tokens()) {
            if (cues.contains(t.word().toLowerCase(Locale.ROOT))) {
                return Optional.of(new Cue(Cue.Kind.ANCHOR, t.index(), t.index() + 1, t.word()));
            }
        }
        return Optional.empty();
    }

    /**
     * The word the predicted event hangs on: the modal's verb ("will <b>resume</b>"), the verb after a
     * phrase cue ("is set to <b>meet</b>", "anticipated to <b>begin</b>"), the cue's complement ("expected
     * to <b>reopen</b>"), or the cue itself ("expect any shifts"). An auxiliary or copula found so stands
     * for the word it serves ("is to <b>be</b> sentenced" → "sentenced").
     */
    static int eventHead(Sentence s, Cue trigger) {
        int head = lexical(s, rawHead(s, trigger));
        // "I would think that we would try…": the hedge is on the opinion, the event is what it holds.
        int ccomp = child(s, head, "ccomp");
        if (ccomp >= 0 && OPINION.contains(s.token(head).key())) {
            return lexical(s, ccomp);
        }
        return head;
    }

    private static int rawHead(Sentence s, Cue trigger) {
        int t = trigger.from();
        if (trigger.kind() == Cue.Kind.ANCHOR) {
            // A time word or date: the verb it hangs on ("debuts … on October 9").
            int up = t;
            for (int steps = 0; steps < 4 && s.head(up) >= 0 && !s.token(up).isVerb(); steps++) {
                up = s.head(up);
            }
            return up;
        }
        if (s.token(t).pos().equals("MD")) {
            int h = s.head(t);
            return h >= 0 ? h : t;
        }
        int xcomp = -1;
        for (int i = trigger.from(); i < trigger.to() && xcomp < 0; i++) {
            xcomp = child(s, i, "xcomp");
        }
        if (xcomp >= 0) {
            return xcomp;
        }
        // "We expect that this number will increase", "it is likely that…": the reported clause.
        int ccomp = child(s, t, "ccomp");
        if (ccomp >= 0 && (trigger.kind() == Cue.Kind.EXPECT || trigger.kind() == Cue.Kind.PROBABLE
                || trigger.kind() == Cue.Kind.UNLIKELY)) {
            return ccomp;
        }
        int next = trigger.to();
        boolean toFollows = next < s.tokens().size() && s.token(next).word().equalsIgnoreCase("to")
                || trigger.to() - trigger.from() > 1 && s.token(trigger.to() - 1).word().equalsIgnoreCase("to");
        if (toFollows) {
            // "is set to meet", "anticipated to begin" parsed otherwise: the verb after the phrase.
            for (int i = next; i < Math.min(s.tokens().size(), next + 3); i++) {
                if (s.token(i).pos().startsWith("VB")) {
                    return i;
                }
            }
        }
        if (trigger.kind() == Cue.Kind.HINT && s.token(t).pos().startsWith("VB")) {
            // "announced a complete withdrawal", "ordered the installation": the thing announced or
            // ordered is the event, not the act of announcing, whose time is past.
            int obj = child(s, t, "obj");
            int ccompOf = child(s, t, "ccomp");
            return obj >= 0 ? obj : ccompOf >= 0 ? ccompOf : t;
        }
        int h = s.head(t);
        return h >= 0 && s.token(t).pos().startsWith("RB") ? h : t;
    }

    private static int lexical(Sentence s, int token) {
        int at = token;
        for (int steps = 0; steps < 3 && s.head(at) >= 0; steps++) {
            String rel = s.relation(at);
            if (!(rel.equals("aux") || rel.equals("aux:pass") || rel.equals("cop") || rel.equals("mark"))) {
                break;
            }
            at = s.head(at);
        }
        return at;
    }

    /**
     * The words the event's clause is made of: the head, the trigger's words and the words between them in
     * the parse ("is <b>expected</b> to <b>reopen</b>": both), and the conjoined verbs that share the
     * head's subject ("will meet and sign").
     */
    Set<Integer> anchors() {
        Set<Integer> out = new TreeSet<>();
        if (head < 0) {
            return out;
        }
        out.add(head);
        // A time on "expected", "projected" is when the forecast was made, unless the cue is the event's
        // own word ("expect a decision this year") or a schedule ("is scheduled for March 3").
        // A plan's or a pledge's time is its event's: "By 2050 we seek to become…", "we pledge to end it by
        // 2030" (a past time on the plan verb, "In March he pledged to…", is no horizon: it is past).
        boolean scheduleOrOwn = trigger.kind() == Cue.Kind.FUTURE || covered(head, trigger)
                || trigger.kind() == Cue.Kind.HINT && Verbs.PLANS.contains(s().token(trigger.from()).key());
        for (int i = trigger.from(); i < trigger.to() && scheduleOrOwn; i++) {
            out.add(i);
        }
        // From the head up to the trigger: "expected" → "to reopen" (xcomp), and the words between.
        List<Integer> path = new ArrayList<>();
        for (int up = s().head(head), steps = 0; up >= 0 && steps < 3; up = s().head(up), steps++) {
            if (covered(up, trigger)) {
                if (scheduleOrOwn) {
                    out.addAll(path);
                }
                break;
            }
            path.add(up);
        }
        if (headOnly) {
            return out;
        }
        // "the debate is scheduled for October 22 and is to involve testing": verbs that share a subject.
        if (s().relation(head).equals("conj") && !hasSubject(head) && s().token(s().head(head)).isVerb()) {
            out.add(s().head(head));
        }
        for (Dependency d : s().children(head)) {
            if (d.relation().equals("conj") && s().token(d.dependent()).isVerb() && !hasSubject(d.dependent())) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    private boolean hasSubject(int verb) {
        return child(s(), verb, "nsubj") >= 0 || child(s(), verb, "nsubj:pass") >= 0;
    }

    private static boolean covered(int token, Cue trigger) {
        return token >= trigger.from() && token < trigger.to();
    }

    /**
     * Whether a token belongs to the event: it is one of {@link #anchors()} or hangs below one through
     * arguments and modifiers only, never through another clause (a relative, a reported clause, an
     * adverbial clause) — except a complement (xcomp) of the event, which is the event continued.
     */
    boolean holds(int token) {
        return holds(token, true);
    }

    /**
     * As {@link #holds(int)}; with {@code anyFirstLink} false, the token's own link must not start a clause
     * either: a "not" on a reported clause ("remind the world that rights are not…") is not the event's.
     */
    boolean holds(int token, boolean anyFirstLink) {
        if (head < 0 || !sentence.sameParagraph(trigger.from(), token)) {
            return false;
        }
        Set<Integer> anchors = anchors();
        int at = token;
        for (int steps = 0; at >= 0 && steps < s().tokens().size(); steps++) {
            if (anchors.contains(at)) {
                return true;
            }
            String rel = s().relation(at);
            // The phrase's own link to the event may be anything ("from now on" parsed as advcl).
            boolean clause = CLAUSES.contains(rel) || rel.equals("conj") && (hasSubject(at) || headOnly && s().token(at).isVerb());
            if (rel.isEmpty() || rel.equals("root") || steps > 0 && clause || steps == 0 && clause && (!anyFirstLink || !anchors.contains(s().head(at)))) {
                return false;
            }
            at = s().head(at);
        }
        return false;
    }

    private Sentence s() {
        return sentence;
    }

    /** The words a token heads, itself included, in sentence order. */
    static List<Integer> subtree(Sentence s, int head) {
        List<Integer> out = new ArrayList<>();
        out.add(head);
        for (int i = 0; i < out.size() && out.size() < 60; i++) {
            for (Dependency d : s.children(out.get(i))) {
                if (!d.relation().equals("punct") || i > 0) {
                    out.add(d.dependent());
                }
            }
        }
        out.sort(Integer::compare);
        return out;
    }

    /** The dependents of {@code head} linked by {@code relation}. */
    static List<Integer> children(Sentence s, int head, String relation) {
        return s.children(head).stream().filter(d -> d.relation().equals(relation)).map(Dependency::dependent).toList();
    }

    static int child(Sentence s, int head, String relation) {
        for (Dependency d : s.children(head)) {
            if (d.relation().equals(relation)) {
                return d.dependent();
            }
        }
        return -1;
    }
}
