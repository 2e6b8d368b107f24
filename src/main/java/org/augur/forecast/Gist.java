package org.augur.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.augur.nlp.Dependency;
import org.augur.nlp.Sentence;

/**
 * A 3–10 word gist of a forecast, built from the parse: subject, the hedge, polarity and the predicted
 * event with its first complement ("Putin and Trump likely to concentrate on strategic stability",
 * "no fundamental shifts expected"). Unparsed sentences get the words from the cue to the next
 * punctuation.
 */
final class Gist {
    static final int MAX_WORDS = 10;
    private static final Set<String> CLAUSE_BREAKS = Set.of("advcl", "parataxis", "punct", "cc", "conj", "mark",
            "nsubj", "nsubj:pass", "aux", "aux:pass", "csubj", "dep", "discourse", "vocative", "expl", "ccomp");

    private Gist() {
    }

    static String of(Sentence s, Cue trigger, boolean negative) {
        if (!s.parsed() || s.dependencies().isEmpty()) {
            return fallback(s, trigger);
        }
        int t = trigger.from();
        String marker = marker(trigger, negative);
        // Expectation with an object: "expect any fundamental shifts" → "no fundamental shifts expected".
        if (trigger.kind() == Cue.Kind.EXPECT && s.token(t).key().equals("expect")) {
            int obj = child(s, t, "obj");
            if (obj >= 0) {
                String np = compact(s, obj, 5);
                np = stripLeading(np, "any ", "the ", "a ", "an ");
                return limit((negative ? "no " : "") + np + " expected");
            }
        }
        int event = eventHead(s, trigger);
        int subjectOf = event;
        if (trigger.kind() == Cue.Kind.PROBABLE || trigger.kind() == Cue.Kind.UNLIKELY
                || trigger.kind() == Cue.Kind.EXPECT) {
            subjectOf = child(s, t, "nsubj") >= 0 || child(s, t, "nsubj:pass") >= 0 ? t : event;
        }
        int subj = child(s, subjectOf, "nsubj");
        if (subj < 0) {
            subj = child(s, subjectOf, "nsubj:pass");
        }
        String subject = subj >= 0 ? compact(s, subj, 5) : "";
        if (subject.toLowerCase(Locale.ROOT).matches("it|there|this|that|one|you|we|i|they|he|she")) {
            subject = subject.equalsIgnoreCase("it") || subject.equalsIgnoreCase("there") || subject.equalsIgnoreCase("one")
                    ? "" : subject;
        }
        String predicate = predicate(s, event);
        String gist = String.join(" ", nonEmpty(subject, marker, predicate));
        return limit(gist);
    }

    private static String marker(Cue trigger, boolean negative) {
        String not = negative ? " not" : "";
        return switch (trigger.kind()) {
            case FUTURE -> negative ? "will not" : "to";
            case WOULD, HINT, ANCHOR -> negative ? "will not" : "to";
            case EXPECT -> "expected" + not + " to";
            case PROBABLE -> negative ? "unlikely to" : "likely to";
            case UNLIKELY -> negative ? "unlikely to" : "likely to";
            default -> "may" + not;
        };
    }

    /** The word the predicted event hangs on. */
    static int eventHead(Sentence s, Cue trigger) {
        int t = trigger.from();
        if (s.token(t).pos().equals("MD")) {
            int h = s.head(t);
            return h >= 0 ? h : t;
        }
        int last = trigger.to() - 1;
        int xcomp = child(s, t, "xcomp");
        if (xcomp < 0 && last != t) {
            // "is set to meet": the verb after the phrase.
            for (int i = trigger.to(); i < s.tokens().size(); i++) {
                if (s.token(i).pos().startsWith("VB")) {
                    return i;
                }
            }
        }
        for (int i = trigger.from(); i < trigger.to() && xcomp < 0; i++) {
            xcomp = child(s, i, "xcomp");
        }
        if (xcomp >= 0) {
            return xcomp;
        }
        int h = s.head(t);
        return h >= 0 && s.token(t).pos().startsWith("RB") ? h : t;
    }

    /** The event word with its first complement, e.g. "concentrate on strategic stability". */
    private static String predicate(Sentence s, int head) {
        List<Integer> keep = new ArrayList<>();
        keep.add(head);
        for (Dependency d : s.children(head)) {
            if (CLAUSE_BREAKS.contains(d.relation()) || d.relation().equals("advmod") && d.dependent() < head) {
                continue;
            }
            if (d.relation().equals("cop")) {
                keep.add(d.dependent());
                continue;
            }
            if (d.dependent() > head && keep.stream().filter(k -> k > head).count() < 1) {
                keep.addAll(subtree(s, d.dependent()));
            } else if (d.dependent() < head && (d.relation().equals("compound") || d.relation().startsWith("amod")
                    || d.relation().equals("case") || d.relation().equals("det"))) {
                keep.add(d.dependent());
            }
        }
        keep.sort(Integer::compare);
        StringBuilder sb = new StringBuilder();
        int words = 0;
        for (int i : keep) {
            String w = i == head && s.token(i).pos().startsWith("VB") ? s.token(i).key() : s.token(i).word();
            if (words >= 7 || i > head && s.token(i).pos().equals(",")) {
                break;   // end at a comma rather than leave a list half-cut
            }
            if (s.token(i).pos().equals(",")) {
                continue;
            }
            sb.append(sb.length() > 0 ? " " : "").append(w);
            words++;
        }
        return sb.toString();
    }

    /** The phrase headed by a token, trimmed to its core when longer than {@code max} words. */
    private static String compact(Sentence s, int head, int max) {
        List<Integer> tree = subtree(s, head);
        if (tree.size() <= max && contiguous(tree)) {
            return s.span(tree.get(0), tree.get(tree.size() - 1) + 1);
        }
        List<Integer> core = new ArrayList<>();
        core.add(head);
        for (Dependency d : s.children(head)) {
            if (d.dependent() < head && (d.relation().equals("compound") || d.relation().equals("amod")
                    || d.relation().equals("nmod:poss") || d.relation().equals("det"))) {
                core.addAll(subtree(s, d.dependent()));
            }
        }
        core.sort(Integer::compare);
        StringBuilder sb = new StringBuilder();
        for (int i : core) {
            sb.append(sb.length() > 0 ? " " : "").append(s.token(i).word());
        }
        return sb.toString();
    }

    private static boolean contiguous(List<Integer> sorted) {
        return sorted.get(sorted.size() - 1) - sorted.get(0) == sorted.size() - 1;
    }

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

    static int child(Sentence s, int head, String relation) {
        for (Dependency d : s.children(head)) {
            if (d.relation().equals(relation)) {
                return d.dependent();
            }
        }
        return -1;
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

    private static String stripLeading(String s, String... prefixes) {
        for (String p : prefixes) {
            if (s.toLowerCase(Locale.ROOT).startsWith(p)) {
                return s.substring(p.length());
            }
        }
        return s;
    }

    static String limit(String gist) {
        String[] words = gist.strip().split("\\s+");
        if (words.length <= MAX_WORDS) {
            return String.join(" ", words);
        }
        return String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS));
    }

    private static String fallback(Sentence s, Cue trigger) {
        int from = Math.max(0, trigger.from() - 3);
        int to = trigger.to();
        while (to < s.tokens().size() && to - from < MAX_WORDS && !s.token(to).pos().matches("[,.:]")) {
            to++;
        }
        while (from < trigger.from() && s.token(from).pos().matches("[,.:]|CC|IN")) {
            from++;
        }
        return limit(s.span(from, to));
    }
}
