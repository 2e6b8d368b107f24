package org.augur.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.augur.actor.RuleActorFinder;
import org.augur.cue.Cue;
import org.augur.cue.CueLexicon;
import org.augur.forecast.Forecast;
import org.augur.forecast.RuleForecastFinder;
import org.augur.nlp.AnnotatedDoc;
import org.augur.nlp.Sentence;
import org.augur.nlp.TimeExpression;
import org.augur.testing.Docs;
import org.augur.topic.Taxonomy;
import org.junit.jupiter.api.Test;

/**
 * Horizons on hand-built sentences with the time expressions a tagger would give, one test for each kind
 * of wrong horizon issue 17 found: another clause's or a past time, durations, numbers that name
 * something, "future" as a noun; and the gold's conventions for the words kept.
 */
class HorizonsTest {
    private final RuleForecastFinder finder = new RuleForecastFinder(CueLexicon.standard(), new Taxonomy(List.of()));

    /** A time expression over tokens [from, to) of the doc's only sentence. */
    private record Time(int from, int to, String type, String value) {
    }

    private static Time t(int from, int to, String type, String value) {
        return new Time(from, to, type, value);
    }

    /** The tagger's expressions over tokens of the doc's first sentence, as the time tagger would give them. */
    private static List<TimeExpression> expressions(AnnotatedDoc doc, Time... times) {
        Sentence s = doc.sentences().get(0);
        List<TimeExpression> found = new ArrayList<>();
        for (Time t : times) {
            int b = s.token(t.from()).begin();
            int e = s.token(t.to() - 1).end();
            found.add(new TimeExpression(b, e, doc.article().text().substring(b, e), t.type(), t.value()));
        }
        return found;
    }

    /** The horizon of the doc's only forecast, as "value words", given the tagger's expressions. */
    private String horizon(Docs docs, Time... times) {
        AnnotatedDoc doc = docs.build();
        List<TimeExpression> found = expressions(doc, times);
        Horizons horizons = new Horizons((article, sentence) -> found);
        List<Forecast> forecasts = finder.find(doc, RuleActorFinder.standard().find(doc));
        assertEquals(1, forecasts.size(), forecasts.toString());
        Forecast f = forecasts.get(0);
        return horizons.of(doc, f.sentence(), f.cues()).map(h -> (h.value() + " " + h.text()).strip()).orElse("");
    }

    /** The horizon of the predicted event of {@code trigger} in the doc's only sentence, as "value words". */
    private static String horizonOf(Docs docs, Cue trigger, Time... times) {
        AnnotatedDoc doc = docs.build();
        Sentence s = doc.sentences().get(0);
        List<TimeExpression> found = expressions(doc, times);
        Horizons horizons = new Horizons((article, sentence) -> found);
        return horizons.find(EventClause.of(s, trigger), found, doc.article().metadata().date())
                .map(h -> (h.value() + " " + h.text()).strip()).orElse("");
    }

    @Test
    void theTimeOfTheReportingClauseIsNotTheEvents() {
        Docs docs = Docs.doc().date("2019-03-06").sentence(
                "On/IN Monday/NNP ,/, Smith/NNP/Smith/PERSON warned/VBD/warn that/IN Russia/NNP/Russia/LOCATION will/MD "
                        + "invade/VB next/JJ week/NN ./.",
                "case 1 0", "obl 4 1", "punct 4 2", "nsubj 4 3", "root -1 4", "mark 8 5", "nsubj 8 6", "aux 8 7",
                "ccomp 4 8", "amod 10 9", "obl:tmod 8 10", "punct 4 11");
        assertEquals("2019-W11 next week", horizon(docs, t(1, 2, "DATE", "2019-03-11"), t(9, 11, "DATE", "2019-W11")));
        // The warning's day is never the invasion's, even when it is the only time in the sentence.
        assertEquals("", horizon(docs, t(1, 2, "DATE", "2019-03-11")));
    }

