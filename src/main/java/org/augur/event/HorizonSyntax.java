package org.augur.event;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.augur.cue.Cue;
import org.augur.nlp.Dependency;
import org.augur.nlp.Sentence;
import org.augur.nlp.TimeExpression;
import org.augur.nlp.Token;

/**
 * Where words stand in a forecast's parse, for {@link Horizons}: whether a time hangs on the predicted
 * event's clause or on a schedule clause linked to it, names a thing rather than a time, or hangs on a verb
 * in the past; and the clause helpers those questions share.
 */
final class HorizonSyntax {
    private HorizonSyntax() {
    }

    /** A time said from the article's day ("tomorrow", "next week"), which dates the event even as a subject. */
    private static final Pattern DEICTIC = Pattern.compile("(?i).*\\b(today|tonight|tomorrow|next|coming|this)\\b.*");

    /** "The year 2019 will mark…": a year named as such says when even as a subject. */
    private static final Pattern THE_YEAR = Pattern.compile("(?i)(the )?year \\d{4}");

    static final Set<String> SEGMENT_BREAKS = Set.of(",", ";", ":", "(", ")", "\"", "“", "”", "—", "–", "--");

    /** Token range [from, to) of a time expression in its sentence. */
    static int[] tokens(Sentence s, TimeExpression t) {
        int from = -1;
        int to = -1;
        for (Token k : s.tokens()) {
            if (k.begin() >= t.begin() && k.end() <= t.end()) {
                from = from < 0 ? k.index() : from;
                to = k.index() + 1;
            }
        }
        return from < 0 ? new int[] {0, 0} : new int[] {from, to};
    }

