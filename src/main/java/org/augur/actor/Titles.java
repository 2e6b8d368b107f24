package org.augur.actor;

import java.util.Set;
import org.augur.nlp.Sentence;
import org.augur.nlp.Token;

/**
 * The title the text gives a person's name, for the actors table: an office before the name ("US National
 * Security Advisor John Bolton" → "National Security Advisor"), an apposition after it ("Ivan Timofeev,
 * Programme director of the Valdai Discussion Club"), or an office set off before it by commas ("Peru's energy
 * minister, Ana Ruiz, says"). A title ends on one of {@code titleHeads} (titles.txt); the names of places and
 * organisations that own the office ("US", "Peru's") are not part of it.
 */
final class Titles {
    private final AliasTable aliases;
    private final Set<String> titleHeads;

    Titles(AliasTable aliases, Set<String> titleHeads) {
        this.aliases = aliases;
        this.titleHeads = titleHeads;
    }

    /** The title next to the name at tokens [nameStart, nameEnd) of {@code s}: before it, after it, or apposed; "" if none. */
    String of(Sentence s, int nameStart, int nameEnd) {
        String before = titleBefore(s, nameStart);
        if (!before.isEmpty()) {
            return before;
        }
        String after = titleAfter(s, nameEnd);
        return !after.isEmpty() ? after : titleApposed(s, nameStart, nameEnd);
    }

    /** "US National Security Advisor John Bolton" → "National Security Advisor". */
    private String titleBefore(Sentence s, int nameStart) {
        int from = nameStart;
        while (from > 0) {
            Token t = s.token(from - 1);
            boolean nounish = t.pos().startsWith("NN") || t.pos().equals("JJ") && Character.isUpperCase(t.word().charAt(0));
            if (!nounish || t.ner().equals("PERSON") || !s.sameParagraph(from - 1, from)) {
                break;   // a headline's last words are no title of the name that opens the paragraph under it
            }
            from--;
        }
        from = afterNames(s, from, nameStart);
        if (from == nameStart) {
            return "";
        }
        Token head = s.token(nameStart - 1);
        if (!titleHeads.contains(head.key()) || head.pos().endsWith("S")) {
            return "";
        }
        // A bare honorific ("President Trump") is part of how the name is said, still a title.
        return RuleActorFinder.oneLine(s.span(from, nameStart));
    }

    /**
     * "Peru's energy minister, Ana Ruiz, says" → "energy minister": an office before the name, set off by
     * commas on both sides of the name, without the country or body that owns it ("Peru's"). Only where the
     * office opens the sentence or follows a determiner, so that a list ("mayors, Ana Ruiz, …") is none.
     */
    private String titleApposed(Sentence s, int nameStart, int nameEnd) {
        if (nameStart < 2 || nameEnd >= s.tokens().size() || !s.token(nameStart - 1).word().equals(",")
                || !s.token(nameEnd).word().equals(",")) {
            return "";
        }
        int headAt = nameStart - 2;
        Token head = s.token(headAt);
        if (!titleHeads.contains(head.key()) || head.pos().endsWith("S") || !head.pos().startsWith("NN")) {
            return "";
        }
        int from = headAt;
        while (from > 0 && headAt - from < 5 && s.token(from - 1).pos().matches("NN|NNP|JJ|POS|HYPH")
                && !s.token(from - 1).ner().equals("PERSON") && s.sameParagraph(from - 1, from)) {
            from--;
        }
        if (from > 0 && !s.token(from - 1).pos().matches("DT|PRP\\$|IN")) {
            return "";
        }
        // The owner is not the office: "Peru's energy minister" → "energy minister".
        int start = from;
        for (int i = from; i < headAt; i++) {
            if (s.token(i).pos().equals("POS")) {
                start = i + 1;
            }
        }
        return RuleActorFinder.oneLine(s.span(afterNames(s, start, headAt), headAt + 1));
    }

    /**
     * The first token from {@code from} (up to {@code to}) that is no name of a place or an organisation:
     * "US", "DPRK", "Kremlin" before an office are its owner, not the office.
     */
    private int afterNames(Sentence s, int from, int to) {
        int at = from;
        while (at < to && (!s.token(at).ner().equals("O") || aliases.lookup(s.token(at).word()).isPresent())) {
            at++;
        }
        return at;
    }

    /** "Ivan Timofeev, Programme director of the Valdai Discussion Club" → the apposition. */
    private String titleAfter(Sentence s, int nameEnd) {
        if (nameEnd >= s.tokens().size() || !s.token(nameEnd).word().equals(",")) {
            return "";
        }
        int to = nameEnd + 1;
        boolean head = false;
        while (to < s.tokens().size()) {
            Token t = s.token(to);
            if (t.pos().equals(",") || t.pos().equals(".") || t.pos().equals(":") || t.pos().startsWith("VB")
                    || t.pos().equals("MD") || to - nameEnd > 12 || !s.sameParagraph(to - 1, to)) {
                break;
            }
            if (to - nameEnd <= 3 && titleHeads.contains(t.key())) {
                head = true;
            }
            to++;
        }
        return head ? RuleActorFinder.oneLine(s.span(nameEnd + 1, to)) : "";
    }
}
