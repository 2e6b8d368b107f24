package org.augur.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.augur.actor.RuleActorFinder;
import org.augur.cue.CueLexicon;
import org.augur.nlp.AnnotatedDoc;
import org.augur.testing.Docs;
import org.augur.topic.Taxonomy;
import org.junit.jupiter.api.Test;

class RuleForecastFinderTest {
    private final RuleForecastFinder finder = new RuleForecastFinder(CueLexicon.standard(),
            new Taxonomy(List.<String[]>of(new String[] {"strategic stability", "strategic stability"})));

    private List<String> forecasts(Docs docs) {
        AnnotatedDoc doc = docs.build();
        return finder.find(doc, RuleActorFinder.standard().find(doc)).stream().map(Forecast::toString).toList();
    }

    @Test
    void probabilityWithInfinitiveGivesProbablePositiveAndAGistFromTheParse() {
        assertEquals(List.of("s0 probable positive [likely]: Putin and Trump likely to concentrate on strategic stability"),
                forecasts(Docs.doc().sentence(
                        "Putin/NNP/putin/PERSON and/CC Trump/NNP/trump/PERSON are/VBP/be likely/JJ to/TO concentrate/VB "
                                + "on/IN strategic/JJ stability/NN ./.",
                        "root -1 4", "nsubj 4 0", "cc 2 1", "conj 0 2", "cop 4 3", "mark 6 5", "xcomp 4 6",
                        "case 9 7", "amod 9 8", "obl 6 9", "punct 4 10")));
    }