    /**
     * Whether words [from, to) are attached to the event: with a parse, the phrase's head hangs on the
     * event's clause; without one, the words stand in the trigger's stretch of the sentence.
     */
    static boolean onEvent(EventClause event, int from, int to) {
        Sentence s = event.sentence();
        if (event.head() >= 0) {
            int link = phraseHead(s, from, to);
            return link >= 0 && event.holds(link);
        }
        if (!s.sameParagraph(event.trigger().from(), from)) {
            return false;
        }
        int a = Math.min(event.trigger().to(), from);
        int b = Math.max(event.trigger().from(), to);
        if (b - a > 14) {
            return false;
        }
        for (int i = Math.min(event.trigger().from(), from); i < Math.max(event.trigger().to(), to); i++) {
            if (SEGMENT_BREAKS.contains(s.token(i).word())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a time expression is a dateline: a line of the article's text that holds nothing else
     * ("Monday, August 3, 2020" under a title, which the sentence splitter joins to the first sentence).
     * It dates the article, not the event.
     */
    static boolean dateline(Sentence s, TimeExpression t) {
        String text = s.text();
        int at = t.begin() - s.begin();
        int end = t.end() - s.begin();
        if (at < 0 || end > text.length()) {
            return false;
        }
        int lineStart = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
        int lineEnd = end;
        while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
            lineEnd++;
        }
        boolean ownLine = lineStart > 0 || lineEnd < text.length();
        String rest = (text.substring(lineStart, at) + text.substring(end, lineEnd)).replaceAll("[\\p{Punct}\\s]", "");
        return ownLine && rest.isEmpty();
    }

    /**
     * Whether a time expression names a thing rather than when the event is: the subject ("Super Tuesday is
     * to include 14 states"), a possessive ("Tuesday's pleas"), a modifier of a noun ("the 2020 election").
     */
    static boolean namesSomething(Sentence s, int from, int to) {
        boolean names = false;
        for (int i = from; i < to; i++) {
            int h = s.head(i);
            if (h >= from && h < to) {
                continue;
            }
            String rel = s.relation(i);
            if (rel.equals("appos") && h >= 0) {
                rel = s.relation(h);   // "Tomorrow, a Tuesday, is…": the apposition stands where its noun does
            }
            if (rel.startsWith("nsubj") && (DEICTIC.matcher(s.span(from, to)).matches() || THE_YEAR.matcher(s.span(from, to)).matches())) {
                return false;   // "Tomorrow is Super Tuesday", "next week will see talks": still when
            }
            if (rel.matches("nmod:tmod|nmod|obl:tmod") && h >= 0 && s.token(h).pos().startsWith("NN")
                    && (s.children(h).stream().anyMatch(d -> d.relation().equals("nmod:poss"))
                    || s.children(i).stream().anyMatch(d -> d.relation().equals("case") && s.token(d.dependent()).word().equalsIgnoreCase("of")))) {
                return true;   // "my plea today", "the jobs of tomorrow": the noun's own time ("docking today" is still when)
            }
            if (rel.startsWith("obl") || rel.startsWith("advmod") || rel.equals("nmod:tmod")) {
                return false;   // "by noon today" with "today" taken for a subject: the time of the event still
            }
            names |= rel.startsWith("nsubj") || rel.equals("nmod:poss") || rel.equals("compound") && h > i;
        }
        return names;
    }

    /**
     * The first of words [from, to) whose head lies outside them: the word that links the phrase to the
     * rest of the sentence, or -1 when none does.
     */
    static int phraseHead(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            int h = s.head(i);
            if (h < from || h >= to) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether words [from, to) hang on a verb in the past tense ("read out on November 22") or the present
     * perfect without a modal ("has increased its contribution for this year").
     */
    static boolean pastVerb(Sentence s, int from, int to) {
        int link = phraseHead(s, from, to);
        int h = link < 0 ? -1 : s.head(link);
        // the verb of the clause the words stand in ("for this year" parsed on a noun of the object)
        for (int steps = 0; h >= 0 && steps < 3 && !s.token(h).isVerb() && !clauseHead(s, h); steps++) {
            h = s.head(h);
        }
        return h >= 0 && (s.token(h).pos().equals("VBD") || perfect(s, h));
    }

    /** A word that heads a clause of its own: a predicate with a copula or auxiliary ("will not be effective"). */
    static boolean clauseHead(Sentence s, int i) {
        return s.children(i).stream().anyMatch(d -> d.relation().equals("cop") || d.relation().startsWith("aux"))
                || s.relation(i).matches("ccomp|advcl|acl.*|parataxis|root|csubj.*");
    }

    /** Whether words [from, to) hang on a verb with a modal of its own ("must come out by October 31st"). */
    static boolean modal(Sentence s, int from, int to) {
        int link = phraseHead(s, from, to);
        int h = link < 0 ? -1 : s.head(link);
        return h >= 0 && s.children(h).stream().anyMatch(d -> s.token(d.dependent()).pos().equals("MD"));
    }

    /** An active verb in the present perfect, without a modal: "has increased" (not "has been scheduled"). */
    static boolean perfect(Sentence s, int verb) {
        List<Dependency> aux = s.children(verb).stream().filter(d -> d.relation().startsWith("aux")).toList();
        return s.token(verb).pos().equals("VBN") && aux.stream().anyMatch(d -> s.token(d.dependent()).key().equals("have"))
                && aux.stream().noneMatch(d -> s.token(d.dependent()).pos().matches("MD|TO") || d.relation().equals("aux:pass"));
    }

    /**
     * Whether words [from, to) stand in a schedule clause linked to the event: "to be held in December",
     * "due to be held shortly", "scheduled for June" on a noun of the event's clause, or on the clause
     * itself, or on the noun whose relative clause the event is ("the conference, to be held in December,
     * at which the compact will be adopted").
     */
    static boolean scheduled(EventClause event, int from, int to) {
        Sentence s = event.sentence();
        int link = phraseHead(s, from, to);
        int v = link < 0 ? -1 : s.head(link);
        if (v < 0 || !SCHEDULES.contains(s.token(v).key())) {
            return false;
        }
        boolean toBe = s.children(v).stream().anyMatch(d -> d.relation().equals("mark") && s.token(d.dependent()).word().equalsIgnoreCase("to"))
                && s.children(v).stream().anyMatch(d -> d.relation().equals("aux:pass"));
        boolean participle = s.token(v).pos().equals("VBN") && s.relation(v).equals("acl");
        if (!(toBe || participle)) {
            return false;
        }
        int g = s.head(v);
        int up = s.head(event.head());
        return g >= 0 && (event.holds(g) || event.anchors().contains(g) || g == up) || v == up;
    }

    /** Whether the word words [from, to) hang on is the event's, whatever the link ("for years to come" as an advcl). */
    static boolean governedByEvent(EventClause event, int from, int to) {
        int link = phraseHead(event.sentence(), from, to);
        int h = link < 0 ? -1 : event.sentence().head(link);
        return h >= 0 && event.holds(h);
    }

    static boolean onOrScheduled(EventClause event, int from, int to) {
        return onEvent(event, from, to) || scheduled(event, from, to);
    }

    private static final Set<String> SCHEDULES = Set.of("hold", "convene", "schedule", "organize", "organise", "host",
            "slate", "stage");

    /**
     * Whether a time that ends at token {@code end} is what a "when" opening the event's clause refers to:
     * "towards 2019, when we will celebrate the bicentennial" (the parse may hang the clause anywhere).
     */
    static boolean antecedent(EventClause event, int end) {
        Sentence s = event.sentence();
        int w = end;
        while (w < s.tokens().size() && s.token(w).word().equals(",")) {
            w++;
        }
        if (w == end || w >= s.tokens().size() || !s.token(w).word().equalsIgnoreCase("when") || event.head() <= w
                || event.head() - w > 8) {
            return false;
        }
        for (int k = w + 1; k < event.head(); k++) {
            if (s.token(k).isVerb() && !s.relation(k).startsWith("aux") || s.token(k).word().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "for the first time in more than a century", "the worst fire in decades", "the highest in five years":
     * a duration after a superlative or "time" measures how long since, not when.
     */
    static boolean sinceWhen(Sentence s, int prefixStart) {
        for (int i = prefixStart - 1; i >= 0 && i >= prefixStart - 3; i--) {
            Token t = s.token(i);
            if (t.pos().equals("JJS") || t.pos().equals("RBS") || t.key().equals("time")) {
                return true;
            }
        }
        return false;
    }

    /** A clause in the past ("after Jo Swinson was defeated"): a cause, not a time to come. */
    static boolean past(Sentence s, int verb) {
        if (s.token(verb).pos().equals("VBD")) {
            return true;
        }
        return s.children(verb).stream().anyMatch(c -> c.relation().startsWith("aux") && s.token(c.dependent()).pos().equals("VBD")
                || c.relation().equals("cop") && s.token(c.dependent()).pos().equals("VBD"));
    }

    /** Whether the words are one stretch of the sentence, but for punctuation ("this widespread, severe wind event"). */
    static boolean contiguous(Sentence s, List<Integer> sorted) {
        for (int k = 1; k < sorted.size(); k++) {
            for (int gap = sorted.get(k - 1) + 1; gap < sorted.get(k); gap++) {
                if (!s.token(gap).pos().matches("[,.:]|``|''|-[LR]RB-|HYPH")) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The end of the clause that starts at token {@code at} (a verb's words, not in the past), or {@code at}
     * when none does: the parse may hang "we mark…" of "by the time we mark…" anywhere.
     */
    static int clauseAfter(Sentence s, int at) {
        for (int v = at; v < Math.min(s.tokens().size(), at + 4); v++) {
            if (!s.token(v).isVerb()) {
                continue;
            }
            List<Integer> tree = EventClause.subtree(s, v);
            if (tree.get(0) == at && contiguous(s, tree) && !past(s, v)) {
                return tree.get(tree.size() - 1) + 1;
            }
        }
        return at;
    }

    /** A word a phrase that says when never runs across: a comma, a bracket, a dash, a full stop. */
    static boolean breaks(Token t) {
        return SEGMENT_BREAKS.contains(t.word()) || t.pos().equals(".");
    }

    /**
     * Whether the article reports the forecast as made before it: the cue is in the past tense ("was
     * expected to", "was to open", "were forecast to"). Its time is then said from that day, not the
     * article's: a weekday is the last one, not the next, and one already passed is still its time.
     */
    static boolean madeBefore(Sentence s, Cue trigger) {
        for (int i = trigger.from(); i < trigger.to(); i++) {
            if (s.token(i).pos().equals("VBD")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of a clause whose verb the parse hung elsewhere: "before any comment on his condition | would
     * be released" parsed as a phrase and the verb as the sentence's root. The verb and the words after it,
     * up to the next punctuation, are the clause's.
     */
    static int verbLeftOut(Sentence s, int end) {
        if (end >= s.tokens().size() || !s.token(end).pos().matches("VB.*|MD")) {
            return end;
        }
        int to = end;
        while (to < s.tokens().size() && !breaks(s.token(to))) {
            to++;
        }
        return to;
    }

    /**
     * Whether a clause or phrase ending before token {@code end} is one the parse cut short, so that its
     * words would be a fragment: a verb still follows it ("until security and stability in Yemen | are
     * restored"), or it ends on a word that cannot end a clause, a conjunction or an adjective joined to a
     * verb ("until the occupation ends and permanent | , just and comprehensive peace is achieved").
     */
    static boolean cutShort(Sentence s, int end) {
        if (end < s.tokens().size() && s.token(end).pos().matches("VB.*|MD")) {
            return true;
        }
        int last = end - 1;
        Token w = s.token(last);
        int head = s.head(last);
        return w.pos().matches("CC|TO") || s.relation(last).equals("conj") && w.pos().startsWith("JJ")
                && head >= 0 && s.token(head).isVerb();
    }
}
