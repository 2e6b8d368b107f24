package org.augur.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.augur.nlp.Sentence;
import org.augur.nlp.Token;

/**
 * The phrases of horizon-words.tsv by class ("when", "prefix", "event", "span-unit"…), for {@link Horizons}:
 * the longest phrase of a class at or before a token, the relative span a phrase opens ("in the coming
 * weeks"), whether a noun names an event, and the key words that tell a sentence may give a horizon at all.
 */
final class HorizonWords {
    /** class → phrases (lists of lower-case words), longest first. */
    private final Map<String, List<List<String>>> words = new HashMap<>();
    /** The last words of the phrases and clause openers that say when: "soon", "run", "until". */
    private final Set<String> whenWords = new HashSet<>();

    HorizonWords(List<String[]> rows) {
        for (String[] row : rows) {
            if (row.length < 2) {
                throw new IllegalArgumentException("horizon-words.tsv: a phrase needs a class: " + String.join(" ", row));
            }
            words.computeIfAbsent(row[1], k -> new ArrayList<>()).add(List.of(row[0].toLowerCase(Locale.ROOT).split("\\s+")));
        }
        words.values().forEach(l -> l.sort((a, b) -> b.size() - a.size()));
        for (String kind : List.of("when", "then", "clause", "event", "span-unit")) {
            words.getOrDefault(kind, List.of()).forEach(phrase -> whenWords.add(keyWord(phrase)));
        }
    }

    /** The last word of a phrase that is no preposition or article: "ahead of" → "ahead", "by the time" → "time". */
    private static String keyWord(List<String> phrase) {
        for (int i = phrase.size() - 1; i > 0; i--) {
            if (!FUNCTION_WORDS.contains(phrase.get(i))) {
                return phrase.get(i);
            }
        }
        return phrase.get(0);
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("of", "to", "for", "on", "the", "in", "at", "by", "a");

    /** Whether a lower-case word is the key word of a phrase or clause that says when, an event noun or a span unit. */
    boolean saysWhen(String word) {
        return whenWords.contains(word);
    }

    /** Whether token {@code i} is a noun that names an event ("election", "summit"), as written or by its lemma. */
    boolean isEventNoun(Sentence s, int i) {
        Token k = s.token(i);
        return k.pos().startsWith("NN") && (!at(s, i, "event").isEmpty() || words.getOrDefault("event", List.of())
                .contains(List.of(k.key().toLowerCase(Locale.ROOT))));
    }

    /** Whether token {@code i} is a noun that names a span of the calendar ("year", "biennium"). */
    boolean isPeriodNoun(Sentence s, int i) {
        Token k = s.token(i);
        return k.pos().startsWith("NN") && words.getOrDefault("period", List.of()).contains(List.of(k.key().toLowerCase(Locale.ROOT)));
    }

    /**
     * A relative span at token {@code from}: a preposition, "the", words of the span ("next", "coming",
     * "few", a number) and a plural unit, perhaps "ahead" or "to come" — "in the coming weeks", "over the
     * next few weeks", "within days", "in the decades ahead", "for years to come". It says when if it looks
     * ahead (a span word, "ahead", "to come") or is "within" a unit; "for weeks", "in years" say how long.
     * {@code to} is the end of its words; {@code number} the count it gives, or -1 ("few", none).
     */
    record Span(int from, int to, int number, char unit, boolean vague) {
        /** Its date from the article's (the end of "the next 10 days"), or no value when it gives no number. */
        String value(Optional<LocalDate> today) {
            return number < 0 || unit == ' ' || today.isEmpty() ? "" : TimexValues.resolve("P" + number + unit, today);
        }
    }

    Span span(Sentence s, int from) {
        List<String> opens = at(s, from, "span-case");
        if (opens.isEmpty()) {
            return null;
        }
        int i = from + opens.size();
        boolean the = i < s.tokens().size() && s.token(i).word().equalsIgnoreCase("the");
        i += the ? 1 : 0;
        boolean ahead = false;
        int number = -1;
        int numbers = 0;
        for (; i < s.tokens().size(); i++) {
            Token k = s.token(i);
            if (!at(s, i, "span-word").isEmpty()) {
                ahead |= !k.word().equalsIgnoreCase("few") && !k.word().equalsIgnoreCase("several");
            } else if (k.pos().equals("CD") || k.word().equals("to") && numbers > 0 && i + 1 < s.tokens().size() && s.token(i + 1).pos().equals("CD")) {
                numbers++;
                number = k.word().matches("\\d{1,3}") && numbers == 1 ? Integer.parseInt(k.word()) : -2;
            } else {
                break;
            }
        }
        if (i >= s.tokens().size() || at(s, i, "span-unit").isEmpty()) {
            return null;
        }
        char unit = switch (s.token(i).word().toLowerCase(Locale.ROOT)) {
            case "hours" -> 'H';
            case "days" -> 'D';
            case "weeks" -> 'W';
            case "months" -> 'M';
            case "years" -> 'Y';
            default -> ' ';   // minutes, decades, generations: no date of their own
        };
        int to = i + 1;
        List<String> after = to < s.tokens().size() ? at(s, to, "span-ahead") : List.of();
        ahead |= !after.isEmpty();
        to += after.size();
        String open = String.join(" ", opens);
        boolean says = ahead && !(open.equals("for") && after.isEmpty()) || open.equals("within") && !the;
        return says ? new Span(from, to, Math.max(number, -1), unit, numbers == 0) : null;
    }

    /** The longest phrase of a class that starts at token {@code i}, or an empty list. */
    List<String> at(Sentence s, int i, String kind) {
        for (List<String> p : words.getOrDefault(kind, List.of())) {
            if (i + p.size() <= s.tokens().size() && matches(s, i, p)) {
                return p;
            }
        }
        return List.of();
    }

    /** The longest phrase of a class that ends right before token {@code i}, or an empty list. */
    List<String> before(Sentence s, int i, String kind) {
        for (List<String> p : words.getOrDefault(kind, List.of())) {
            if (i - p.size() >= 0 && matches(s, i - p.size(), p)) {
                return p;
            }
        }
        return List.of();
    }

    private static boolean matches(Sentence s, int at, List<String> phrase) {
        for (int k = 0; k < phrase.size(); k++) {
            if (!s.token(at + k).word().toLowerCase(Locale.ROOT).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
