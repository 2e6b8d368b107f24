package org.augur.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.augur.cue.Cue;
import org.augur.cue.CueLexicon;
import org.augur.nlp.AnnotatedDoc;
import org.augur.nlp.Dependency;
import org.augur.nlp.Lexicon;
import org.augur.nlp.Sentence;
import org.augur.nlp.TimeExpression;
import org.augur.nlp.TimeTagger;
import org.augur.nlp.Token;

/**
 * Adds the horizon to forecasts: when the predicted event is to happen, as a TIMEX value and the words of
 * the sentence that say it. Only words attached to the predicted event count ({@link EventClause}: its
 * clause and its arguments in the parse), never another clause's time (the day a warning was given, a
 * past exercise's date). In order of preference:
 * <ol>
 *   <li>a time expression (SUTime) at or after the article's date: "on Monday", "by 2030" (with the
 *       preposition when it changes the meaning, horizon-words.tsv), "within two weeks" (a duration that
 *       says when, resolved from the article date); never a bare duration ("several months"), a number that
 *       names something ("resolution 2202", "the 2030 Agenda"), "future" as a noun ("a better future"),
 *       or a weekday SUTime put in the past ("would be instated on Saturday": the next Saturday);</li>
 *   <li>a word or phrase that says when ("soon", "in the long run"): FUTURE_REF;</li>
 *   <li>a clause or phrase on the event that says when ("until we find it", "after the elections"): the
 *       words, with no TIMEX value.</li>
 * </ol>
 * Unparsed sentences take only a time expression in the trigger's stretch of the sentence (no comma,
 * colon, bracket or quotation mark between). Time is tagged only in forecast sentences.
 */
public final class Horizons {
    private static final Pattern BARE_YEAR = Pattern.compile("\\d{4}");
    private static final Pattern FUTURE_NOUN = Pattern.compile("(?i)(the )?((near|distant|foreseeable|not too distant) )?future");
    private static final Pattern PERIOD = Pattern.compile("PT?(\\d+)([YMWDH])");
    private static final Pattern PAST_WORDS = Pattern.compile("(?i).*\\b(last|past|ago|earlier|previous|previously|yesterday|recent|recently)\\b.*");
    /** A time said from the article's day ("tomorrow", "next week"), which dates the event even as a subject. */
    private static final Pattern DEICTIC = Pattern.compile("(?i).*\\b(today|tonight|tomorrow|next|coming|this)\\b.*");
    private static final Set<String> SEGMENT_BREAKS = Set.of(",", ";", ":", "(", ")", "\"", "“", "”", "—", "–", "--");

    private final TimeTagger tagger;
    private final CueLexicon cues;
    /** class → phrases (lists of lower-case words), longest first. */
    private final Map<String, List<List<String>>> words = new HashMap<>();
    private static final org.augur.nlp.TimeWords TIME_WORDS = org.augur.nlp.TimeWords.standard();
    /** The last words of the phrases and clause openers that say when: "soon", "run", "until". */
    private final java.util.Set<String> whenWords = new java.util.HashSet<>();

    public Horizons(TimeTagger tagger) {
        this(tagger, CueLexicon.standard(), Lexicon.rows(Lexicon.lines(Horizons.class, "horizon-words.tsv")));
    }

    Horizons(TimeTagger tagger, CueLexicon cues, List<String[]> rows) {
        this.tagger = tagger;
        this.cues = cues;
        for (String[] row : rows) {
            if (row.length < 2) {
                throw new IllegalArgumentException("horizon-words.tsv: a phrase needs a class: " + String.join(" ", row));
            }
            words.computeIfAbsent(row[1], k -> new ArrayList<>()).add(List.of(row[0].toLowerCase(Locale.ROOT).split("\\s+")));
        }
        words.values().forEach(l -> l.sort((a, b) -> b.size() - a.size()));
        for (String kind : List.of("when", "clause")) {
            words.getOrDefault(kind, List.of()).forEach(phrase -> whenWords.add(phrase.get(phrase.size() - 1)));
        }
    }