    @Test
    void newsIdiomsOfScheduleAndCourseAreForecasts() {
        List<String> found = forecasts(Docs.doc()
                .sentence("The/DT vote/NN is/VBZ/be slated/VBN/slate for/IN Tuesday/NNP ./.")
                .sentence("Astronauts/NNS/astronaut are/VBP/be slated/VBN/slate to/TO dock/VB today/NN ./.")
                .sentence("Countries/NNS/country are/VBP/be not/RB on/IN track/NN to/TO reach/VB the/DT goals/NNS/goal ./."));
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("s0 certain positive [is slated for]"), found.toString());
        assertTrue(found.get(1).startsWith("s1 certain positive [are slated to]"), found.toString());
        assertTrue(found.get(2).startsWith("s2 probable negative [on track to|not]"), found.toString());
    }

    @Test
    void negationGoverningTheExpectationMakesItNegative() {
        assertEquals(List.of("s0 probable negative [expect|not] by Ivan Timofeev: no fundamental shifts expected"),
                forecasts(Docs.doc().author("Ivan Timofeev").sentence(
                        "Surely/RB ,/, it/PRP is/VBZ/be not/RB the/DT time/NN to/TO expect/VB any/DT fundamental/JJ "
                                + "shifts/NNS/shift ./.",
                        "root -1 6", "advmod 6 0", "punct 6 1", "nsubj 6 2", "cop 6 3", "advmod 6 4", "det 6 5",
                        "mark 8 7", "acl 6 8", "det 11 9", "amod 11 10", "obj 8 11", "punct 6 12")));
    }

    @Test
    void negationInAConjoinedClauseDoesNotReachTheForecast() {
        assertEquals(List.of("s0 certain positive [will]: I will see them"),
                forecasts(Docs.doc().sentence(
                        "I/PRP did/VBD/do n't/RB/not know/VB ,/, but/CC I/PRP will/MD see/VB them/PRP/they ./.",
                        "root -1 3", "nsubj 3 0", "aux 3 1", "advmod 3 2", "punct 8 4", "cc 8 5", "nsubj 8 6",
                        "aux 8 7", "conj 3 8", "obj 8 9", "punct 3 10")));
    }

    @Test
    void reportedSpeechNamesThePredictor() {
        assertEquals(List.of("s1 certain negative [will|not] by Recep Erdogan: it will not remain a museum"),
                forecasts(Docs.doc()
                        .sentence("Recep/NNP/recep/PERSON Erdogan/NNP/erdogan/PERSON spoke/VBD/speak ./.")
                        .sentence("Erdogan/NNP/erdogan/PERSON said/VBD/say it/PRP will/MD not/RB remain/VB a/DT museum/NN ./.",
                                "root -1 1", "nsubj 1 0", "ccomp 1 5", "nsubj 5 2", "aux 5 3", "advmod 5 4",
                                "det 7 6", "xcomp 5 7", "punct 1 8")));
    }

    @Test
    void theLedesSaysXIsThePredictorOfTheWholeCommentary() {
        List<String> found = forecasts(Docs.doc()
                .sentence("Talks/NNS/talk matter/VBP ,/, says/VBZ/say Ivan/NNP/ivan/PERSON Timofeev/NNP/timofeev/PERSON ./.")
                .sentence("Progress/NN may/MD come/VB ./."));
        assertEquals(List.of("s1 possible positive [may] by Ivan Timofeev: Progress may come"), found);
    }

    @Test
    void questionsCounterfactualsAndBareCanOrWouldAreNotForecasts() {
        assertEquals(List.of(), forecasts(Docs.doc()
                .sentence("Will/MD the/DT summit/NN change/VB anything/NN ?/.")
                .sentence("The/DT talks/NNS/talk could/MD have/VB failed/VBN/fail ./.")
                .sentence("If/IN everyone/NN repeats/VBZ/repeat that/IN ,/, he/PRP would/MD say/VB/say no/UH ./.")
                .sentence("The/DT US/NNP/us/LOCATION can/MD look/VB/look around/RB ./.")
                .sentence("Ohio/NNP/ohio/LOCATION was/VBD/be planning/VBG/plan to/TO hold/VB a/DT vote/NN ./.")
                .sentence("It/PRP is/VBZ/be not/RB part/NN of/IN any/DT plan/NN to/TO raise/VB taxes/NNS/tax ./.")));
    }

    @Test
    void canPredictsWhenTheSentenceOrTheOneBeforePointsToTheFuture() {
        assertEquals(List.of("s1 possible positive [can]: Its agenda can include such issues"),
                forecasts(Docs.doc()
                        .sentence("The/DT upcoming/JJ summit/NN matters/VBZ/matter ./.")
                        .sentence("Its/PRP$/its agenda/NN can/MD include/VB such/JJ issues/NNS/issue ./.",
                                "root -1 3", "nmod:poss 1 0", "nsubj 3 1", "aux 3 2", "amod 5 4", "obj 3 5", "punct 3 6")));
    }

    @Test
    void onlySentencesWhoseParseCanMatterAreParsed() {
        AnnotatedDoc doc = Docs.doc()
                .sentence("The/DT US/NNP/us/LOCATION can/MD look/VB/look around/RB ./.")
                .sentence("We/PRP would/MD welcome/VB that/DT ./.")
                .sentence("The/DT upcoming/JJ summit/NN can/MD help/VB ./.")
                .sentence("Peace/NN will/MD come/VB ./.")
                .sentence("Will/MD peace/NN come/VB ?/.")
                .sentence("The/DT minister/NN said/VBD/say we/PRP can/MD help/VB ./.")
                .sentence("We/PRP would/MD welcome/VB that/DT ./.")
                .build();
        // Not parsed: s0, a bare "can"; s1, "would" with no possible speaker yet; s4, a question. s6 may be
        // reported speech of s5's speaker, and s5's parse names that speaker.
        assertEquals(List.of(2, 3, 5, 6), List.copyOf(finder.toParse(doc.sentences())));
    }

    @Test
    void unlikelyIsAProbableNegative() {
        assertEquals(List.of("s0 probable negative [unlikely to]: bill unlikely to pass"),
                forecasts(Docs.doc().sentence("The/DT bill/NN is/VBZ/be unlikely/JJ to/TO pass/VB ./.",
                        "root -1 3", "det 1 0", "nsubj 3 1", "cop 3 2", "mark 5 4", "xcomp 3 5", "punct 3 6")));
    }

    @Test
    void hedgedJudgementsPastInabilityAndNounContentsAreNotForecasts() {
        assertEquals(List.of(), forecasts(Docs.doc()
                .sentence("Such/JJ payments/NNS/payment could/MD be/VB considered/VBN/consider bribery/NN ./.",
                        "root -1 4", "amod 1 0", "nsubj:pass 4 1", "aux 4 2", "aux:pass 4 3", "obj 4 5", "punct 4 6")
                .sentence("Congress/NNP/congress/ORGANIZATION could/MD not/RB reach/VB a/DT deal/NN ./.",
                        "root -1 3", "nsubj 3 0", "aux 3 1", "advmod 3 2", "det 5 4", "obj 3 5", "punct 3 6")
                .sentence("UNESCO/NNP/unesco/ORGANIZATION said/VBD/say that/IN the/DT change/NN would/MD require/VB approval/NN ./.",
                        "root -1 1", "nsubj 1 0", "mark 6 2", "det 4 3", "nsubj 6 4", "aux 6 5", "ccomp 1 6", "obj 6 7",
                        "punct 1 8")));
    }

    @Test
    void aNegatedBeliefVerbScopesOverTheForecastItEmbedsAndHedgesIt() {
        assertEquals(List.of("s1 probable negative [will|n't] by Mike Pompeo: policy will not change"),
                forecasts(Docs.doc()
                        .sentence("Mike/NNP/mike/PERSON Pompeo/NNP/pompeo/PERSON said/VBD/say so/RB ./.")
                        .sentence("I/PRP do/VBP n't/RB/not think/VB that/IN policy/NN will/MD change/VB ./.",
                                "root -1 3", "nsubj 3 0", "aux 3 1", "advmod 3 2", "mark 7 4", "nsubj 7 5", "aux 7 6",
                                "ccomp 3 7", "punct 3 8")));
    }

    @Test
    void anActorNamedInsideALongerNameIsNotNamedByTheSentence() {
        List<org.augur.actor.Actor> actors = List.of(
                new org.augur.actor.Actor("House", org.augur.actor.ActorType.ORGANIZATION, "", 1, 0, List.of("House")),
                new org.augur.actor.Actor("White House", org.augur.actor.ActorType.ORGANIZATION, "", 1, 1,
                        List.of("White House")),
                new org.augur.actor.Actor("Donald Trump", org.augur.actor.ActorType.PERSON, "", 1, 1,
                        List.of("Donald Trump", "Trump")));
        AnnotatedDoc doc = Docs.doc().sentence("The/DT White/NNP House/NNP said/VBD/say Trump/NNP/trump/PERSON "
                + "would/MD sign/VB it/PRP ,/, and/CC the/DT House/NNP agreed/VBD/agree ./.").build();
        assertEquals(List.of("House", "White House", "Donald Trump"), RuleForecastFinder.actorsIn(doc.sentences().get(0), actors));
        AnnotatedDoc whiteOnly = Docs.doc().sentence("The/DT White/NNP House/NNP said/VBD/say Trump/NNP/trump/PERSON "
                + "would/MD sign/VB it/PRP ./.").build();
        assertEquals(List.of("White House", "Donald Trump"), RuleForecastFinder.actorsIn(whiteOnly.sentences().get(0), actors));
    }

    @Test
    void aProbabilityAdverbOnAVerbOfThePastJudgesThePast() {
        List<String> found = forecasts(Docs.doc()
                .sentence("The/DT port/NN follows/VBZ/follow rules/NNS/rule that/WDT probably/RB dated/VBN/date from/IN "
                                + "the/DT 1990s/NNS/1990 ./.",
                        "root -1 2", "det 1 0", "nsubj 2 1", "obj 2 3", "nsubj 6 4", "advmod 6 5", "acl:relcl 3 6",
                        "case 9 7", "det 9 8", "obl 6 9", "punct 2 10")
                .sentence("It/PRP was/VBD/be possibly/RB the/DT largest/JJS/large fire/NN ./.",
                        "root -1 5", "nsubj 5 0", "cop 5 1", "advmod 5 2", "det 5 3", "amod 5 4", "punct 5 6")
                .sentence("Prices/NNS/price will/MD probably/RB rise/VB ./.",
                        "root -1 3", "nsubj 3 0", "aux 3 1", "advmod 3 2", "punct 3 4"));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("s2 probable positive [will|probably]"), found.toString());
    }

    @Test
    void aRefusalToCommentOrAnOpenQuestionIsNoForecastButAPlannedCommentIs() {
        List<String> found = forecasts(Docs.doc()
                .sentence("A/DT spokesman/NN said/VBD/say he/PRP would/MD not/RB comment/VB ./.",
                        "root -1 2", "det 1 0", "nsubj 2 1", "nsubj 6 3", "aux 6 4", "advmod 6 5", "ccomp 2 6", "punct 2 7")
                .sentence("He/PRP said/VBD/say it/PRP would/MD be/VB/be premature/JJ to/TO speculate/VB ./.",
                        "root -1 1", "nsubj 1 0", "nsubj 5 2", "aux 5 3", "cop 5 4", "ccomp 1 5", "mark 7 6",
                        "xcomp 5 7", "punct 1 8")
                .sentence("The/DT union/NN declined/VBD/decline to/TO say/VB whether/IN it/PRP would/MD strike/VB ./.",
                        "root -1 2", "det 1 0", "nsubj 2 1", "mark 4 3", "xcomp 2 4", "mark 8 5", "nsubj 8 6",
                        "aux 8 7", "ccomp 4 8", "punct 2 9")
                .sentence("The/DT ministry/NN will/MD comment/VB on/IN Friday/NNP ./.",
                        "root -1 3", "det 1 0", "nsubj 3 1", "aux 3 2", "case 5 4", "obl 3 5", "punct 3 6")
                // Unparsed (or parsed with "ballot" as a noun): "whether" is read from the words.
                .sentence("Aslef/NNP/aslef/ORGANIZATION declined/VBD/decline to/TO say/VB whether/IN it/PRP would/MD "
                        + "ballot/NN members/NNS/member ./."));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("s3 certain positive [will]"), found.toString());
    }

    @Test
    void aPoliteWishIsNoForecastButWhatItEmbedsAndAHopeToSeeAre() {
        List<String> found = forecasts(Docs.doc()
                .sentence("I/PRP/i would/MD like/VB to/TO express/VB our/PRP$/our gratitude/NN ./.",
                        "root -1 2", "nsubj 2 0", "aux 2 1", "mark 4 3", "xcomp 2 4", "nmod:poss 6 5", "obj 4 6",
                        "punct 2 7")
                .sentence("He/PRP said/VBD/say he/PRP would/MD prefer/VB to/TO agree/VB a/DT solution/NN ./.",
                        "root -1 1", "nsubj 1 0", "nsubj 4 2", "aux 4 3", "ccomp 1 4", "mark 6 5", "xcomp 4 6",
                        "det 8 7", "obj 6 8", "punct 1 9")
                .sentence("I/PRP/i would/MD like/VB to/TO announce/VB that/IN the/DT forum/NN will/MD convene/VB ./.",
                        "root -1 2", "nsubj 2 0", "aux 2 1", "mark 4 3", "xcomp 2 4", "mark 9 5", "det 7 6",
                        "nsubj 9 7", "aux 9 8", "ccomp 4 9", "punct 2 10")
                .sentence("We/PRP/we would/MD like/VB to/TO see/VB the/DT talks/NNS/talk resume/VB ./.",
                        "root -1 2", "nsubj 2 0", "aux 2 1", "mark 4 3", "xcomp 2 4", "det 6 5", "nsubj 7 6",
                        "ccomp 4 7", "punct 2 8"));
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("s2 certain positive [will]"), found.toString());
        assertTrue(found.get(1).startsWith("s3 "), found.toString());
    }

    @Test
    void aCommitmentOrReadinessToActIsACertainForecastButACommitmentToIdealsIsNot() {
        List<String> found = forecasts(Docs.doc()
                .sentence("Kazakhstan/NNP/kazakhstan/LOCATION remains/VBZ/remain committed/JJ to/TO strengthening/VBG/strengthen "
                                + "peacekeeping/NN ./.",
                        "root -1 2", "nsubj 2 0", "cop 2 1", "mark 4 3", "advcl 2 4", "obj 4 5", "punct 2 6")
                .sentence("Malawi/NNP/malawi/LOCATION remains/VBZ/remain committed/JJ to/IN the/DT ideals/NNS/ideal ./.",
                        "root -1 2", "nsubj 2 0", "cop 2 1", "case 5 3", "det 5 4", "obl 2 5", "punct 2 6")
                .sentence("We/PRP/we stand/VBP ready/JJ to/TO engage/VB constructively/RB ./.",
                        "root -1 1", "nsubj 1 0", "xcomp 1 2", "mark 4 3", "xcomp 2 4", "advmod 4 5", "punct 1 6")
                // An obligation to be ready is no forecast.
                .sentence("We/PRP/we must/MD be/VB/be ready/JJ to/TO stand/VB up/RP for/IN it/PRP ./.",
                        "root -1 3", "nsubj 3 0", "aux 3 1", "cop 3 2", "mark 5 4", "xcomp 3 5", "compound:prt 5 6",
                        "case 8 7", "obl 5 8", "punct 3 9"));
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("s0 certain positive [remains committed to]"), found.toString());
        assertTrue(found.get(1).startsWith("s2 certain positive [stand ready to]"), found.toString());
    }

    @Test
    void aPurposeOrAConditionWithBeToIsNoForecastButAStatedObjectiveIs() {
        List<String> found = forecasts(Docs.doc()
                .sentence("The/DT main/JJ purpose/NN of/IN the/DT organisation/NN is/VBZ/be to/TO maintain/VB peace/NN ./.",
                        "root -1 8", "det 2 0", "amod 2 1", "nsubj 8 2", "case 5 3", "det 5 4", "nmod 2 5", "aux 8 6",
                        "mark 8 7", "obj 8 9", "punct 8 10")
                .sentence("Our/PRP$/we objective/NN is/VBZ/be to/TO overcome/VB inequality/NN ./.",
                        "root -1 4", "nmod:poss 1 0", "nsubj 4 1", "aux 4 2", "mark 4 3", "obj 4 5", "punct 4 6")
                .sentence("If/IN we/PRP/we are/VBP/be to/TO have/VB peace/NN ,/, steps/NNS/step must/MD be/VB/be "
                                + "taken/VBN/take ./.",
                        "root -1 10", "mark 4 0", "nsubj 4 1", "aux 4 2", "mark 4 3", "advcl 10 4", "obj 4 5",
                        "punct 10 6", "nsubj:pass 10 7", "aux 10 8", "aux:pass 10 9", "punct 10 11")
                // Unparsed: the first noun before "is to".
                .sentence("Our/PRP$/we duty/NN is/VBZ/be to/TO create/VB jobs/NNS/job ./."));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("s1 certain positive [is to]"), found.toString());
    }

    @Test
    void aNegationInsideAPhraseCueIsReadWithIt() {
        List<String> found = forecasts(Docs.doc()
                .sentence("We/PRP/we are/VBP/be not/RB going/VBG/go to/TO start/VB again/RB ./.",
                        "root -1 5", "nsubj 5 0", "aux 5 1", "advmod 5 2", "aux 5 3", "mark 5 4", "advmod 5 6",
                        "punct 5 7")
                .sentence("The/DT storm/NN is/VBZ/be not/RB expected/VBN/expect to/TO make/VB landfall/NN ./.",
                        "root -1 4", "det 1 0", "nsubj:pass 4 1", "aux:pass 4 2", "advmod 4 3", "mark 6 5",
                        "xcomp 4 6", "obj 6 7", "punct 4 8"));
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("s0 certain negative [are not going to|not]"), found.toString());
        assertTrue(found.get(1).startsWith("s1 probable negative [expected|not]"), found.toString());
    }

    @Test
    void adviceAndAnObligationInAConjunctAreNoForecastsButAJudgedOutcomeIs() {
        List<String> found = forecasts(Docs.doc()
                .sentence("Yet/CC it/PRP/it would/MD be/VB/be a/DT mistake/NN to/TO dismiss/VB the/DT summit/NN ./.",
                        "cc 5 0", "nsubj 5 1", "aux 5 2", "cop 5 3", "det 5 4", "root -1 5", "mark 7 6", "acl 5 7",
                        "det 9 8", "obj 7 9", "punct 5 10")
                .sentence("The/DT UN/NNP/un/ORGANIZATION must/MD set/VB a/DT deadline/NN and/CC be/VB/be prepared/VBN/prepare "
                                + "to/TO walk/VB away/RB ./.",
                        "det 1 0", "nsubj 3 1", "aux 3 2", "root -1 3", "det 5 4", "obj 3 5", "cc 8 6", "aux:pass 8 7",
                        "conj 3 8", "mark 10 9", "xcomp 8 10", "advmod 10 11", "punct 3 12")
                .sentence("It/PRP/it would/MD be/VB/be difficult/JJ for/IN the/DT parties/NNS/party to/TO agree/VB "
                                + "next/JJ year/NN ./.",
                        "nsubj 3 0", "aux 3 1", "cop 3 2", "root -1 3", "mark 8 4", "det 6 5", "nsubj 8 6", "mark 8 7",
                        "advcl 3 8", "amod 10 9", "obl:tmod 8 10", "punct 3 11")
                .sentence("The/DT mistake/NN would/MD be/VB/be to/TO stop/VB the/DT talks/NNS/talk next/JJ year/NN ./.",
                        "det 1 0", "nsubj 5 1", "aux 5 2", "aux 5 3", "mark 5 4", "root -1 5", "det 7 6", "obj 5 7",
                        "amod 9 8", "obl:tmod 5 9", "punct 5 10"));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("s2 "), found.toString());
    }

    @Test
    void whatALawProvidesIsNoForecastButWhatItWillDoOncePassedIs() {
        List<String> found = forecasts(Docs.doc()
                .sentence("She/PRP said/VBD/say the/DT bill/NN would/MD allow/VB extraditions/NNS/extradition ./.",
                        "root -1 1", "nsubj 1 0", "det 3 2", "nsubj 5 3", "aux 5 4", "ccomp 1 5", "obj 5 6", "punct 1 7")
                .sentence("She/PRP said/VBD/say that/IN under/IN the/DT proposal/NN senators/NNS/senator would/MD be/VB/be "
                                + "limited/VBN/limit ./.",
                        "root -1 1", "nsubj 1 0", "mark 9 2", "case 5 3", "det 5 4", "obl 9 5", "nsubj:pass 9 6",
                        "aux 9 7", "aux:pass 9 8", "ccomp 1 9", "punct 1 10")
                .sentence("She/PRP said/VBD/say that/IN if/IN passed/VBN/pass ,/, the/DT bill/NN would/MD limit/VB "
                                + "Cruz/NNP/cruz/PERSON ./.",
                        "root -1 1", "nsubj 1 0", "mark 9 2", "mark 4 3", "advcl 9 4", "punct 9 5", "det 7 6",
                        "nsubj 9 7", "aux 9 8", "ccomp 1 9", "obj 9 10", "punct 1 11"));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("s2 probable positive [would]"), found.toString());
    }

    @Test
    void commentarysHedgesAndBoostersSetTheCertainty() {
        List<String> found = forecasts(Docs.doc()
                .sentence("One/PRP/one can/MD hardly/RB expect/VB any/DT progress/NN next/JJ year/NN ./.",
                        "root -1 3", "nsubj 3 0", "aux 3 1", "advmod 3 2", "det 5 4", "obj 3 5", "amod 7 6",
                        "obl:tmod 3 7", "punct 3 8")
                .sentence("In/IN all/DT likelihood/NN ,/, the/DT next/JJ round/NN will/MD take/VB place/NN in/IN "
                                + "May/NNP/may ./.",
                        "root -1 8", "case 2 0", "det 2 1", "obl 8 2", "punct 8 3", "det 6 4", "amod 6 5",
                        "nsubj 8 6", "aux 8 7", "obj 8 9", "case 11 10", "obl 8 11", "punct 8 12")
                .sentence("Russia/NNP/russia/LOCATION is/VBZ/be bound/VBN/bind to/TO reassert/VB its/PRP$ role/NN ./.")
                .sentence("The/DT odds/NNS/odds are/VBP/be that/IN the/DT talks/NNS/talk will/MD fail/VB ./.")
                .sentence("It/PRP remains/VBZ/remain to/TO be/VB/be seen/VBN/see whether/IN the/DT treaty/NN "
                        + "will/MD pass/VB ./."));
        assertEquals(5, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("s0 probable negative [can|expect|hardly]"), found.toString());
        assertTrue(found.get(1).startsWith("s1 probable positive [in all likelihood|will]: next round to take place"), found.toString());
        assertTrue(found.get(2).startsWith("s2 certain positive [is bound to]"), found.toString());
        assertTrue(found.get(3).startsWith("s3 probable positive [the odds are|will]"), found.toString());
        assertTrue(found.get(4).startsWith("s4 possible positive [remains to be seen]"), found.toString());
    }

    @Test
    void aConditionInvertedWithHadIsACounterfactualAndLittleChanceIsUnlikely() {
        List<String> found = forecasts(Docs.doc()
                .sentence("Had/VBD/have Congress/NNP/congress/ORGANIZATION approved/VBN/approve the/DT reform/NN ,/, "
                                + "the/DT deficit/NN would/MD now/RB be/VB/be smaller/JJR/small ,/, he/PRP said/VBD/say ./.",
                        "root -1 14", "aux 2 0", "nsubj 2 1", "advcl 11 2", "det 4 3", "obj 2 4", "punct 11 5",
                        "det 7 6", "nsubj 11 7", "aux 11 8", "advmod 11 9", "cop 11 10", "ccomp 14 11",
                        "punct 14 12", "nsubj 14 13", "punct 14 15")
                .sentence("Had/VBD/have Congress/NNP/congress/ORGANIZATION acted/VBN/act ,/, prices/NNS/price would/MD "
                        + "fall/VB ,/, he/PRP said/VBD/say ./.")
                .sentence("We/PRP see/VBP little/JJ chance/NN that/IN the/DT bill/NN passes/VBZ/pass ./."));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("s2 probable negative [little chance]"), found.toString());
    }

    @Test
    void aModalOnTheSayingDoesNotHedgeWhatIsSaid() {
        List<String> found = forecasts(Docs.doc()
                .sentence("Today/NN I/PRP can/MD announce/VB that/IN we/PRP will/MD raise/VB aid/NN next/JJ year/NN ./.",
                        "obl:tmod 3 0", "nsubj 3 1", "aux 3 2", "root -1 3", "mark 7 4", "nsubj 7 5", "aux 7 6",
                        "ccomp 3 7", "obj 7 8", "amod 10 9", "obl:tmod 7 10", "punct 3 11"));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("s0 certain positive"), found.toString());
    }

    @Test
    void anIndirectQuestionIsNoCandidateAndAHopeHedgesWhereTheParseMissesIt() {
        AnnotatedDoc doc = Docs.doc()
                .sentence("Some/DT ask/VBP whether/IN the/DT alliance/NN will/MD hold/VB ./.",
                        "nsubj 1 0", "root -1 1", "mark 6 2", "det 4 3", "nsubj 6 4", "aux 6 5", "ccomp 1 6",
                        "punct 1 7")
                // Parsed with "hope" as the subject of "open", as CoreNLP did.
                .sentence("I/PRP hope/VBP that/IN the/DT talks/NNS/talk announced/VBD/announce last/JJ week/NN "
                                + "will/MD open/VB the/DT way/NN ./.",
                        "nsubj 1 0", "csubj 9 1", "mark 5 2", "det 4 3", "nsubj 5 4", "ccomp 1 5", "amod 7 6",
                        "obl:tmod 5 7", "aux 9 8", "root -1 9", "det 11 10", "obj 9 11", "punct 9 12")
                .build();
        List<Candidate> candidates = finder.candidates(doc, List.of());
        assertEquals(List.of(1), candidates.stream().map(Candidate::sentence).toList());
        assertEquals(Certainty.POSSIBLE, candidates.get(0).draft().certainty());
    }

    @Test
    void aHabitOrARuleIsNoForecast() {
        List<String> found = forecasts(Docs.doc()
                .sentence("He/PRP said/VBD/say the/DT deputy/NN would/MD normally/RB succeed/VB the/DT governor/NN ./.",
                        "root -1 1", "nsubj 1 0", "det 3 2", "nsubj 6 3", "aux 6 4", "advmod 6 5", "ccomp 1 6",
                        "det 8 7", "obj 6 8", "punct 1 9")
                .sentence("Prices/NNS/price will/MD usually/RB rise/VB in/IN winter/NN ./.")
                .sentence("He/PRP said/VBD/say the/DT deputy/NN would/MD succeed/VB the/DT governor/NN ./.",
                        "root -1 1", "nsubj 1 0", "det 3 2", "nsubj 5 3", "aux 5 4", "ccomp 1 5", "det 7 6",
                        "obj 5 7", "punct 1 8"));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("s2 certain positive [would]"), found.toString());
    }

    @Test
    void aBeliefMakesTheForecastItEmbedsProbableAndAHopePossible() {
        List<String> found = forecasts(Docs.doc()
                .sentence("We/PRP believe/VBP that/IN the/DT event/NN will/MD help/VB ./.",
                        "root -1 1", "nsubj 1 0", "mark 6 2", "det 4 3", "nsubj 6 4", "aux 6 5", "ccomp 1 6", "punct 1 7")
                .sentence("I/PRP hope/VBP that/IN she/PRP will/MD come/VB back/RB ./.",
                        "root -1 1", "nsubj 1 0", "mark 5 2", "nsubj 5 3", "aux 5 4", "ccomp 1 5", "advmod 5 6",
                        "punct 1 7")
                .sentence("We/PRP remain/VBP confident/JJ that/IN talks/NNS/talk will/MD resume/VB ./.",
                        "root -1 2", "nsubj 2 0", "cop 2 1", "mark 6 3", "nsubj 6 4", "aux 6 5", "ccomp 2 6", "punct 2 7")
                .sentence("She/PRP said/VBD/say that/IN talks/NNS/talk will/MD resume/VB ./.",
                        "root -1 1", "nsubj 1 0", "mark 5 2", "nsubj 5 3", "aux 5 4", "ccomp 1 5", "punct 1 6")
                .sentence("Many/JJ/many are/VBP/be concerned/JJ about/IN whether/IN progress/NN will/MD continue/VB ./.",
                        "root -1 2", "nsubj 2 0", "cop 2 1", "mark 7 3", "mark 7 4", "nsubj 7 5", "aux 7 6",
                        "advcl 2 7", "punct 2 8")
                // A suspicion or a prediction that embeds the forecast makes it probable too.
                .sentence("I/PRP/i suspect/VBP the/DT meeting/NN will/MD produce/VB a/DT handshake/NN ./.",
                        "root -1 1", "nsubj 1 0", "det 3 2", "nsubj 5 3", "aux 5 4", "ccomp 1 5", "det 7 6",
                        "obj 5 7", "punct 1 8")
                // A noun of belief as the subject of "is that…" holds the stance too.
                .sentence("My/PRP$/my central/JJ expectation/NN is/VBZ/be that/IN the/DT economy/NN will/MD "
                                + "stagnate/VB next/JJ year/NN ./.",
                        "nmod:poss 2 0", "amod 2 1", "nsubj 3 2", "root -1 3", "mark 8 4", "det 6 5", "nsubj 8 6",
                        "aux 8 7", "ccomp 3 8", "amod 10 9", "obl:tmod 8 10", "punct 3 11"));
        assertEquals(7, found.size(), found.toString());
        assertTrue(found.get(6).startsWith("s6 probable positive [will]"), found.toString());
        assertTrue(found.get(5).startsWith("s5 probable positive [will]"), found.toString());
        assertTrue(found.get(4).startsWith("s4 possible positive [will]"), found.toString());
        assertTrue(found.get(0).startsWith("s0 probable positive [will]"), found.toString());
        assertTrue(found.get(1).startsWith("s1 possible positive [will]"), found.toString());
        assertTrue(found.get(2).startsWith("s2 probable positive [will]"), found.toString());
        assertTrue(found.get(3).startsWith("s3 certain positive [will]"), found.toString());
    }

    @Test
    void pastSchedulesAreNotForecastsButPresentOnesAre() {
        assertEquals(List.of("s1 certain positive [scheduled to]: states to hold elections"),
                forecasts(Docs.doc()
                        .sentence("Ohio/NNP/ohio/LOCATION was/VBD/be scheduled/VBN/schedule to/TO hold/VB a/DT vote/NN ./.",
                                "root -1 2", "nsubj:pass 2 0", "aux:pass 2 1", "mark 4 3", "xcomp 2 4", "det 6 5",
                                "obj 4 6", "punct 2 7")
                        .sentence("The/DT states/NNS/state scheduled/VBN/schedule to/TO hold/VB elections/NNS/election "
                                        + "are/VBP/be Maine/NNP/maine/LOCATION ./.",
                                "root -1 7", "det 1 0", "nsubj 7 1", "acl 1 2", "mark 4 3", "xcomp 2 4", "obj 4 5",
                                "cop 7 6", "punct 7 8")));
        // The same sentence with the participle parsed as the main verb: its tenses still tell the present.
        List<String> misparsed = forecasts(Docs.doc()
                .sentence("The/DT states/NNS/state scheduled/VBN/schedule to/TO hold/VB elections/NNS/election "
                                + "are/VBP/be Maine/NNP/maine/LOCATION ./.",
                        "root -1 2", "det 1 0", "nsubj 2 1", "mark 4 3", "xcomp 2 4", "obj 4 5",
                        "cop 7 6", "ccomp 4 7", "punct 2 8"));
        assertEquals(1, misparsed.size(), misparsed.toString());
        assertTrue(misparsed.get(0).startsWith("s0 certain positive [scheduled to]"), misparsed.toString());
    }

    @Test
    void whoVowsOrWhoIsTheAgentOfAnExpectationPredicts() {
        assertEquals(List.of("s1 certain positive [vowed to] by Donald Trump: president to keep fighting",
                        "s2 probable positive [projected] by media outlets: Biden expected to win",
                        "s3 probable positive [projected] by news outlets: Biden expected to win"),
                forecasts(Docs.doc()
                        .sentence("US/NNP/us/LOCATION President/NNP/president Donald/NNP/donald/PERSON Trump/NNP/trump/PERSON "
                                + "spoke/VBD/speak ./.")
                        .sentence("The/DT president/NN vowed/VBD/vow to/TO keep/VB fighting/VBG/fight ./.",
                                "root -1 2", "det 1 0", "nsubj 2 1", "mark 4 3", "xcomp 2 4", "xcomp 4 5", "punct 2 6")
                        .sentence("Biden/NNP/biden/PERSON was/VBD/be projected/VBN/project by/IN media/NNS/media "
                                        + "outlets/NNS/outlet to/TO win/VB ./.",
                                "root -1 2", "nsubj:pass 2 0", "aux:pass 2 1", "case 5 3", "compound 5 4",
                                "obl:agent 2 5", "mark 7 6", "xcomp 2 7", "punct 2 8")
                        // The UD model Augur loads labels the "by" phrase a plain "obl": an agent all the same.
                        .sentence("Biden/NNP/biden/PERSON was/VBD/be projected/VBN/project by/IN news/NN "
                                        + "outlets/NNS/outlet to/TO win/VB ./.",
                                "root -1 2", "nsubj:pass 2 0", "aux:pass 2 1", "case 5 3", "compound 5 4",
                                "obl 2 5", "mark 7 6", "xcomp 2 7", "punct 2 8")));
    }

    @Test
    void aSentencePointingBackTakesTheTopicsOfTheSentenceBefore() {
        RuleForecastFinder withSummits = new RuleForecastFinder(CueLexicon.standard(), new Taxonomy(List.<String[]>of(
                new String[] {"summit", "summit"}, new String[] {"arms control", "arm control"})));
        AnnotatedDoc doc = Docs.doc()
                .sentence("Nobody/NN expects/VBZ/expect shifts/NNS/shift from/IN the/DT upcoming/JJ summit/NN ./.")
                .sentence("Its/PRP$/its agenda/NN can/MD include/VB arms/NNS/arm control/NN ./.")
                .sentence("Arms/NNS/arm control/NN will/MD matter/VB ./.").build();
        assertEquals(List.of(List.of("summit"), List.of("arms control", "summit"), List.of("arms control")),
                withSummits.find(doc, List.of()).stream().map(Forecast::topics).toList());
    }
}
