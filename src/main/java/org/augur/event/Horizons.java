package org.augur.event;

import static org.augur.event.HorizonSyntax.antecedent;
import static org.augur.event.HorizonSyntax.breaks;
import static org.augur.event.HorizonSyntax.clauseAfter;
import static org.augur.event.HorizonSyntax.contiguous;
import static org.augur.event.HorizonSyntax.cutShort;
import static org.augur.event.HorizonSyntax.dateline;
import static org.augur.event.HorizonSyntax.governedByEvent;
import static org.augur.event.HorizonSyntax.madeBefore;
import static org.augur.event.HorizonSyntax.modal;
import static org.augur.event.HorizonSyntax.namesSomething;
import static org.augur.event.HorizonSyntax.onEvent;
import static org.augur.event.HorizonSyntax.onOrScheduled;
import static org.augur.event.HorizonSyntax.past;
import static org.augur.event.HorizonSyntax.pastVerb;
import static org.augur.event.HorizonSyntax.phraseHead;
import static org.augur.event.HorizonSyntax.scheduled;
import static org.augur.event.HorizonSyntax.sinceWhen;
import static org.augur.event.HorizonSyntax.tokens;
import static org.augur.event.HorizonSyntax.verbLeftOut;
import static org.augur.event.TimexValues.PAST_WORDS;
import static org.augur.event.TimexValues.begin;
import static org.augur.event.TimexValues.end;
import static org.augur.event.TimexValues.forward;
import static org.augur.event.TimexValues.resolve;
import static org.augur.event.TimexValues.tidy;