    @Test
    void pastTimesAreNoHorizon() {
        Docs docs = Docs.doc().date("2019-03-06").sentence(
                "Talks/NNS/talk will/MD resume/VB as/IN planned/VBN/plan last/JJ year/NN ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "mark 4 3", "obl 2 4", "amod 6 5", "obl:tmod 2 6", "punct 2 7");
        assertEquals("", horizon(docs, t(5, 7, "DATE", "2018")));
        assertEquals("", horizon(docs, t(5, 7, "DATE", "2020")));   // "last" says past whatever the value
    }

    private static final String PLAN = "The/DT ministries/NNS/ministry will/MD produce/VB a/DT plan/NN within/IN "
            + "two/CD weeks/NNS/week ./.";
    private static final String[] PLAN_DEPS = {"det 1 0", "nsubj 3 1", "aux 3 2", "root -1 3", "det 5 4", "obj 3 5",
        "case 8 6", "nummod 8 7", "obl 3 8", "punct 3 9"};

    @Test
    void aDurationIsAHorizonOnlyWhenItSaysWhen() {
        assertEquals("2019-10-15 within two weeks",
                horizon(Docs.doc().date("2019-10-01").sentence(PLAN, PLAN_DEPS), t(7, 9, "DURATION", "P2W")));
        assertEquals("P2W within two weeks", horizon(Docs.doc().sentence(PLAN, PLAN_DEPS), t(7, 9, "DURATION", "P2W")));
        assertEquals("", horizon(Docs.doc().date("2019-10-01").sentence(
                "The/DT attack/NN will/MD last/VB several/JJ months/NNS/month ./.",
                "det 1 0", "nsubj 3 1", "aux 3 2", "root -1 3", "amod 5 4", "obj 3 5", "punct 3 6"),
                t(4, 6, "DURATION", "PXM")));
        // "for the first time in more than a century": how long since, not when.
        assertEquals("", horizon(Docs.doc().date("2026-05-12").sentence(
                "Labour/NNP will/MD lose/VB for/IN the/DT first/JJ time/NN in/IN a/DT century/NN ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "case 6 3", "det 6 4", "amod 6 5", "obl 2 6", "case 9 7",
                "det 9 8", "nmod 6 9", "punct 2 10"),
                t(8, 10, "DURATION", "P100Y")));
    }

    @Test
    void numbersThatNameSomethingAreNoYears() {
        assertEquals("", horizon(Docs.doc().date("2018-09-25").sentence(
                "Russia/NNP/Russia/LOCATION will/MD implement/VB resolution/NN 2202/CD ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "obj 2 3", "nummod 3 4", "punct 2 5"),
                t(4, 5, "DATE", "2202")));
        assertEquals("", horizon(Docs.doc().date("2018-09-25").sentence(
                "The/DT 2030/CD Agenda/NNP will/MD guide/VB us/PRP/we ./.",
                "det 2 0", "compound 2 1", "nsubj 4 2", "aux 4 3", "root -1 4", "obj 4 5", "punct 4 6"),
                t(1, 2, "DATE", "2030")));
        assertEquals("2030 by 2030", horizon(Docs.doc().date("2018-09-25").sentence(
                "Hunger/NN will/MD end/VB by/IN 2030/CD ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "case 4 3", "obl 2 4", "punct 2 5"),
                t(4, 5, "DATE", "2030")));
    }

    @Test
    void aNameWithANumberIsNoYear() {
        assertEquals("", horizon(Docs.doc().date("2018-09-25").sentence(
                "Africa/NNP/Africa/LOCATION will/MD achieve/VB Agenda/NNP 2063/CD ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "obj 2 3", "nummod 3 4", "punct 2 5"),
                t(4, 5, "DATE", "2063")));
        // A heading joined to the sentence under it is another sentence's words, whatever the parse says.
        assertEquals("", horizon(Docs.doc().date("2018-09-25").sentence(
                "2007/CD ¶Prices/NNS/price will/MD rise/VB ./.",
                "obl:tmod 3 0", "nsubj 3 1", "aux 3 2", "root -1 3", "punct 3 4"),
                t(0, 1, "DATE", "2007")));
    }

    @Test
    void aTimeAcrossAParagraphBreakIsAnotherSentences() {
        // "COVID-19 may spread like flu, say scientists⏎⏎In a report released … on Wednesday": the splitter
        // joined the headline to the sentence under it, and the parse hung the report's day on "spread".
        Docs docs = Docs.doc().date("2020-02-24").sentence(
                "COVID-19/NN may/MD spread/VB like/IN flu/NN ¶Scientists/NNS/scientist reported/VBD/report "
                        + "on/IN Wednesday/NNP ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "case 4 3", "obl 2 4", "nsubj 6 5", "parataxis 2 6",
                "case 8 7", "obl 2 8", "punct 2 9");
        assertEquals("", horizon(docs, t(8, 9, "DATE", "2020-02-26")));
        // Unparsed, the same.
        assertEquals("", horizon(Docs.doc().date("2020-02-24").sentence(
                "COVID-19/NN may/MD spread/VB ¶on/IN Wednesday/NNP ./."), t(4, 5, "DATE", "2020-02-26")));
    }

    @Test
    void aDateSuTimePutInLastYearIsThisYearsWhenStillAhead() {
        // SUTime reads the tense around "June 15" ("announced that from June 15 … would") and gives 2019.
        assertEquals("2020-06-15 from June 15", horizon(Docs.doc().date("2020-06-05").sentence(
                "Masks/NNS/mask will/MD become/VB compulsory/JJ from/IN June/NNP 15/CD ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "xcomp 2 3", "case 5 4", "obl 2 5", "nummod 5 6", "punct 2 7"),
                t(5, 7, "DATE", "2019-06-15")));
        Optional<LocalDate> today = Optional.of(LocalDate.of(2020, 6, 5));
        assertEquals("2020-06", TimexValues.forward("2019-06", "June", today, false));
        // On a verb in the past tense the date is past ("read out on November 22"); so with "last", a
        // year written out, or a day already gone in the article's year.
        assertEquals("2019-06-15", TimexValues.forward("2019-06-15", "June 15", today, true));
        assertEquals("2019-06-15", TimexValues.forward("2019-06-15", "last June 15", today, false));
        assertEquals("2019-06-15", TimexValues.forward("2019-06-15", "June 15, 2019", today, false));
        assertEquals("2019-05-15", TimexValues.forward("2019-05-15", "May 15", today, false));
    }

    @Test
    void aTimeThatWasOnceThePlanIsNoHorizon() {
        // "Maryland rescheduled its primary to June 2; they were originally planned for April 28."
        assertEquals("", horizonOf(Docs.doc().date("2020-03-18").sentence(
                "They/PRP/they were/VBD/be originally/RB planned/VBN/plan for/IN April/NNP 28/CD ./.",
                "nsubj:pass 3 0", "aux:pass 3 1", "advmod 3 2", "root -1 3", "case 5 4", "obl 3 5", "nummod 5 6",
                "punct 3 7"), new Cue(Cue.Kind.HINT, 3, 4, "planned"), t(5, 7, "DATE", "2020-04-28")));
        // With a modal the word means "at first", and the time is still the event's.
        assertEquals("2020-05-03 until May 3", horizon(Docs.doc().date("2020-03-18").sentence(
                "Restrictions/NNS/restriction will/MD initially/RB last/VB until/IN May/NNP 3/CD ./.",
                "nsubj 3 0", "aux 3 1", "advmod 3 2", "root -1 3", "case 5 4", "obl 3 5", "nummod 5 6", "punct 3 7"),
                t(5, 7, "DATE", "2020-05-03")));
    }

    @Test
    void aTimeSaidFromTheArticlesDayDatesTheEventEvenAsSubject() {
        // "Tomorrow, a Tuesday, is referred to as Super Tuesday…": "Tomorrow" is when; the apposition stands
        // where its noun does, a subject, and is no time of its own.
        Docs docs = Docs.doc().date("2020-03-02").sentence(
                "Tomorrow/NN ,/, a/DT Tuesday/NNP ,/, will/MD be/VB decisive/JJ ./.",
                "nsubj 7 0", "punct 0 1", "det 3 2", "appos 0 3", "punct 7 4", "aux 7 5", "cop 7 6", "root -1 7",
                "punct 7 8");
        assertEquals("2020-03-03 Tomorrow", horizon(docs, t(0, 1, "DATE", "2020-03-03"), t(3, 4, "DATE", "2020-03-03")));
        assertEquals("", horizon(docs, t(3, 4, "DATE", "2020-03-03")));
        // A day's name as subject names the day ("Super Tuesday is to include 14 states").
        assertEquals("", horizon(Docs.doc().date("2020-03-02").sentence(
                "Super/NNP Tuesday/NNP will/MD include/VB 14/CD states/NNS/state ./.",
                "compound 1 0", "nsubj 3 1", "aux 3 2", "root -1 3", "nummod 5 4", "obj 3 5", "punct 3 6"),
                t(0, 2, "DATE", "2020-03-03")));
    }

    @Test
    void futureAsANounIsNoHorizon() {
        assertEquals("", horizon(Docs.doc().sentence(
                "We/PRP/we will/MD protect/VB future/JJ generations/NNS/generation ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "amod 4 3", "obj 2 4", "punct 2 5"),
                t(3, 4, "DATE", "FUTURE_REF")));
        assertEquals("", horizon(Docs.doc().sentence(
                "We/PRP/we will/MD build/VB a/DT better/JJR/good future/NN ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "det 5 3", "amod 5 4", "obj 2 5", "punct 2 6"),
                t(5, 6, "DATE", "FUTURE_REF")));
        assertEquals("FUTURE_REF in the future", horizon(Docs.doc().sentence(
                "Prices/NNS/price will/MD fall/VB in/IN the/DT future/NN ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "case 5 3", "det 5 4", "obl 2 5", "punct 2 6"),
                t(4, 6, "DATE", "FUTURE_REF")));
    }

    @Test
    void aWeekdayPutInThePastWeekMeansTheNextOne() {
        assertEquals("2020-12-26 on Saturday", horizon(Docs.doc().date("2020-12-21").sentence(
                "A/DT lockdown/NN will/MD be/VB instated/VBN/instate on/IN Saturday/NNP ./.",
                "det 1 0", "nsubj:pass 4 1", "aux 4 2", "aux:pass 4 3", "root -1 4", "case 6 5", "obl 4 6", "punct 4 7"),
                t(6, 7, "DATE", "2020-12-19")));
    }

    @Test
    void wordsFollowTheGoldConventions() {
        // A preposition of the verb is left out ("scheduled for March 3"); one that says when is kept.
        assertEquals("2020-03-03 March 3", horizon(Docs.doc().date("2020-02-01").sentence(
                "The/DT vote/NN is/VBZ/be scheduled/VBN/schedule for/IN March/NNP 3/CD ./.",
                "det 1 0", "nsubj:pass 3 1", "aux:pass 3 2", "root -1 3", "case 5 4", "obl 3 5", "nummod 5 6",
                "punct 3 7"), t(5, 7, "DATE", "2020-03-03")));
        // A clause that says when has words but no TIMEX value; "soon" is FUTURE_REF.
        assertEquals("until we find it", horizon(Docs.doc().sentence(
                "We/PRP/we will/MD continue/VB searching/VBG/search until/IN we/PRP/we find/VBP it/PRP/it ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "xcomp 2 3", "mark 6 4", "nsubj 6 5", "advcl 2 6", "obj 6 7",
                "punct 2 8")));
        assertEquals("FUTURE_REF soon", horizon(Docs.doc().sentence(
                "The/DT injured/JJ will/MD recover/VB soon/RB ./.",
                "det 1 0", "nsubj 3 1", "aux 3 2", "root -1 3", "advmod 3 4", "punct 3 5")));
    }

    @Test
    void theHeadsOwnTimeBeatsOneOnAVerbJoinedToIt() {
        // "during this session" is deploy's; "in future" is expand's, a verb joined to it by "and".
        assertEquals("during this session", horizon(Docs.doc().sentence(
                "We/PRP/we will/MD deploy/VB officers/NNS/officer during/IN this/DT session/NN and/CC expand/VB "
                        + "their/PRP$ number/NN in/IN future/NN ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "obj 2 3", "case 6 4", "det 6 5", "obl 2 6", "cc 8 7",
                "conj 2 8", "nmod:poss 10 9", "obj 8 10", "case 12 11", "obl 8 12", "punct 2 13"),
                t(12, 13, "DATE", "FUTURE_REF")));
        // Without a time of its own, the joined verb's time is the event's.
        assertEquals("FUTURE_REF in future", horizon(Docs.doc().sentence(
                "We/PRP/we will/MD deploy/VB officers/NNS/officer and/CC expand/VB their/PRP$ number/NN "
                        + "in/IN future/NN ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "obj 2 3", "cc 5 4", "conj 2 5", "nmod:poss 7 6", "obj 5 7",
                "case 9 8", "obl 5 9", "punct 2 10"),
                t(9, 10, "DATE", "FUTURE_REF")));
    }

    @Test
    void aWeekdayWithAPartOfTheDayIsTheNextOneAndAForecastMadeBeforeTheArticleKeepsItsOwn() {
        // Written on Thursday 19 September 2019: "will open on Wednesday morning" is the next Wednesday.
        assertEquals("2019-09-25TMO on Wednesday morning", horizonOf(Docs.doc().date("2019-09-19").sentence(
                "The/DT airport/NN will/MD open/VB on/IN Wednesday/NNP morning/NN ./.",
                "det 1 0", "nsubj 3 1", "aux 3 2", "root -1 3", "case 6 4", "compound 6 5", "obl 3 6", "punct 3 7"),
                new Cue(Cue.Kind.FUTURE, 2, 3, "will"), t(5, 7, "TIME", "2019-09-18TMO")));
        // "was expected to pass … late Wednesday night": expected before the article, on the day before it.
        assertEquals("2019-09-18TNI late Wednesday night", horizonOf(Docs.doc().date("2019-09-19").sentence(
                "Humberto/NNP was/VBD/be expected/VBN/expect to/TO pass/VB by/IN Bermuda/NNP late/JJ "
                        + "Wednesday/NNP night/NN ./.",
                "nsubj:pass 2 0", "aux:pass 2 1", "root -1 2", "mark 4 3", "xcomp 2 4", "case 6 5", "obl 4 6",
                "amod 9 7", "compound 9 8", "obl:tmod 4 9", "punct 2 10"),
                new Cue(Cue.Kind.EXPECT, 1, 4, "was expected to"), t(7, 10, "TIME", "2019-09-18TNI")));
    }

    @Test
    void aClauseTheParseCutShortIsWholeOrNone() {
        // The parse hangs "would be released" as the root and "before any comment" on "consulted": the
        // verb after the phrase is its clause's.
        assertEquals("before any comment would be released", horizonOf(Docs.doc().sentence(
                "His/PRP$ family/NN would/MD be/VB consulted/VBN/consult before/IN any/DT comment/NN "
                        + "would/MD be/VB released/VBN/release ./.",
                "nmod:poss 1 0", "nsubj:pass 4 1", "aux 4 2", "aux:pass 4 3", "csubj:pass 10 4", "case 7 5",
                "det 7 6", "obl 4 7", "aux 10 8", "aux:pass 10 9", "root -1 10", "punct 10 11"),
                new Cue(Cue.Kind.WOULD, 2, 3, "would")));
        // A clause that ends on an adjective joined to its verb was cut mid-phrase: no horizon rather than
        // "until the occupation ends and permanent".
        assertEquals("", horizon(Docs.doc().sentence(
                "Kuwait/NNP will/MD support/VB them/PRP/they until/IN the/DT occupation/NN ends/VBZ/end and/CC "
                        + "permanent/JJ ,/, just/RB peace/NN is/VBZ/be achieved/VBN/achieve ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "obj 2 3", "mark 7 4", "det 6 5", "nsubj 7 6", "advcl 2 7",
                "cc 9 8", "conj 7 9", "punct 2 10", "advmod 14 11", "nsubj:pass 14 12", "aux:pass 14 13",
                "dep 2 14", "punct 2 15")));
    }

    @Test
    void anUnparsedSentenceTakesOnlyATimeInTheTriggersStretch() {
        Docs docs = Docs.doc().date("2019-03-06").sentence(
                "Talks/NNS/talk will/MD resume/VB next/JJ week/NN ,/, officials/NNS/official said/VBD/say Friday/NNP ./.");
        assertEquals("2019-W11 next week", horizon(docs, t(3, 5, "DATE", "2019-W11"), t(8, 9, "DATE", "2019-03-08")));
        assertEquals("", horizon(docs, t(8, 9, "DATE", "2019-03-08")));
    }

    @Test
    void periodsEnd() {
        assertEquals(Optional.of(LocalDate.of(2019, 12, 31)), TimexValues.end("2019"));
        assertEquals(Optional.of(LocalDate.of(2019, 3, 17)), TimexValues.end("2019-W11"));
        assertEquals(Optional.of(LocalDate.of(2019, 9, 22)), TimexValues.end("2019-SU"));
        assertEquals(Optional.of(LocalDate.of(2019, 6, 30)), TimexValues.end("2019-Q2"));
        assertEquals(Optional.empty(), TimexValues.end("FUTURE_REF"));
    }

    @Test
    void compoundTimexValuesBecomeTheDateTheyHoldOrNothing() {
        assertEquals("2019-10-21", TimexValues.tidy("2019-10-21 INTERSECT P1W"));   // "the week of October 21"
        assertEquals("", TimexValues.tidy("THIS P1W OFFSET P1W"));                 // "next week", no article date
        assertEquals("", TimexValues.tidy("PTXH"));                                // "the next few hours"
        assertEquals("P2W", TimexValues.tidy("P2W"));                              // "within two weeks", no date
        assertEquals("2030", TimexValues.tidy("2030"));
        assertEquals("FUTURE_REF", TimexValues.tidy("FUTURE_REF"));
    }

    @Test
    void aPlansTimeIsItsEventsUnlessItIsPast() {
        // "By 2050, we seek to become one of the top 30 economies": the time hangs on the plan verb.
        assertEquals("2050 By 2050", horizonOf(Docs.doc().date("2018-09-25").sentence(
                "By/IN 2050/CD ,/, we/PRP/we seek/VBP/seek to/TO become/VB/become rich/JJ ./.",
                "case 1 0", "obl 4 1", "punct 4 2", "nsubj 4 3", "root -1 4", "mark 6 5", "xcomp 4 6", "xcomp 6 7",
                "punct 4 8"), new Cue(Cue.Kind.HINT, 4, 6, "seek to"), t(1, 2, "DATE", "2050")));
        // "In March, he pledged to resign": the pledge's day, past, is no horizon.
        assertEquals("", horizonOf(Docs.doc().date("2019-06-01").sentence(
                "In/IN March/NNP ,/, he/PRP/he pledged/VBD/pledge to/TO resign/VB/resign ./.",
                "case 1 0", "obl 4 1", "punct 4 2", "nsubj 4 3", "root -1 4", "mark 6 5", "xcomp 4 6", "punct 4 7"),
                new Cue(Cue.Kind.HINT, 4, 5, "pledge"), t(1, 2, "DATE", "2019-03")));
    }

    // Issue 26: times that name events, relative spans, ranges and "before/by/until X", read from the
    // forecast's other clauses too. Sentences written for these tests.

    @Test
    void aPhraseOnAnEventNounSaysWhen() {
        assertEquals("at the summit", horizon(Docs.doc().date("2018-07-01").sentence(
                "Leaders/NNS/leader will/MD sign/VB the/DT accord/NN at/IN the/DT summit/NN ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "det 4 3", "obj 2 4", "case 7 5", "det 7 6", "obl 2 7", "punct 2 8")));
        // "ahead of" hangs the noun on "ahead": the phrase still says when.
        assertEquals("ahead of the six-party talks", horizon(Docs.doc().date("2018-07-01").sentence(
                "Envoys/NNS/envoy will/MD meet/VB ahead/RB of/IN the/DT six/CD ~-/HYPH ~party/NN talks/NNS/talk ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "advmod 2 3", "case 9 4", "det 9 5", "nummod 8 6", "punct 8 7",
                "compound 9 8", "obl 3 9", "punct 2 10")));
        // A year on the noun dates the phrase; a past one is no horizon.
        String election = "The/DT party/NN will/MD win/VB in/IN the/DT 2008/CD election/NN ./.";
        String[] deps = {"det 1 0", "nsubj 3 1", "aux 3 2", "root -1 3", "case 7 4", "det 7 5", "nummod 7 6", "obl 3 7",
            "punct 3 8"};
        assertEquals("2008 in the 2008 election", horizon(Docs.doc().date("2007-11-01").sentence(election, deps),
                t(6, 7, "DATE", "2008")));
        assertEquals("", horizon(Docs.doc().date("2009-11-01").sentence(election, deps), t(6, 7, "DATE", "2008")));
        // "in the elections" with nothing that places them ahead is what the event is about, not when.
        assertEquals("", horizon(Docs.doc().date("2018-07-01").sentence(
                "Women/NNS/woman will/MD vote/VB in/IN the/DT elections/NNS/election ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "case 5 3", "det 5 4", "obl 2 5", "punct 2 6")));
        // On a verb in the past, the phrase is when that was, not when the event will be.
        String pledge = "He/PRP/he %s to/TO resign/VB ahead/RB of/IN the/DT debate/NN ./.";
        String[] pledgeDeps = {"nsubj 1 0", "root -1 1", "mark 3 2", "xcomp 1 3", "advmod 1 4", "case 7 5", "det 7 6",
            "obl 4 7", "punct 1 8"};
        assertEquals("ahead of the debate", horizonOf(Docs.doc().date("2019-06-01").sentence(
                String.format(pledge, "pledges/VBZ/pledge"), pledgeDeps), new Cue(Cue.Kind.HINT, 1, 2, "pledges")));
        assertEquals("", horizonOf(Docs.doc().date("2019-06-01").sentence(
                String.format(pledge, "pledged/VBD/pledge"), pledgeDeps), new Cue(Cue.Kind.HINT, 1, 2, "pledged")));
        // "before" a name that is no event says where.
        assertEquals("", horizon(Docs.doc().date("2018-07-01").sentence(
                "The/DT case/NN will/MD go/VB before/IN the/DT Court/NNP ./.",
                "det 1 0", "nsubj 3 1", "aux 3 2", "root -1 3", "case 6 4", "det 6 5", "obl 3 6", "punct 3 7")));
    }

    @Test
    void anEventNounsYearAsItsModifierSaysWhen() {
        assertEquals("2019 2019", horizon(Docs.doc().date("2018-09-25").sentence(
                "The/DT UN/NNP will/MD convene/VB the/DT 2019/CD Climate/NNP Summit/NNP ./.",
                "det 1 0", "nsubj 3 1", "aux 3 2", "root -1 3", "det 7 4", "nummod 7 5", "compound 7 6", "obj 3 7",
                "punct 3 8"), t(5, 6, "DATE", "2019")));
    }

    @Test
    void aSpanOfTheCalendarThatAYearDatesSaysWhen() {
        // "in our 2018-2019 financial year", hung on the object: the range dates the year, whatever SUTime reads
        String growth = "Growth/NN will/MD reach/VB 4/CD per/NN cent/NN in/IN our/PRP$ 2018/CD ~-/HYPH ~2019/CD "
                + "financial/JJ year/NN ./.";
        String[] deps = {"nsubj 2 0", "aux 2 1", "root -1 2", "nummod 5 3", "compound 5 4", "obj 2 5", "case 12 6",
            "nmod:poss 12 7", "compound 10 8", "punct 10 9", "nummod 12 10", "amod 12 11", "nmod 5 12", "punct 2 13"};
        assertEquals("2018/2019 in our 2018-2019 financial year",
                horizon(Docs.doc().date("2018-09-25").sentence(growth, deps)));
        // a year that has ended is no horizon
        assertEquals("", horizon(Docs.doc().date("2020-03-01").sentence(growth, deps)));
        // "the year" with no year in its phrase says nothing
        assertEquals("", horizon(Docs.doc().date("2018-09-25").sentence(
                "Growth/NN will/MD reach/VB 4/CD per/NN cent/NN in/IN the/DT financial/JJ year/NN ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "nummod 5 3", "compound 5 4", "obj 2 5", "case 9 6", "det 9 7",
                "amod 9 8", "nmod 5 9", "punct 2 10")));
    }

    @Test
    void relativeSpansAreWholeAndGiveNoGuessedDate() {
        // SUTime reads "the coming weeks" as next week: the words stay whole, the value is left empty.
        assertEquals("in the coming weeks", horizon(Docs.doc().date("2018-09-25").sentence(
                "Prices/NNS/price will/MD rise/VB in/IN the/DT coming/VBG weeks/NNS/week ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "case 6 3", "det 6 4", "amod 6 5", "obl 2 6", "punct 2 7"),
                t(4, 7, "DATE", "2018-W40")));
        assertEquals("over the next few weeks", horizon(Docs.doc().date("2018-09-25").sentence(
                "Troops/NNS/troop will/MD withdraw/VB over/IN the/DT next/JJ few/JJ weeks/NNS/week ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "case 7 3", "det 7 4", "amod 7 5", "amod 7 6", "obl 2 7", "punct 2 8"),
                t(4, 8, "DURATION", "PXW")));
        assertEquals("within days", horizon(Docs.doc().date("2018-09-25").sentence(
                "Rebels/NNS/rebel could/MD attack/VB within/IN days/NNS/day ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "case 4 3", "obl 2 4", "punct 2 5")));
        assertEquals("in the decades ahead", horizon(Docs.doc().date("2018-09-25").sentence(
                "Demand/NN will/MD grow/VB in/IN the/DT decades/NNS/decade ahead/RB ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "case 5 3", "det 5 4", "obl 2 5", "advmod 5 6", "punct 2 7")));
        // Parsed as a clause of its own ("years to come"), still the event's.
        assertEquals("for years to come", horizon(Docs.doc().date("2018-09-25").sentence(
                "Its/PRP$ impact/NN will/MD last/VB for/IN years/NNS/year to/TO come/VB ./.",
                "nmod:poss 1 0", "nsubj 3 1", "aux 3 2", "root -1 3", "mark 7 4", "nsubj 7 5", "mark 7 6", "advcl 3 7",
                "punct 3 8")));
        // "for weeks" says how long.
        assertEquals("", horizon(Docs.doc().date("2018-09-25").sentence(
                "Power/NN may/MD stay/VB off/RP for/IN weeks/NNS/week ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "compound:prt 2 3", "case 5 4", "obl 2 5", "punct 2 6")));
    }

    @Test
    void phrasesThatSayWhenWithoutATime() {
        assertEquals("FUTURE_REF at any moment", horizon(Docs.doc().sentence(
                "The/DT regime/NN may/MD collapse/VB at/IN any/DT moment/NN ./.",
                "det 1 0", "nsubj 3 1", "aux 3 2", "root -1 3", "case 6 4", "det 6 5", "obl 3 6", "punct 3 7")));
        assertEquals("FUTURE_REF relatively soon", horizon(Docs.doc().sentence(
                "The/DT economy/NN will/MD recover/VB relatively/RB soon/RB ./.",
                "det 1 0", "nsubj 3 1", "aux 3 2", "root -1 3", "advmod 5 4", "advmod 3 5", "punct 3 6")));
        // Words that point back say when, with no value of their own.
        assertEquals("by then", horizon(Docs.doc().sentence(
                "The/DT reform/NN will/MD be/VB complete/JJ by/IN then/RB ./.",
                "det 1 0", "nsubj 4 1", "aux 4 2", "cop 4 3", "root -1 4", "case 6 5", "obl 4 6", "punct 4 7")));
    }

    @Test
    void aRangeIsOneHorizonWithAnInterval() {
        assertEquals("2019/2021 from 2019 to 2021", horizon(Docs.doc().date("2018-09-25").sentence(
                "The/DT programme/NN will/MD run/VB from/IN 2019/CD to/IN 2021/CD ./.",
                "det 1 0", "nsubj 3 1", "aux 3 2", "root -1 3", "case 5 4", "obl 3 5", "case 7 6", "obl 3 7", "punct 3 8"),
                t(5, 6, "DATE", "2019"), t(7, 8, "DATE", "2021")));
        assertEquals("2020/2025 between 2020 and 2025", horizon(Docs.doc().date("2018-09-25").sentence(
                "The/DT economy/NN will/MD grow/VB between/IN 2020/CD and/CC 2025/CD ./.",
                "det 1 0", "nsubj 3 1", "aux 3 2", "root -1 3", "case 5 4", "obl 3 5", "cc 7 6", "conj 5 7", "punct 3 8"),
                t(5, 6, "DATE", "2020"), t(7, 8, "DATE", "2025")));
        // The object of the event's verb, as SUTime gives it (two years) or as one expression.
        String plan = "The/DT plan/NN will/MD cover/VB 2016/CD ~–/SYM ~2020/CD ./.";
        String[] deps = {"det 1 0", "nsubj 3 1", "aux 3 2", "root -1 3", "obj 3 4", "dep 6 5", "nmod 4 6", "punct 3 7"};
        assertEquals("2016/2020 2016–2020", horizon(Docs.doc().date("2015-09-25").sentence(plan, deps),
                t(4, 5, "DATE", "2016"), t(6, 7, "DATE", "2020")));
        assertEquals("2016/2020 2016–2020", horizon(Docs.doc().date("2015-09-25").sentence(plan, deps),
                t(4, 7, "DURATION", "PT35064H")));
        // A range that ended before the article is no horizon.
        assertEquals("", horizon(Docs.doc().date("2022-09-25").sentence(plan, deps),
                t(4, 5, "DATE", "2016"), t(6, 7, "DATE", "2020")));
    }

    @Test
    void beforeByOrUntilKeepsItsWords() {
        assertEquals("2050 before 2050", horizon(Docs.doc().date("2018-09-25").sentence(
                "Emissions/NNS/emission will/MD end/VB before/IN 2050/CD ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "case 4 3", "obl 2 4", "punct 2 5"), t(4, 5, "DATE", "2050")));
        assertEquals("until the elections", horizon(Docs.doc().date("2018-09-25").sentence(
                "The/DT ban/NN will/MD stay/VB until/IN the/DT elections/NNS/election ./.",
                "det 1 0", "nsubj 3 1", "aux 3 2", "root -1 3", "case 6 4", "det 6 5", "obl 3 6", "punct 3 7")));
        // "since" makes a time a start in the past.
        assertEquals("", horizon(Docs.doc().date("2018-09-25").sentence(
                "We/PRP/we will/MD stay/VB ready/JJ since/IN 23/CD January/NNP ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "xcomp 2 3", "case 6 4", "nummod 6 5", "obl 2 6", "punct 2 7"),
                t(5, 7, "DATE", "2019-01-23")));
    }

    @Test
    void theTimeOfAnotherClauseOfTheForecast() {
        // The sentence's second "will": its time is the forecast's when the first has none.
        assertEquals("2030 by 2030", horizon(Docs.doc().date("2018-09-25").sentence(
                "It/PRP/it will/MD help/VB ,/, and/CC we/PRP/we will/MD cut/VB emissions/NNS/emission by/IN 2030/CD ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "punct 2 3", "cc 7 4", "nsubj 7 5", "aux 7 6", "conj 2 7",
                "obj 7 8", "case 10 9", "obl 7 10", "punct 2 11"), t(10, 11, "DATE", "2030")));
        // A schedule clause on the event's subject: "to be held in December".
        assertEquals("2018-12 in December", horizon(Docs.doc().date("2018-09-25").sentence(
                "The/DT conference/NN ,/, to/TO be/VB held/VBN/hold in/IN December/NNP ,/, will/MD adopt/VB it/PRP/it ./.",
                "det 1 0", "nsubj 10 1", "punct 5 2", "mark 5 3", "aux:pass 5 4", "acl 1 5", "case 7 6", "obl 5 7",
                "punct 5 8", "aux 10 9", "root -1 10", "obj 10 11", "punct 10 12"), t(7, 8, "DATE", "2018-12")));
        // The time a "when" opening the event's clause refers to, wherever the parse hangs the clause.
        assertEquals("2019 2019", horizon(Docs.doc().date("2018-09-25").sentence(
                "We/PRP/we move/VBP towards/IN 2019/CD ,/, when/WRB we/PRP/we will/MD celebrate/VB ./.",
                "nsubj 1 0", "root -1 1", "case 3 2", "obl 1 3", "punct 1 4", "advmod 8 5", "nsubj 8 6", "aux 8 7",
                "dep 4 8", "punct 1 9"), t(3, 4, "DATE", "2019")));
    }

    @Test
    void aNounsOwnTimeIsNotTheEvents() {
        // "my plea today": the day of the plea, not of the relief it may bring.
        assertEquals("", horizon(Docs.doc().date("2018-09-25").sentence(
                "My/PRP$ plea/NN today/NN will/MD bring/VB relief/NN ./.",
                "nmod:poss 1 0", "nsubj 4 1", "obl:tmod 1 2", "aux 4 3", "root -1 4", "obj 4 5", "punct 4 6"),
                t(2, 3, "DATE", "2018-09-25")));
        // A past act this year is no horizon for the event beside it.
        assertEquals("", horizon(Docs.doc().date("2018-09-25").sentence(
                "Ireland/NNP/Ireland/LOCATION will/MD continue/VB and/CC has/VBZ/have increased/VBN/increase aid/NN "
                        + "for/IN this/DT year/NN ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "cc 5 3", "aux 5 4", "conj 2 5", "obj 5 6", "case 9 7", "det 9 8",
                "obl 5 9", "punct 2 10"), t(8, 10, "DATE", "2018")));
    }

    @Test
    void aDeadlineElsewhereInTheSentenceWhenTheEventHasNoTime() {
        // "by 2030" hangs on a clause of the object's noun, not on the event's: still the forecast's target.
        String target = "We/PRP/we will/MD keep/VB a/DT pledge/NN of/IN giving/VBG/give aid/NN by/IN 2030/CD ./.";
        String[] deps = {"nsubj 2 0", "aux 2 1", "root -1 2", "det 4 3", "obj 2 4", "mark 6 5", "acl 4 6", "obj 6 7",
            "case 9 8", "obl 6 9", "punct 2 10"};
        assertEquals("2030 by 2030", horizon(Docs.doc().date("2018-09-25").sentence(target, deps), t(9, 10, "DATE", "2030")));
        // Not an obligation's date in another clause.
        assertEquals("", horizon(Docs.doc().date("2019-09-25").sentence(
                "We/PRP/we must/MD leave/VB by/IN October/NNP 31/CD ,/, or/CC damage/NN will/MD follow/VB ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "case 4 3", "obl 2 4", "nummod 4 5", "punct 10 6", "cc 10 7",
                "nsubj 10 8", "aux 10 9", "conj 2 10", "punct 2 11"), t(4, 6, "DATE", "2019-10-31")));
    }
}
