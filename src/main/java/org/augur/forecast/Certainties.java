package org.augur.forecast;

import java.util.List;
import java.util.Set;
import org.augur.cue.Cue;
import org.augur.cue.Verbs;
import org.augur.nlp.Dependency;
import org.augur.nlp.Sentence;

/**
 * How certain the triggers make a forecast: the most hedged of those highest in the parse, the stance of
 * the words that embed the clause ("I hope that…" possible, "I believe that…" probable), a negated
 * belief ("I don't think it will").
 */
final class Certainties {
    /** Words of belief and of hope or fear that embed a forecast ("we believe that…", "I hope that…"). */
    private static final Set<String> BELIEFS = Set.of("think", "believe", "confident", "convinced", "optimistic",
            "suppose", "guess", "feel", "suspect", "reckon", "sure", "expect", "predict", "forecast", "anticipate",
            "foresee", "estimate", "project", "doubt");

    /** Nouns of belief that hold a stance as the subject of "is that…" ("my expectation is that…"). */
    private static final Set<String> BELIEF_NOUNS = Set.of("expectation", "belief", "view", "bet", "assessment",
            "impression", "suspicion", "hunch", "prediction", "guess", "sense", "feeling");

    static final Set<String> HOPES = Set.of("hope", "hopeful", "pray", "fear", "wish", "worry", "afraid",
            "concerned", "worried", "fearful", "anxious");

    /**
     * How high in the parse a trigger speaks: its clause's depth; an adverbial speaks at the verb it
     * modifies, so "prices will probably rise" and "in all likelihood, the next round will take place"
     * are as hedged as their adverbials.
     */
    private static int level(Cue t, Sentence s) {
        if (s.parsed() && !s.token(t.from()).pos().equals("MD")) {
            for (int i = t.from(); i < t.to(); i++) {
                int h = s.head(i);
                String rel = s.relation(i);
                if (h >= 0 && (h < t.from() || h >= t.to()) && (rel.equals("advmod") || rel.startsWith("obl"))
                        && s.token(h).isVerb()) {
                    return depth(s, h);
                }
            }
        }
        return depth(s, t.clauseHead(s));
    }

    /**
     * How certain the triggers make a forecast: the most hedged of those highest in the parse ("her plans
     * will begin with issues on which she could find common ground" is certain; the "could" of the
     * relative clause hedges something else), hedged by a negated belief ("I don't think it will").
     * {@code read} also reads an adverb at the verb it modifies ("will probably rise") and the stance of
     * the words that embed the clause ("I hope that…"); without it, this is the cues' certainty that the
     * model's {@code rulecert} feature was trained on.
     */
    static Certainty certainty(Sentence s, List<Cue> triggers, List<Cue> negations, boolean read) {
        java.util.function.ToIntFunction<Cue> height = t -> read ? level(t, s) : depth(s, t.clauseHead(s));
        // "One can hardly expect any progress": the modal hedges the expectation, which says how likely.
        List<Cue> hedging = read ? triggers.stream().filter(t -> !modalOnFrame(t, triggers, s)).toList() : triggers;
        int top = hedging.stream().mapToInt(height).min().orElse(0);
        Certainty certainty = Certainty.CERTAIN;
        for (Cue t : hedging) {
            if (height.applyAsInt(t) == top) {
                certainty = certainty.weaker(certaintyOf(t, s)).weaker(read ? stance(t, s) : Certainty.CERTAIN);
            }
        }
        if (negations.stream().anyMatch(n -> s.parsed() && Verbs.NEG_RAISING.contains(s.token(Math.max(0, s.head(n.from()))).key()))) {
            certainty = certainty.weaker(Certainty.PROBABLE);
        }
        return certainty;
    }

    /**
     * A modal whose verb is an expectation cue among the triggers ("can … expect", "could anticipate") or
     * a verb of saying that reports the forecast ("I can announce that we will…", "I can assure you that…"):
     * it hedges the saying, not the event.
     */
    private static boolean modalOnFrame(Cue t, List<Cue> triggers, Sentence s) {
        if (!s.token(t.from()).pos().equals("MD") || !s.parsed()) {
            return false;
        }
        int verb = s.head(t.from());
        if (verb >= 0 && Verbs.SAYING.contains(s.token(verb).key())
                && s.children(verb).stream().anyMatch(d -> d.relation().equals("ccomp"))) {
            return true;
        }
        return verb >= 0 && triggers.stream().anyMatch(e -> e.kind() == Cue.Kind.EXPECT && e.from() <= verb && verb < e.to());
    }

    private static int depth(Sentence s, int token) {
        if (!s.parsed()) {
            return 0;
        }
        int d = 0;
        for (int up = s.head(token); up >= 0 && d < s.tokens().size(); up = s.head(up)) {
            d++;
        }
        return d;
    }

    /**
     * A cue's certainty; "would" with a hypothetical subject or condition ("staying in would make it
     * harder", "if X, Y would follow") is probable, reported "would" (future in the past) certain.
     */
    private static Certainty certaintyOf(Cue c, Sentence s) {
        if (c.kind() == Cue.Kind.WOULD && s.parsed()) {
            int head = c.clauseHead(s);
            for (Dependency d : s.children(head)) {
                if (d.relation().startsWith("csubj") && (s.token(d.dependent()).pos().equals("VBG")
                        || s.token(d.dependent()).pos().equals("VB"))) {
                    return Certainty.PROBABLE;
                }
                if (d.relation().equals("advcl") && s.children(d.dependent()).stream()
                        .anyMatch(m -> m.relation().equals("mark") && s.token(m.dependent()).key().equals("if"))) {
                    return Certainty.PROBABLE;
                }
            }
        }
        return Certainty.of(c.kind());
    }

    /**
     * How sure the words that embed a trigger's clause make it: a belief ("I believe that X will", "we
     * remain confident that X will") is probable, a hope or a fear possible ("concerned about whether
     * progress will continue"; the guidelines' reading);
     * otherwise nothing is taken from the trigger's own certainty.
     */
    private static Certainty stance(Cue t, Sentence s) {
        int clause = t.clauseHead(s);
        int up = s.parsed() ? s.head(clause) : -1;
        if (up >= 0 && (s.relation(clause).equals("ccomp") || s.relation(clause).equals("advcl"))) {
            if (s.token(up).key().equals("be")) {
                // "My central expectation is that the economy will stagnate": the subject holds the stance.
                for (Dependency d : s.children(up)) {
                    if (d.relation().equals("nsubj") && BELIEF_NOUNS.contains(s.token(d.dependent()).key())) {
                        return Certainty.PROBABLE;
                    }
                }
            }
            return stanceOf(s.token(up).key());
        }
        // Where the parse does not show it ("I hope that the talks announced last week will open…" was parsed
        // with "hope" as the subject of "open"): the stance word before the trigger that "that" follows.
        for (int i = t.from() - 2; i >= 0; i--) {
            if (s.token(i + 1).key().equals("that") && stanceOf(s.token(i).key()) != Certainty.CERTAIN) {
                return stanceOf(s.token(i).key());
            }
        }
        return Certainty.CERTAIN;
    }

    private static Certainty stanceOf(String word) {
        return HOPES.contains(word) ? Certainty.POSSIBLE : BELIEFS.contains(word) ? Certainty.PROBABLE : Certainty.CERTAIN;
    }

    private Certainties() {
    }
}