    /**
     * Whether the sentence may give a horizon: it holds a time word or a digit, or the last word of a
     * phrase or clause that says when ("soon", "in the long run", "until"). Only such a sentence needs
     * its parse for the horizon.
     */
    public boolean mayHoldHorizon(Sentence s) {
        if (!TIME_WORDS.timeTokens(s).isEmpty()) {
            return true;
        }
        for (org.augur.nlp.Token t : s.tokens()) {
            if (whenWords.contains(t.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A horizon: a TIMEX value ("" when the words name an event, not a time) and the words. */
    public record Horizon(String value, String text) {
        public Horizon {
            value = tidy(value);
        }
    }

    /**
     * The horizon of a forecast in sentence {@code sentence} of {@code doc}, whose cues are {@code cues}
     * (as the forecast lists them): empty when the sentence gives no time for its event.
     */
    public Optional<Horizon> of(AnnotatedDoc doc, int sentence, List<String> cues) {
        Sentence s = doc.sentences().get(sentence);
        Optional<Cue> trigger = EventClause.trigger(s, cues, this.cues);
        if (trigger.isEmpty()) {
            return Optional.empty();
        }
        EventClause event = EventClause.of(s, trigger.get());
        // Only expressions that may be the event's: one whose head is on the event holds a word that is.
        List<TimeExpression> times = tagger.find(doc.article(), s, i -> onEvent(event, i, i + 1));
        return find(event, times, doc.article().metadata().date());
    }

    /** The horizon of one predicted event, from the time expressions of its sentence. */
    Optional<Horizon> find(EventClause event, List<TimeExpression> times, Optional<LocalDate> today) {
        Sentence s = event.sentence();
        for (TimeExpression t : times) {
            int[] span = tokens(s, t);
            if (span[0] < span[1] && onEvent(event, span[0], span[1]) && !former(s, span[0], span[1])) {
                Optional<Horizon> h = accept(s, t, span[0], span[1], today);
                if (h.isPresent()) {
                    return h;
                }
            }
        }
        if (event.head() < 0) {
            return Optional.empty();
        }
        for (int i = 0; i < s.tokens().size(); i++) {
            List<String> when = phraseAt(s, i, "when");
            if (!when.isEmpty() && onEvent(event, i, i + when.size()) && !s.token(i).pos().equals("JJ")) {
                return Optional.of(new Horizon("FUTURE_REF", s.span(i, i + when.size())));
            }
        }
        return clause(event);
    }

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
        if (!EventClause.sameParagraph(s, event.trigger().from(), from)) {
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

    /** A time expression as a horizon, or empty when it cannot be one. */
    Optional<Horizon> accept(Sentence s, TimeExpression t, int from, int to, Optional<LocalDate> today) {
        String v = t.value();
        String text = t.text().strip();
        if (v.isEmpty() || v.equals("PAST_REF") || v.equals("PRESENT_REF") || t.type().equals("SET")
                || dateline(s, t)) {
            return Optional.empty();
        }
        for (int i = from; i < to; i++) {
            if (s.token(i).pos().equals("MD")) {
                return Optional.empty();   // "COVID-19 may spread": "19 may" is no date
            }
        }
        List<String> prefix = phraseBefore(s, from, "prefix");
        // A preposition before it makes it adverbial, whatever the parse says ("over 18 months" parsed as a subject).
        boolean possessive = to < s.tokens().size() && s.token(to).pos().equals("POS");   // "in today's world"
        if (PAST_WORDS.matcher(text).matches() || possessive || prefix.isEmpty() && namesSomething(s, from, to)
                || v.startsWith("0")) {   // "the twenty-first century" tokenised "first century": 00XX
            return Optional.empty();
        }
        String prefixText = prefix.isEmpty() ? "" : s.span(from - prefix.size(), from) + " ";
        if (v.equals("FUTURE_REF")) {
            // "in the future" says when; "a better future", "future generations" do not.
            return FUTURE_NOUN.matcher(text).matches() && prefix.equals(List.of("in"))
                    ? Optional.of(new Horizon(v, prefixText + text)) : Optional.empty();
        }
        if (t.type().equals("DURATION")) {
            String lower = text.toLowerCase(Locale.ROOT);
            // "in five years" says when, "in decades" (PXY) is how long.
            boolean says = !phraseBefore(s, from, "duration").isEmpty() && !v.contains("X") && !sinceWhen(s, from - prefix.size())
                    || (lower.startsWith("the next ") || lower.startsWith("the coming ")) && !prefix.isEmpty();
            return says ? Optional.of(new Horizon(resolve(v, today), prefixText + text)) : Optional.empty();
        }
        if (t.type().equals("TIME") && to - from == 1 && !Character.isDigit(text.charAt(0))) {
            return Optional.empty();   // a bare "night" or "morning"
        }
        if (BARE_YEAR.matcher(text).matches()) {
            // A year says when after a preposition ("by 2030", "in 2019"); "resolution 2202", "the 2030
            // Agenda", "Agenda 2063" and a heading "2007" name something.
            int year = Integer.parseInt(text);
            if (prefix.isEmpty() || today.isPresent() && year > today.get().getYear() + 100) {
                return Optional.empty();
            }
        }
        String value = forward(v, text, today, pastVerb(s, from, to));
        if (today.isPresent()) {
            Optional<LocalDate> end = end(value);
            if (end.isEmpty() && !value.startsWith("XXXX") || end.isPresent() && end.get().isBefore(today.get())) {
                return Optional.empty();
            }
        }
        return Optional.of(new Horizon(value, prefixText + text));
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
            if (rel.startsWith("nsubj") && DEICTIC.matcher(s.span(from, to)).matches()) {
                return false;   // "Tomorrow is Super Tuesday", "next week will see talks": still when
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
    private static int phraseHead(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            int h = s.head(i);
            if (h < from || h >= to) {
                return i;
            }
        }
        return -1;
    }

    /** Whether words [from, to) hang on a verb in the past tense ("read out on November 22"). */
    private static boolean pastVerb(Sentence s, int from, int to) {
        int link = phraseHead(s, from, to);
        int h = link < 0 ? -1 : s.head(link);
        return h >= 0 && s.token(h).pos().equals("VBD");
    }

    /**
     * Whether words [from, to) hang on a verb that says they were the plan once ("they were originally
     * planned for April 28", "initially scheduled for May"): the time was moved, so it is not the event's.
     * Not with a modal or "to", where the word means "at first" ("will initially last until May 3").
     */
    private boolean former(Sentence s, int from, int to) {
        int link = phraseHead(s, from, to);
        int h = link < 0 ? -1 : s.head(link);
        if (h < 0 || s.children(h).stream().anyMatch(d -> s.token(d.dependent()).pos().matches("MD|TO"))) {
            return false;   // "restrictions will initially last until May 3": at first, still ahead
        }
        return s.children(h).stream().anyMatch(d -> d.relation().equals("advmod")
                && !phraseAt(s, d.dependent(), "former").isEmpty());
    }

    /**
     * A date SUTime put in the past that the forecast means ahead: a weekday resolved into the week before
     * the article (the next one), or a day or month without a year put in the year before the article's
     * when the same day in the article's year is still to come. SUTime reads the tense around a date and
     * resolves "June 15" to last year's in a sentence that says "announced that from June 15 … would", in
     * a June 5 article; a date on a verb in the past tense itself ("read out on November 22") stays past.
     */
    static String forward(String value, String text, Optional<LocalDate> today, boolean pastVerb) {
        if (today.isEmpty() || !value.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
            return value;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int year = Integer.parseInt(value.substring(0, 4));
        if (year == today.get().getYear() - 1 && !pastVerb && !lower.matches(".*\\d{4}.*") && !PAST_WORDS.matcher(lower).matches()) {
            String ahead = today.get().getYear() + value.substring(4);
            Optional<LocalDate> end = end(ahead);
            if (end.isPresent() && !end.get().isBefore(today.get())) {
                return ahead;
            }
        }
        if (value.length() < 10) {
            return value;
        }
        LocalDate d = LocalDate.parse(value);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (lower.contains(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))
                    && d.isBefore(today.get()) && !d.isBefore(today.get().minusDays(7)) && !lower.matches(".*\\d.*")
                    && !lower.contains("last") && !lower.contains("past")) {
                return today.get().with(TemporalAdjusters.nextOrSame(day)).toString();
            }
        }
        return value;
    }

    /**
     * "for the first time in more than a century", "the worst fire in decades", "the highest in five years":
     * a duration after a superlative or "time" measures how long since, not when.
     */
    private static boolean sinceWhen(Sentence s, int prefixStart) {
        for (int i = prefixStart - 1; i >= 0 && i >= prefixStart - 3; i--) {
            Token t = s.token(i);
            if (t.pos().equals("JJS") || t.pos().equals("RBS") || t.key().equals("time")) {
                return true;
            }
        }
        return false;
    }

    /** A duration from the article date: P2W → the date two weeks on, P5Y → the year; unchanged without a date. */
    static String resolve(String duration, Optional<LocalDate> today) {
        Matcher m = PERIOD.matcher(duration);
        if (today.isEmpty() || !m.matches()) {
            return duration;
        }
        int n = Integer.parseInt(m.group(1));
        LocalDate d = today.get();
        boolean time = duration.startsWith("PT");
        return switch (m.group(2)) {
            case "Y" -> String.valueOf(d.plusYears(n).getYear());
            case "M" -> time ? d.toString() : YearMonth.from(d.plusMonths(n)).toString();
            case "W" -> d.plusWeeks(n).toString();
            case "D" -> d.plusDays(n).toString();
            default -> d.plusDays(n / 24).toString();
        };
    }

    /**
     * A TIMEX value as a spreadsheet cell: SUTime's compound values are cut to the date they hold
     * ("2019-10-21 INTERSECT P1W", the week of October 21, → 2019-10-21) or left empty when they hold
     * none ("THIS P1W OFFSET P1W", "next week" in an article without a date; "PTXH", "the next few
     * hours"): the words stay in horizon_text.
     */
    static String tidy(String value) {
        int intersect = value.indexOf(" INTERSECT ");
        if (intersect > 0) {
            return tidy(value.substring(0, intersect));
        }
        if (value.contains(" ") || value.startsWith("P") && value.contains("X")) {
            return "";
        }
        return value;
    }

    /** The last day of the period a TIMEX value names, when it names one: 2019 → 2019-12-31, 2019-W05 → its Sunday. */
    static Optional<LocalDate> end(String value) {
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return Optional.of(LocalDate.parse(value.substring(0, 10)));
            }
            if (value.matches("\\d{4}-W\\d{2}.*")) {
                LocalDate monday = LocalDate.parse(value.substring(0, 4) + "-01-04")
                        .with(DayOfWeek.MONDAY).plusWeeks(Integer.parseInt(value.substring(6, 8)) - 1);
                return Optional.of(monday.plusDays(6));
            }
            if (value.matches("\\d{4}-\\d{2}.*")) {
                return Optional.of(YearMonth.parse(value.substring(0, 7)).atEndOfMonth());
            }
            if (value.matches("\\d{4}-Q[1-4].*")) {
                return Optional.of(YearMonth.of(Integer.parseInt(value.substring(0, 4)),
                        3 * (value.charAt(6) - '0')).atEndOfMonth());
            }
            if (value.matches("\\d{4}-(SP|SU|FA|WI).*")) {
                int year = Integer.parseInt(value.substring(0, 4));
                return Optional.of(switch (value.substring(5, 7)) {
                    case "SP" -> LocalDate.of(year, 6, 20);
                    case "SU" -> LocalDate.of(year, 9, 22);
                    case "FA" -> LocalDate.of(year, 12, 21);
                    default -> LocalDate.of(year + 1, 3, 20);
                });
            }
            if (value.matches("\\d{4}.*")) {
                return Optional.of(LocalDate.of(Integer.parseInt(value.substring(0, 4)), 12, 31));
            }
            if (value.matches("\\d{3}X.*")) {
                return Optional.of(LocalDate.of(Integer.parseInt(value.substring(0, 3)) * 10 + 9, 12, 31));
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * A clause or phrase on the event that says when: an adverbial clause opened by "until", "after",
     * "before", "once", "as soon as" ("until we find it"), or a phrase with such a preposition ("after the
     * elections", "following the election today"). Its words, whole, up to 20.
     */
    private Optional<Horizon> clause(EventClause event) {
        Sentence s = event.sentence();
        for (Dependency d : s.dependencies()) {
            String rel = d.relation();
            boolean phrase = rel.startsWith("obl") || rel.equals("nmod");
            if (d.governor() < 0 || !(rel.equals("advcl") || phrase) || !event.holds(d.governor())) {
                continue;
            }
            List<Integer> tree = EventClause.subtree(s, d.dependent());
            int to = tree.get(tree.size() - 1) + 1;
            for (Dependency m : s.children(d.dependent())) {
                boolean opens = (m.relation().equals("mark") || m.relation().equals("case") && !rel.equals("nmod"))
                        && m.dependent() - tree.get(0) <= 1 && !phraseAt(s, m.dependent(), "clause").isEmpty();
                boolean next = phrase && m.relation().equals("case") && !phraseAt(s, m.dependent(), "next-case").isEmpty()
                        && s.children(d.dependent()).stream().anyMatch(c -> !phraseAt(s, c.dependent(), "next").isEmpty());
                if (!(opens || next) || !contiguous(tree) || to - m.dependent() > 20 || past(s, d.dependent())) {
                    continue;
                }
                int end = to;
                while (end > m.dependent() + 1 && (SEGMENT_BREAKS.contains(s.token(end - 1).word()) || s.token(end - 1).pos().equals("."))) {
                    end--;
                }
                return Optional.of(new Horizon("", s.span(m.dependent(), end)));
            }
        }
        return Optional.empty();
    }

    /** A clause in the past ("after Jo Swinson was defeated"): a cause, not a time to come. */
    private static boolean past(Sentence s, int verb) {
        if (s.token(verb).pos().equals("VBD")) {
            return true;
        }
        return s.children(verb).stream().anyMatch(c -> c.relation().startsWith("aux") && s.token(c.dependent()).pos().equals("VBD")
                || c.relation().equals("cop") && s.token(c.dependent()).pos().equals("VBD"));
    }

    private static boolean contiguous(List<Integer> sorted) {
        return sorted.get(sorted.size() - 1) - sorted.get(0) == sorted.size() - 1;
    }

    /** The longest phrase of a class that starts at token {@code i}, or an empty list. */
    private List<String> phraseAt(Sentence s, int i, String kind) {
        for (List<String> p : words.getOrDefault(kind, List.of())) {
            if (i + p.size() <= s.tokens().size() && matches(s, i, p)) {
                return p;
            }
        }
        return List.of();
    }

    /** The longest phrase of a class that ends right before token {@code i}, or an empty list. */
    private List<String> phraseBefore(Sentence s, int i, String kind) {
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
