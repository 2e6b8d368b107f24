package org.augur.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.augur.actor.RuleActorFinder;
import org.augur.cue.CueLexicon;
import org.augur.nlp.AnnotatedDoc;
import org.augur.testing.Docs;
import org.augur.topic.Taxonomy;
import org.junit.jupiter.api.Test;

/**
 * The candidates and features the forecast model reads, on hand-built sentences of the kinds the
 * rules alone missed or wrongly took (issue 13): each must be a candidate, carry the evidence that
 * tells it apart, and leave the rules' verdict as one feature among the others.
 */
class ForecastFeaturesTest {
    private final RuleForecastFinder rules = new RuleForecastFinder(CueLexicon.standard(), Taxonomy.standard());

    private List<Candidate> candidates(Docs docs) {
        AnnotatedDoc doc = docs.build();
        return rules.candidates(doc, RuleActorFinder.standard().find(doc));
    }

    private Candidate only(Docs docs) {
        List<Candidate> all = candidates(docs);
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    private static void assertHas(Candidate c, String... features) {
        for (String f : features) {
            assertTrue(c.features().contains(f), f + " missing from " + c.features());
        }
    }

    @Test
    void abilityAboutTheFutureIsACandidateTheRulesDrop() {
        Candidate c = only(Docs.doc().sentence("This/DT dispute/NN can/MD be/VB settled/VBN/settle ./."));
        assertFalse(c.ruleSays());
        assertHas(c, "kind=CAN", "cue+can=false", "passive=can", "rule=false", "unparsed");
        assertEquals("possible", c.draft().certainty().label());
    }

    @Test
    void aThreatToldInThePastIsACandidateByItsHint() {
        Candidate c = only(Docs.doc().sentence("Iran/NNP/iran/LOCATION threatened/VBD/threaten to/TO close/VB the/DT "
                + "port/NN if/IN the/DT ships/NNS/ship took/VBD/take part/NN ./."));
        assertHas(c, "hint-only", "hint=threaten", "hint:pos=threaten_VBD", "vbd", "if", "to-verb=close");
        assertEquals(List.of("threatened"), c.draft().cues());
    }

    @Test
    void aPastFramePlanCarriesWasTo() {
        Candidate c = only(Docs.doc().sentence("The/DT ceremony/NN was/VBD/be to/TO unveil/VB the/DT new/JJ flag/NN ./."));
        assertHas(c, "kind=FUTURE", "was-to", "vbd");
    }

    @Test
    void futureNounsAndSchedulesAreCandidates() {
        assertHas(only(Docs.doc().sentence("They/PRP/they fear/VBP the/DT possibility/NN of/IN another/DT launch/NN ./.")),
                "hint=possibility", "hint=fear", "present");
        assertHas(only(Docs.doc().sentence("The/DT envoy/NN has/VBZ/have a/DT scheduled/VBN/schedule meeting/NN on/IN "
                + "Friday/NNP/friday ./.")), "hint=schedule", "hint:pos=schedule_VBN");
    }

    @Test
    void aDateAfterTheArticlesDateMakesACandidateAndAFeature() {
        Candidate c = only(Docs.doc().date("2019-04-20").sentence("Negotiations/NNS/negotiation restart/VBP on/IN "
                + "3/CD May/NNP/may ./."));
        assertHas(c, "future-date", "time", "hint=may");
        assertTrue(candidates(Docs.doc().date("2019-06-20").sentence("Negotiations/NNS/negotiation restarted/VBD/restart "
                + "on/IN 3/CD May/NNP/may ./.")).isEmpty(), "a date before the article's is no candidate");
        assertHas(only(Docs.doc().date("2019-06-20").sentence("Emissions/NNS/emission fall/VBP by/IN 2030/CD ./.")),
                "future-date", "year=after");
    }

    @Test
    void aNegatedFutureHasTheNegationInScope() {
        Candidate c = only(Docs.doc().sentence("It/PRP will/MD not/RB be/VB fixed/VBN/fix by/IN the/DT vote/NN ./.",
                "root -1 4", "nsubj:pass 4 0", "aux 4 1", "advmod 4 2", "aux:pass 4 3", "case 7 5", "det 7 6",
                "obl 4 7", "punct 4 8"));
        assertTrue(c.ruleSays());
        assertHas(c, "cue+will=true", "cue-not=will", "rel=root", "event=fix");
        // Polarity is the draft's, not evidence for the decision: a forecast may be negative.
        assertEquals("negative", c.draft().polarity().label());
        assertTrue(c.features().stream().noneMatch(f -> f.startsWith("neg") || f.startsWith("rulepol")),
                c.features().toString());
    }

    @Test
    void aReportedRefusalCarriesItsReportingVerbAndNegation() {
        Candidate c = only(Docs.doc().sentence("The/DT spokesman/NN said/VBD/say he/PRP would/MD not/RB comment/VB ./.",
                "root -1 2", "det 1 0", "nsubj 2 1", "ccomp 2 6", "nsubj 6 3", "aux 6 4", "advmod 6 5", "punct 2 7"));
        assertHas(c, "kind=WOULD", "report=say", "report:pos=VBD", "cue-not=would", "rel=ccomp", "gov=say", "event=comment");
    }

    @Test
    void eachCueWordIsPairedWithTheSentencesFrame() {
        Candidate c = only(Docs.doc().sentence("The/DT spokesman/NN said/VBD/say he/PRP would/MD not/RB comment/VB ./.",
                "root -1 2", "det 1 0", "nsubj 2 1", "ccomp 2 6", "nsubj 6 3", "aux 6 4", "advmod 6 5", "punct 2 7"));
        assertHas(c, "cw&vbd=would", "cw&report=would");
        assertFalse(c.features().contains("cw&quote=would"), c.features().toString());
        Candidate hint = only(Docs.doc().sentence("Iran/NNP/iran/LOCATION threatened/VBD/threaten to/TO close/VB the/DT "
                + "port/NN if/IN the/DT ships/NNS/ship took/VBD/take part/NN ./."));
        assertHas(hint, "cw&vbd=threaten", "cw&if=threaten");
    }

    @Test
    void pastExpectationsAndPastProbabilitiesCarryTheirTense() {
        assertHas(only(Docs.doc().sentence("The/DT talks/NNS/talk had/VBD/have been/VBN/be expected/VBN/expect to/TO "
                + "fail/VB ./.")), "had", "kind=EXPECT", "vbd");
        assertHas(only(Docs.doc().date("2019-01-01").sentence("The/DT rules/NNS/rule probably/RB dated/VBD/date from/IN "
                + "1990/CD ./.")), "cue=probably", "vbd", "year=before");
    }

    @Test
    void sentencesWithoutACueAndQuestionsAreNoCandidates() {
        assertTrue(candidates(Docs.doc().sentence("The/DT talks/NNS/talk ended/VBD/end on/IN Monday/NNP/monday ./.")).isEmpty());
        assertTrue(candidates(Docs.doc().sentence("Will/MD/will they/PRP come/VB ?/.")).isEmpty());
    }

    @Test
    void theRulesKeepExactlyTheCandidatesTheyWouldFind() {
        Docs docs = Docs.doc()
                .sentence("This/DT dispute/NN can/MD be/VB settled/VBN/settle ./.")
                .sentence("Prices/NNS/price will/MD rise/VB ./.", "root -1 2", "nsubj 2 0", "aux 2 1", "punct 2 3");
        AnnotatedDoc doc = docs.build();
        List<Forecast> byRule = rules.find(doc, List.of());
        assertEquals(List.of(1), byRule.stream().map(Forecast::sentence).toList());
        assertEquals(List.of(false, true), rules.candidates(doc, List.of()).stream().map(Candidate::ruleSays).toList());
    }
}