import java.time.LocalDate;
import java.util.ArrayList;
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

    private final TimeTagger tagger;
    private final CueLexicon cues;
    /** The phrases of horizon-words.tsv by class. */
    private final HorizonWords lexicon;
    private static final org.augur.nlp.TimeWords TIME_WORDS = org.augur.nlp.TimeWords.standard();

    public Horizons(TimeTagger tagger) {
        this(tagger, CueLexicon.standard(), Lexicon.rows(Lexicon.lines(Horizons.class, "horizon-words.tsv")));
    }

    Horizons(TimeTagger tagger, CueLexicon cues, List<String[]> rows) {
        this.tagger = tagger;
        this.cues = cues;
        this.lexicon = new HorizonWords(rows);
    }

    /**
     * Whether the sentence may give a horizon: it holds a time word or a digit, or the key word of a phrase
     * or clause that says when ("soon", "in the long run", "until", "ahead of"), of an event noun
     * ("summit") or of a relative span ("weeks"). Only such a sentence needs its parse for the horizon.
     */
    public boolean mayHoldHorizon(Sentence s) {
        if (!TIME_WORDS.timeTokens(s).isEmpty()) {
            return true;
        }
        for (org.augur.nlp.Token t : s.tokens()) {
            if (lexicon.saysWhen(t.word().toLowerCase(Locale.ROOT))) {
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
        List<EventClause> events = events(s, trigger.get(), cues);
        // Only expressions that may be an event's: one whose head is on the event holds a word that is.
        List<TimeExpression> times = tagger.find(doc.article(), s, i -> events.stream().anyMatch(e -> reaches(e, i)));
        Optional<LocalDate> today = doc.article().metadata().date();
        for (EventClause event : events) {
            // "will deploy a unit … during this session and expand their number in future": the head's own
            // time before one on a verb joined to it
            Optional<Horizon> h = find(event.core(), times, today).or(() -> find(event, times, today));
            if (h.isPresent()) {
                return h;
            }
        }
        return deadline(events.get(0), doc.article(), today);
    }

    /**
     * When nothing on the event's clauses says when: a deadline elsewhere in the sentence, "by", "before"
     * or "until" a year or date still ahead, on a clause not in the past and in the trigger's paragraph
     * ("our commitment to … providing 0.7 per cent of income … by 2030", "policies that aim, by 2030, to
     * address…"): the parse hangs it deep in a noun's clause, but a target date in a forecast is its time.
     */
    private Optional<Horizon> deadline(EventClause event, org.augur.corpus.Article article, Optional<LocalDate> today) {
        Sentence s = event.sentence();
        if (event.head() < 0 || today.isEmpty()) {
            return Optional.empty();
        }
        for (TimeExpression t : tagger.find(article, s, i -> !lexicon.before(s, i, "deadline").isEmpty())) {
            int[] span = tokens(s, t);
            List<String> by = lexicon.before(s, span[0], "deadline");
            if (span[0] >= span[1] || by.isEmpty() || !t.value().matches("\\d{4}(-\\d{2}){0,2}")
                    || !s.sameParagraph(event.trigger().from(), span[0]) || pastVerb(s, span[0], span[1])
                    || modal(s, span[0], span[1])) {
                continue;   // "we must get Brexit done by October 31st, or else I fear…": an obligation's date
            }
            Optional<LocalDate> end = end(t.value());
            if (end.isPresent() && !end.get().isBefore(today.get())) {
                return accept(s, t, span[0], span[1], today);
            }
        }
        return Optional.empty();
    }

    /**
     * The predicted events of a forecast, in the order their time is looked for: the main trigger's; then
     * those of the sentence's other triggers that the forecast lists ("will not only support our economy,
     * they will enable us to reduce emissions by 2030"); then the complement clauses of each, not in the
     * past ("we can expect to see the country recover soon", "I will tell you I'm not gonna celebrate until
     * they are home"), where the parse hangs the predicted event below the word the cue is on.
     */
    private List<EventClause> events(Sentence s, Cue trigger, List<String> cueList) {
        List<EventClause> out = new ArrayList<>();
        out.add(EventClause.of(s, trigger));
        if (out.get(0).head() < 0) {
            return out;
        }
        for (Cue c : cues.find(s)) {
            if (c.kind().triggers() && c.from() != trigger.from() && cueList.contains(c.phrase().toLowerCase(Locale.ROOT))) {
                EventClause other = EventClause.of(s, c);
                if (out.stream().noneMatch(e -> e.head() == other.head())) {
                    out.add(other);
                }
            }
        }
        for (EventClause e : List.copyOf(out)) {
            for (Dependency d : s.children(e.head())) {
                if (!d.relation().equals("ccomp") || past(s, d.dependent())) {
                    continue;
                }
                List<Integer> heads = new ArrayList<>(List.of(d.dependent()));
                s.children(d.dependent()).stream()
                        .filter(c -> c.relation().equals("conj") && s.token(c.dependent()).isVerb() && !past(s, c.dependent()))
                        .forEach(c -> heads.add(c.dependent()));
                for (int h : heads) {
                    if (out.stream().noneMatch(x -> x.head() == h)) {
                        out.add(new EventClause(s, e.trigger(), h));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether token {@code i} may stand in a time of the event: on its clause, in a schedule clause linked
     * to it ("the conference, to be held in March 2019, will present…"), or before a "when" that opens it
     * ("towards 2019, when we will celebrate…").
     */
    private static boolean reaches(EventClause event, int i) {
        return onEvent(event, i, i + 1) || event.head() >= 0 && (scheduled(event, i, i + 1) || antecedent(event, i + 1));
    }

    /** The horizon of one predicted event, from the time expressions of its sentence. */
    Optional<Horizon> find(EventClause event, List<TimeExpression> times, Optional<LocalDate> today) {
        Sentence s = event.sentence();
        boolean madeBefore = madeBefore(s, event.trigger());
        for (TimeExpression t : times) {
            int[] span = tokens(s, t);
            if (span[0] >= span[1] || former(s, span[0], span[1])) {
                continue;
            }
            boolean on = onEvent(event, span[0], span[1]);
            // "…, to be held in December", "towards 2019, when we will…": the time of the event, though the
            // parse does not hang it on the event's clause.
            boolean linked = !on && event.head() >= 0 && (scheduled(event, span[0], span[1]) || antecedent(event, span[1]));
            if (on || linked) {
                Optional<Horizon> h = accept(s, t, span[0], span[1], today, times, linked, madeBefore);
                if (h.isPresent()) {
                    return h;
                }
            }
        }
        if (event.head() < 0) {
            return Optional.empty();
        }
        Optional<Horizon> words = words(event);
        if (words.isPresent()) {
            return words;
        }
        Optional<Horizon> clause = clause(event);
        return clause.isPresent() ? clause : eventPhrase(event, times, today);
    }

    /**
     * Words on the event that say when without a time expression, the first in the sentence: an adverb or
     * fixed phrase ("soon", "in the long run", "at any moment": FUTURE_REF, with an adverb on it: "relatively
     * soon"), a relative span ("in the coming weeks", "within days", "for years to come": its date when it
     * gives a number, else no value) or a phrase that points back ("by then": no value).
     */
    private Optional<Horizon> words(EventClause event) {
        Sentence s = event.sentence();
        Optional<LocalDate> none = Optional.empty();
        for (int i = 0; i < s.tokens().size(); i++) {
            List<String> when = lexicon.at(s, i, "when");
            if (!when.isEmpty() && onOrScheduled(event, i, i + when.size()) && !s.token(i).pos().equals("JJ")) {
                int from = i;
                // "relatively soon", "fairly soon": an adverb on the phrase is part of what it says
                while (from > 0 && s.token(from - 1).pos().startsWith("RB") && s.head(from - 1) >= i && s.head(from - 1) < i + when.size()) {
                    from--;
                }
                return Optional.of(new Horizon("FUTURE_REF", s.span(from, i + when.size())));
            }
            HorizonWords.Span span = lexicon.span(s, i);
            if (span != null && (onOrScheduled(event, i, span.to()) || governedByEvent(event, i, span.to()))) {
                return Optional.of(new Horizon(span.value(none), s.span(i, span.to())));
            }
            List<String> then = lexicon.at(s, i, "then");
            if (!then.isEmpty() && onEvent(event, i, i + then.size())) {
                return Optional.of(new Horizon("", s.span(i, i + then.size())));
            }
        }
        return Optional.empty();
    }

    /** A time expression as a horizon, or empty when it cannot be one. */
    Optional<Horizon> accept(Sentence s, TimeExpression t, int from, int to, Optional<LocalDate> today) {
        return accept(s, t, from, to, today, List.of(t), false, false);
    }

    /**
     * A time expression as a horizon, or empty when it cannot be one; {@code times} are the sentence's
     * others (the end of a range), {@code linked} says it is the event's by a schedule clause or a "when"
     * (it then needs no preposition: "towards 2019, when…"), {@code madeBefore} that the forecast was made
     * before the article ({@link HorizonSyntax#madeBefore}): its time may have passed by the article's date.
     */
    Optional<Horizon> accept(Sentence s, TimeExpression t, int from, int to, Optional<LocalDate> today,
                             List<TimeExpression> times, boolean linked, boolean madeBefore) {
        String v = t.value();
        String text = t.text().strip();
        if (v.isEmpty() || v.equals("PAST_REF") || v.equals("PRESENT_REF") || t.type().equals("SET")
                || dateline(s, t)) {
            return Optional.empty();
        }
        List<String> before = lexicon.before(s, from, "prefix");
        if (!lexicon.before(s, from - before.size(), "since").isEmpty()) {
            return Optional.empty();   // "ready since 23 January": a start, in the past
        }
        Optional<Horizon> range = range(s, t, from, to, today, times);
        if (range.isPresent() || RANGE.matcher(text).matches()) {
            return range;
        }
        for (int i = from; i < to; i++) {
            if (s.token(i).pos().equals("MD")) {
                return Optional.empty();   // "COVID-19 may spread": "19 may" is no date
            }
        }
        List<String> prefix = before;
        // A preposition before it makes it adverbial, whatever the parse says ("over 18 months" parsed as a subject).
        boolean possessive = to < s.tokens().size() && s.token(to).pos().equals("POS");   // "in today's world"
        int event = eventNoun(s, from, to);
        if (PAST_WORDS.matcher(text).matches() || possessive
                || prefix.isEmpty() && !linked && event < 0 && namesSomething(s, from, to)
                || v.startsWith("0")) {   // "the twenty-first century" tokenised "first century": 00XX
            return Optional.empty();
        }
        String prefixText = prefix.isEmpty() ? "" : s.span(from - prefix.size(), from) + " ";
        HorizonWords.Span span = lexicon.span(s, from - prefix.size());
        if (span != null && span.vague() && span.to() >= to) {
            // "in the coming weeks", "over the next few years": no date to give, whatever SUTime guessed
            return Optional.of(new Horizon("", s.span(span.from(), span.to())));
        }
        if (v.equals("FUTURE_REF")) {
            // "in the future" says when; "a better future", "future generations" do not.
            return FUTURE_NOUN.matcher(text).matches() && prefix.equals(List.of("in"))
                    ? Optional.of(new Horizon(v, prefixText + text)) : Optional.empty();
        }
        if (t.type().equals("DURATION")) {
            String lower = text.toLowerCase(Locale.ROOT);
            // "in five years" says when, "in decades" (PXY) is how long.
            boolean says = !lexicon.before(s, from, "duration").isEmpty() && !v.contains("X") && !sinceWhen(s, from - prefix.size())
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
            if (prefix.isEmpty() && !linked && event < 0 || today.isPresent() && year > today.get().getYear() + 100) {
                return Optional.empty();
            }
            if (prefix.isEmpty() && event > from) {
                // "in the 2008 election": the phrase on the event noun says when; "convene the 2019 summit": the year
                int open = eventCase(s, from, event);
                if (today.isPresent() && year < today.get().getYear()) {
                    return Optional.empty();
                }
                return Optional.of(new Horizon(text, open >= 0 ? s.span(open, event + 1) : text));
            }
        }
        boolean pastVerb = pastVerb(s, from, to);
        String value = madeBefore ? v : forward(v, text, today, pastVerb);
        Optional<LocalDate> begin = begin(value);
        if (pastVerb && today.isPresent() && begin.isPresent() && !begin.get().isAfter(today.get())) {
            return Optional.empty();   // "has increased its contribution for this year": done, not to come
        }
        if (today.isPresent()) {
            Optional<LocalDate> end = end(value);
            LocalDate earliest = madeBefore ? today.get().minusDays(PAST_FORECAST_DAYS) : today.get();
            if (end.isEmpty() && !value.startsWith("XXXX") || end.isPresent() && end.get().isBefore(earliest)) {
                return Optional.empty();
            }
        }
        return Optional.of(new Horizon(value, prefixText + text));
    }

    /**
     * How many days before the article a forecast it reports in the past may have been due: "Humberto was
     * expected to pass by Bermuda late Wednesday night", written on Thursday.
     */
    private static final int PAST_FORECAST_DAYS = 7;

    /** Two years or dates joined by a dash, as one token or one expression: "2016–2020", "2021- 2022". */
    private static final Pattern RANGE = Pattern.compile("(\\d{4})\\s*[-\u2013\u2014]\\s*(\\d{4})");
    /** A year, or two joined by a dash as one token: "2019", "2016–2020" ("2018-2019" is tokenised apart). */
    private static final Pattern YEARS = Pattern.compile("\\d{4}([-\u2013\u2014]\\d{4})?");
    private static final Set<String> RANGE_WORDS = Set.of("to", "until", "till", "through", "-", "\u2013", "\u2014", "--");

    /**
     * A range from this time expression on, as one horizon with an ISO 8601 interval for its value: "from
     * 2019 to 2021" (2019/2021), "between 2020 and 2025", "2016–2020", "for the period 2019-2021". It says
     * when if a preposition opens it or it is the object of the event's verb; a range that is part of a name
     * ("the Road Map 2018-2030") does not, nor one that ended before the article.
     */
    private Optional<Horizon> range(Sentence s, TimeExpression t, int from, int to, Optional<LocalDate> today,
                                    List<TimeExpression> times) {
        String first;
        String last;
        int end;
        Matcher dash = RANGE.matcher(t.text().strip());
        if (dash.matches()) {
            first = dash.group(1);
            last = dash.group(2);
            end = to;
        } else if (to + 1 < s.tokens().size() && t.value().matches("\\d{4}(-\\d{2}){0,2}")) {
            String joint = s.token(to).word().toLowerCase(Locale.ROOT);
            boolean between = !lexicon.before(s, from, "prefix").isEmpty() && s.token(from - 1).word().equalsIgnoreCase("between");
            if (!(RANGE_WORDS.contains(joint) || between && joint.equals("and"))) {
                return Optional.empty();
            }
            Optional<TimeExpression> next = times.stream().filter(x -> tokens(s, x)[0] == to + 1 && x.value().matches("\\d{4}(-\\d{2}){0,2}")).findFirst();
            if (next.isEmpty()) {
                return Optional.empty();
            }
            first = t.value();
            last = next.get().value();
            end = tokens(s, next.get())[1];
        } else {
            return Optional.empty();
        }
        List<String> prefix = lexicon.before(s, from, "prefix");
        int link = phraseHead(s, from, end);
        boolean object = link >= 0 && s.head(link) >= 0 && s.token(s.head(link)).isVerb();
        Optional<LocalDate> stop = end(last);
        if (prefix.isEmpty() && !object || first.compareTo(last) > 0 || stop.isEmpty()
                || today.isPresent() && stop.get().isBefore(today.get())) {
            return Optional.empty();
        }
        return Optional.of(new Horizon(first + "/" + last, s.span(from - prefix.size(), end)));
    }

    /** The event noun ("election", "summit") that a time expression modifies ("the 2008 election"), or -1. */
    private int eventNoun(Sentence s, int from, int to) {
        int link = phraseHead(s, from, to);
        int h = link < 0 ? -1 : s.head(link);
        return h >= 0 && lexicon.isEventNoun(s, h) && s.relation(link).matches("nummod|compound|amod|nmod:tmod|obl:tmod|dep|nmod") ? h : -1;
    }

    /** The first word of the phrase that opens on event noun {@code noun} before token {@code before} ("in the"), or -1. */
    private int eventCase(Sentence s, int before, int noun) {
        for (Dependency d : s.children(noun)) {
            if (d.relation().equals("case") && d.dependent() < before) {
                int at = d.dependent();
                // "ahead of", "on the eve of": the phrase may start a few words before its last one
                for (int k = Math.max(0, at - 3); k <= at; k++) {
                    List<String> p = lexicon.at(s, k, "event-case");
                    if (!p.isEmpty() && k + p.size() == at + 1) {
                        return k;
                    }
                }
            }
        }
        return -1;
    }

    /**
     * The event's time in a phrase on an event noun, when no time expression or clause gave one: "at the
     * summit", "ahead of the six-party talks", "before the Easter holidays", "in the upcoming elections".
     * After "in" the noun needs a word that places it ahead ("in the next/upcoming/2008 election": "take
     * part in the elections" says what, not when); "in"/"at"/"by" must hang on a verb of the event. The
     * value is the date the phrase holds ("in the 2022 election": 2022), else none; a past one is no horizon.
     */
    private Optional<Horizon> eventPhrase(EventClause event, List<TimeExpression> times, Optional<LocalDate> today) {
        Sentence s = event.sentence();
        for (int i = 0; i < s.tokens().size(); i++) {
            List<String> open = lexicon.at(s, i, "event-case");
            if (open.isEmpty()) {
                continue;
            }
            boolean ahead = false;
            boolean dated = false;
            int noun = -1;
            // the noun phrase up to its head: "the Easter holidays", "the six-party talks", "the 2008 election"
            for (int k = i + open.size(); k < s.tokens().size(); k++) {
                Token w = s.token(k);
                if (w.pos().startsWith("NN")) {
                    noun = k;
                } else if (noun >= 0 && !w.pos().matches("HYPH|CD|POS") || !w.pos().matches("DT|PRP\\$|JJ.?|CD|HYPH|VBN|VBG|POS")) {
                    break;
                }
                boolean year = YEARS.matcher(w.word()).matches();
                dated |= year;
                ahead |= year || w.word().toLowerCase(Locale.ROOT).matches("next|upcoming|coming|forthcoming|following");
            }
            int j = noun + 1;
            // "in our 2018-2019 financial year": a span of the calendar that a year dates is an event's time
            boolean names = noun >= 0 && (lexicon.isEventNoun(s, noun) || dated && lexicon.isPeriodNoun(s, noun));
            if (!names || !onEvent(event, i, j)) {
                continue;
            }
            int link = phraseHead(s, i, j);
            int on = link < 0 ? -1 : s.head(link);
            boolean onVerb = on >= 0 && s.token(on).isVerb();
            boolean pastNoun = s.children(noun).stream().anyMatch(d -> d.relation().startsWith("acl") && past(s, d.dependent()));
            boolean loose = open.size() == 1 && open.get(0).matches("in|at|by");
            if (open.equals(List.of("in")) && !ahead || loose && !onVerb && !dated || onVerb && past(s, on) || pastNoun
                    || locative(s, i, noun)) {
                continue;   // "take part in the elections", "dropped out ahead of the debate", "the meeting, which was held…"
            }
            String value = "";
            Matcher years = RANGE.matcher(s.span(i, j));
            if (years.find()) {   // a range, which SUTime reads otherwise: "our 2018-2019 financial year"
                Optional<LocalDate> last = end(years.group(2));
                if (last.isPresent() && today.isPresent() && last.get().isBefore(today.get())) {
                    return Optional.empty();
                }
                value = years.group(1) + "/" + years.group(2);
            }
            for (TimeExpression t : times) {
                int[] span = tokens(s, t);
                if (value.isEmpty() && span[0] >= i && span[1] <= j && t.value().matches("\\d{4}.*")) {
                    Optional<LocalDate> last = end(tidy(t.value()));
                    if (last.isPresent() && today.isPresent() && last.get().isBefore(today.get())) {
                        return Optional.empty();
                    }
                    value = tidy(t.value());
                }
            }
            return Optional.of(new Horizon(value, s.span(i, j)));
        }
        return Optional.empty();
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
                && !lexicon.at(s, d.dependent(), "former").isEmpty());
    }

    /**
     * Whether a phrase opened by token {@code open} on noun {@code noun} says where, not when: "before"
     * or "after" a name that is no event ("brought before the International Court of Justice").
     */
    private boolean locative(Sentence s, int open, int noun) {
        String w = s.token(open).word().toLowerCase(Locale.ROOT);
        return (w.equals("before") || w.equals("after")) && s.token(noun).pos().startsWith("NNP") && !lexicon.isEventNoun(s, noun);
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
                        && m.dependent() - tree.get(0) <= 1 && !lexicon.at(s, m.dependent(), "clause").isEmpty();
                boolean next = phrase && m.relation().equals("case") && !lexicon.at(s, m.dependent(), "next-case").isEmpty()
                        && s.children(d.dependent()).stream().anyMatch(c -> !lexicon.at(s, c.dependent(), "next").isEmpty());
                if (phrase && (past(s, d.governor()) || locative(s, m.dependent(), d.dependent()))
                        || s.children(d.dependent()).stream().anyMatch(c -> s.token(c.dependent()).pos().equals("MD"))) {
                    // "During my swearing-in, I pledged…"; "brought before the Court"; a clause with its own
                    // "will" is another predicted event, not a time ("until we find it", never "until we will")
                    continue;
                }
                if (opens && lexicon.at(s, m.dependent(), "clause").equals(List.of("by", "the", "time"))) {
                    to = clauseAfter(s, to);   // "by the time we mark the anniversary next year"
                }
                if (!(opens || next) || !contiguous(s, tree) || to - m.dependent() > 20 || past(s, d.dependent())) {
                    continue;
                }
                int end = to;
                while (end > m.dependent() + 1 && breaks(s.token(end - 1))) {
                    end--;
                }
                end = verbLeftOut(s, end);
                if (cutShort(s, end) || end - m.dependent() > 20) {
                    continue;
                }
                return Optional.of(new Horizon("", s.span(m.dependent(), end)));
            }
        }
        return Optional.empty();
    }
}
