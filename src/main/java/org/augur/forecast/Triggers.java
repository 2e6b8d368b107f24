package org.augur.forecast;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.augur.cue.Cue;
import org.augur.nlp.Sentence;
import org.augur.nlp.Token;

/**
 * Whether a trigger cue really predicts where it stands: not vetoed ({@link Vetoes}), and "can" or
 * "would" only with a future anchor or in reported speech; a plan only in the present.
 */
final class Triggers {
    private static final Set<String> NON_EVENT_VERBS = Set.of("see", "recall", "observe", "say", "find", "understand",
            "look", "remember", "imagine", "argue", "note");

    /** Whether a trigger cue really predicts here. */
    static boolean predicts(Cue c, Sentence s, boolean anchored, boolean reported) {
        if (Vetoes.veto(c, s).isPresent()) {
            return false;
        }
        String word = s.token(c.from()).key();
        return switch (c.kind()) {
            case CAN -> anchored && !NON_EVENT_VERBS.contains(eventVerb(c, s).map(Token::key).orElse(""));
            case WOULD -> anchored || reported;
            case POSSIBLE -> switch (word) {
                case "chance", "risk" -> c.to() < s.tokens().size() && (s.token(c.to()).key().equals("that")
                        || s.token(c.to()).key().equals("of") && c.to() + 1 < s.tokens().size()
                        && s.token(c.to() + 1).pos().equals("VBG"));
                default -> true;
            };
            // "likely" predicts as "likely to" or beside a modal.
            case PROBABLE -> !word.equals("likely") || c.to() < s.tokens().size() && s.token(c.to()).key().equals("to")
                    || c.from() > 0 && s.token(c.from() - 1).pos().equals("MD") || anchored;
            case FUTURE -> future(c, s, s.token(c.from()));
            default -> true;
        };
    }

    /** A plan predicts when it is a verb of the present ("plans to"), not a noun or a past plan ("was planning to"). */
    private static boolean future(Cue c, Sentence s, Token first) {
        String word = first.key();
        if (word.equals("be") && first.pos().equals("VBD") && c.phrase().contains(" ")) {
            return false;   // "was scheduled to hold": a past plan
        }
        String form = first.word().toLowerCase(Locale.ROOT);
        if (form.equals("scheduled") || form.equals("set")) {
            if (s.children(c.from()).stream().anyMatch(d -> d.relation().startsWith("aux")
                    && s.token(d.dependent()).pos().equals("VBD"))) {
                return false;   // "which was also scheduled to hold"
            }
            // A bare "scheduled to" clause counts in a sentence about the present: "the states scheduled to vote are…".
            int root = s.root();
            if (root == c.from()) {
                // The parser took the participle for the main verb ("The states scheduled to hold elections
                // are…" parsed with "scheduled" as root): the sentence's own tenses tell.
                return s.tokens().stream().anyMatch(t -> t.pos().matches("VBZ|VBP|MD"))
                        && s.tokens().stream().noneMatch(t -> t.pos().equals("VBD"));
            }
            return root < 0 || s.token(root).pos().matches("VBZ|VBP|MD") || s.children(root).stream()
                    .anyMatch(d -> d.relation().matches("cop|aux.*") && s.token(d.dependent()).pos().matches("VBZ|VBP|MD"));
        }
        if (!word.equals("plan") && !word.equals("intend") && !word.equals("aim")) {
            return true;
        }
        if (!first.pos().startsWith("VB") || first.pos().equals("VBD") || first.pos().equals("VBN")) {
            return false;
        }
        for (int i = Math.max(0, c.from() - 3); i < c.from(); i++) {
            Token t = s.token(i);
            if (t.key().equals("be") && (t.pos().equals("VBD") || t.word().equalsIgnoreCase("had"))) {
                return false;
            }
        }
        return true;
    }

    /** The verb the trigger predicts, when the parse shows it. */
    static Optional<Token> eventVerb(Cue trigger, Sentence s) {
        if (s.token(trigger.from()).pos().equals("MD")) {
            int h = s.head(trigger.from());
            if (h >= 0) {
                return Optional.of(s.token(h));
            }
            for (int i = trigger.to(); i < s.tokens().size(); i++) {
                if (s.token(i).pos().startsWith("VB")) {
                    return Optional.of(s.token(i));
                }
            }
        }
        return Optional.empty();
    }

    static boolean hasAnchor(List<Cue> found, Sentence s) {
        return found.stream().anyMatch(c -> c.kind() == Cue.Kind.ANCHOR || c.kind() == Cue.Kind.FUTURE
                && s.token(c.from()).pos().equals("MD"));
    }

    /**
     * Whether a trigger stands in reported speech: a reporting verb governs its clause ("said that prices
     * would rise"), or the sentence has no reporting verb of its own but inherits a speaker (a quotation).
     */
    static boolean reportedBy(List<Cue> found, Cue trigger, Sentence s, boolean hasSpeaker) {
        int clause = trigger.clauseHead(s);
        boolean ownReport = false;
        for (Cue r : found) {
            if (!r.reports(s)) {
                continue;
            }
            ownReport = true;
            if (r.from() == clause || s.children(r.from()).stream().anyMatch(d -> s.token(d.dependent()).pos().equals("MD"))) {
                continue;   // "he would say", "one should not state that": not a report of the forecast
            }
            // "…, the statement said": the reporting verb hangs on the clause it reports (parataxis).
            boolean parataxis = s.head(r.from()) == clause || governs(s, clause, r.from()) && s.relation(r.from()).equals("parataxis");
            if (s.parsed() ? governs(s, r.from(), clause) || parataxis : r.from() < trigger.from()) {
                return true;
            }
        }
        return hasSpeaker && !ownReport;
    }

    private static boolean governs(Sentence s, int governor, int token) {
        for (int up = s.head(token), steps = 0; up >= 0 && steps < 4; up = s.head(up), steps++) {
            if (up == governor) {
                return true;
            }
        }
        return false;
    }

    /** The first token after the cue that is no adverb: "would not have", "would also like". */
    static int afterAdverbs(Cue c, Sentence s) {
        int next = c.to();
        while (next < s.tokens().size() && s.token(next).pos().equals("RB")) {
            next++;
        }
        return next;
    }

    static boolean isQuestion(Sentence s) {
        String t = s.text().strip();
        while (!t.isEmpty() && "\"'”’)".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t.endsWith("?");
    }

    private Triggers() {
    }
}
