package org.augur.cue;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The verbs that both the attribution of a sentence and the decision on it read: plans and pledges,
 * verbs of saying, verbs whose subject commits to what follows. Kept here, below both, so that neither
 * reads the other's word lists.
 */
public final class Verbs {
    /**
     * The first words (lemmas) of the cues that state a plan, an intention or a pledge ("plan to", "seek
     * to", "ready to", "pledge"): their subject commits to the event (the attribution's committer), and a
     * time on them is the event's (the event clause's anchors).
     */
    public static final Set<String> PLANS = Set.of("plan", "planned", "intend", "intention", "intent", "aim", "seek",
            "pledge", "promise", "commit", "vow", "prepare", "want", "ready", "willing", "decide", "agree", "desire",
            "hope");

    /** Verbs of saying whose modal hedges the saying ("I can announce that…"). */
    public static final Set<String> SAYING = Set.of("announce", "say", "tell", "confirm", "assure", "report",
            "inform", "state", "declare", "guarantee", "promise");

    /**
     * Verbs whose subject commits to what follows, as hints: the plans and pledges ("X promised to", "X
     * has decided to") and the verbs that announce, order or threaten what the subject will do.
     */
    public static final Set<String> COMMITTING = Stream.concat(PLANS.stream(), Stream.of("threaten",
            "announce", "schedule", "propose", "order", "fear", "expect", "indicate", "express")).collect(Collectors.toUnmodifiableSet());

    /**
     * Verbs that carry a negation down into what they embed: "I don't think that X will" (neg-raising),
     * read by the decision's scope of negation and by the gist alike.
     */
    public static final Set<String> NEG_RAISING = Set.of("think", "believe", "expect", "suppose", "imagine");

    private Verbs() {
    }
}
