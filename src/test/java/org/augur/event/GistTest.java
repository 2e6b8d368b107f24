package org.augur.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.augur.actor.RuleActorFinder;
import org.augur.cue.Cue;
import org.augur.cue.CueLexicon;
import org.augur.forecast.Forecast;
import org.augur.forecast.RuleForecastFinder;
import org.augur.nlp.AnnotatedDoc;
import org.augur.testing.Docs;
import org.augur.topic.Taxonomy;
import org.junit.jupiter.api.Test;

/**
 * Gists on hand-built sentences, one test for each kind of failure issue 17 found: pronouns, relatives and
 * passives garbled, objects cut short, negation doubled or taken from another clause, the wrong clause.
 * Each gist is also checked against {@link GistRules}.
 */
class GistTest {
    private final RuleForecastFinder finder = new RuleForecastFinder(CueLexicon.standard(), new Taxonomy(List.of()));

    private String gist(Docs docs) {
        AnnotatedDoc doc = docs.build();
        List<Forecast> found = finder.find(doc, RuleActorFinder.standard().find(doc));
        assertEquals(1, found.size(), found.toString());
        String gist = found.get(0).gist();
        assertEquals("", GistRules.standard().broken(gist).orElse(""), gist);
        return gist;
    }

    /** The gist of the predicted event of {@code trigger} (a hint or an anchor the model kept) in the only sentence. */
    private static String gistOf(Docs docs, Cue trigger) {
        return gistOf(docs, trigger, "");
    }

    /** As above, in a government's statement that speaks for the state {@code we} ("" for none). */
    private static String gistOf(Docs docs, Cue trigger, String we) {
        String gist = Gist.of(docs.build().sentences().get(0), trigger, List.of(), new Voice("", false, we));
        assertEquals("", GistRules.standard().broken(gist).orElse(""), gist);
        return gist;
    }

    private static final String STRIVE = "We/PRP/we will/MD strive/VB to/TO improve/VB the/DT Human/NNP Rights/NNPS/Rights "
            + "Council/NNP ./.";
    private static final String[] STRIVE_DEPS = {"root -1 2", "nsubj 2 0", "aux 2 1", "mark 4 3", "xcomp 2 4", "det 8 5",
        "compound 8 6", "compound 8 7", "obj 4 8", "punct 2 9"};

    @Test
    void weBecomesThePredictorAndAPronounLeftTakesWillNotTo() {
        // Was "We to strive to improve the Human Rights Council".
        assertEquals("Norway to strive to improve the Human Rights Council",
                gist(Docs.doc().author("Norway").sentence(STRIVE, STRIVE_DEPS)));
        assertEquals("We will strive to improve the Human Rights Council", gist(Docs.doc().sentence(STRIVE, STRIVE_DEPS)));
    }

    private static final String[] QUOTED_DEPS = {"punct 3 0", "nsubj 3 1", "aux 3 2", "ccomp 8 3", "det 5 4",
        "obj 3 5", "punct 8 6", "punct 8 7", "root -1 8", "compound 10 9", "nsubj 8 10", "punct 8 11"};

    /** '"PRONOUN will rebuild the bridge," said SPEAKER.' with the speaker's two words tagged as {@code ner}. */
    private static Docs quoted(String pronoun, String first, String last, String ner) {
        return Docs.doc().sentence("\"/`` " + pronoun + "/PRP will/MD rebuild/VB the/DT bridge/NN ,/, ~\"/'' said/VBD/say "
                + first + "/NNP/" + first + "/" + ner + " " + last + "/NNP/" + last + "/" + ner + " ./.", QUOTED_DEPS);
    }

    @Test
    void aPersonsWeIsAGroupNotThePerson() {
        // Was "Maria Lopez to rebuild the bridge": the gold names the group a person speaks for ("Navy will
        // continue searching", "London will never let…"), never the person, and a bare "we" names no one wrong.
        assertEquals("We will rebuild the bridge", gist(quoted("We", "Maria", "Lopez", "PERSON")));
        assertEquals("Maria Lopez to rebuild the bridge", gist(quoted("I", "Maria", "Lopez", "PERSON")));
        assertEquals("Acme Corporation to rebuild the bridge", gist(quoted("We", "Acme", "Corporation", "ORGANIZATION")));
    }

    @Test
    void ofTwoSubjectsThePronounBeforeTheVerbIsTheOne() {
        // Was "Council to demand accountability": the parse gave "demand" both "Council" and "we" as subjects.
        assertEquals("we will demand accountability", gist(Docs.doc().sentence(
                "In/IN the/DT Council/NNP/council/ORGANIZATION ,/, we/PRP will/MD demand/VB accountability/NN ./.",
                "case 2 0", "det 2 1", "nsubj 6 2", "punct 6 3", "nsubj 6 4", "aux 6 5", "root -1 6", "obj 6 7",
                "punct 6 8")));
    }

    @Test
    void aPronounInsideAQuotationIsNotItsSpeaker() {
        // Was "Jonna Mendez could be Pakistani": a speaker quoted says "I"; her "he" is her husband.
        String[] deps = {"compound 1 0", "nsubj 2 1", "root -1 2", "punct 2 3", "punct 8 4", "nsubj 8 5", "aux 8 6",
            "cop 8 7", "ccomp 2 8", "punct 2 9", "punct 2 10"};
        String quoted = "Jonna/NNP/jonna/PERSON Mendez/NNP/mendez/PERSON said/VBD/say ,/, \"/`` ~He/PRP could/MD be/VB "
                + "Pakistani/JJ ./. ~\"/''";
        String gist = Gist.of(Docs.doc().sentence(quoted, deps).build().sentences().get(0),
                new Cue(Cue.Kind.POSSIBLE, 6, 7, "could"), List.of(), new Voice("Jonna Mendez", true, ""));
        assertEquals("He could be Pakistani", gist);
        // Reported, not quoted, "he" is still who reports: "Corbyn announced he will…".
        String reported = "Jonna/NNP/jonna/PERSON Mendez/NNP/mendez/PERSON said/VBD/say he/PRP could/MD be/VB "
                + "Pakistani/JJ ./.";
        assertEquals("Jonna Mendez could be Pakistani", Gist.of(Docs.doc().sentence(reported, "compound 1 0", "nsubj 2 1",
                "root -1 2", "nsubj 6 3", "aux 6 4", "cop 6 5", "ccomp 2 6", "punct 2 7").build().sentences().get(0),
                new Cue(Cue.Kind.POSSIBLE, 4, 5, "could"), List.of(), new Voice("Jonna Mendez", true, "")));
    }

    @Test
    void heOrSheIsTheReportingSubjectOnlyWhereThatIsNoOrganisationOrPlace() {
        String[] deps = {"root -1 8", "ccomp 8 2", "nsubj 2 0", "aux 2 1", "case 4 3", "obl 2 4", "punct 8 5",
            "det 7 6", "nsubj 8 7", "punct 8 9"};
        // Was "Kremlin to travel to Beijing": the Kremlin speaks, but "he" is someone else.
        assertEquals("He will travel to Beijing", gist(Docs.doc().sentence(
                "He/PRP/he will/MD travel/VB to/IN Beijing/NNP/Beijing/LOCATION ,/, the/DT Kremlin/NNP/Kremlin/LOCATION "
                        + "said/VBD/say ./.", deps)));
        assertEquals("Putin to travel to Beijing", gist(Docs.doc().sentence(
                "He/PRP/he will/MD travel/VB to/IN Beijing/NNP/Beijing/LOCATION ,/, President/NNP Putin/NNP/Putin/PERSON "
                        + "said/VBD/say ./.", deps)));
    }

    @Test
    void aRelativePronounBecomesItsNoun() {
        // Was "that to is deal a blow to the people".
        assertEquals("sanctions to deal a blow to the people", gist(Docs.doc().sentence(
                "They/PRP/they imposed/VBD/impose sanctions/NNS/sanction that/WDT will/MD deal/VB a/DT blow/NN to/IN "
                        + "the/DT people/NNS ./.",
                "root -1 1", "nsubj 1 0", "obj 1 2", "nsubj 5 3", "aux 5 4", "acl:relcl 2 5", "det 7 6", "obj 5 7",
                "case 10 8", "det 10 9", "nmod 7 10", "punct 1 11")));
    }

    @Test
    void passivesStayPassive() {
        // Was "our voice to hear on that issue" and "he may charge with murder".
        assertEquals("Our voice to be heard on that issue", gist(Docs.doc().sentence(
                "Our/PRP$/our voice/NN will/MD be/VB heard/VBN/hear on/IN that/DT issue/NN ./.",
                "root -1 4", "nmod:poss 1 0", "nsubj:pass 4 1", "aux 4 2", "aux:pass 4 3", "case 7 5", "det 7 6",
                "obl 4 7", "punct 4 8")));
        assertEquals("He may be charged with murder", gist(Docs.doc().sentence(
                "He/PRP/he may/MD be/VB charged/VBN/charge with/IN murder/NN ./.",
                "root -1 3", "nsubj:pass 3 0", "aux 3 1", "aux:pass 3 2", "case 5 4", "obl 3 5", "punct 3 6")));
    }

    @Test
    void objectsAreWholeOrLeftOut() {
        // Was "Moscow will not live" and "expected to accelerate the implementation of the SDGs in".
        assertEquals("Moscow will not live up to the agreement", gist(Docs.doc().sentence(
                "Moscow/NNP/Moscow/LOCATION will/MD not/RB live/VB up/RP to/IN the/DT agreement/NN ./.",
                "root -1 3", "nsubj 3 0", "aux 3 1", "advmod 3 2", "compound:prt 3 4", "case 7 5", "det 7 6",
                "obl 3 7", "punct 3 8")));
        // Where it accelerates it stays too: a phrase that says where goes only past the hard limit (issue 26).
        assertEquals("new plan expected to accelerate the implementation of the Sustainable Development Goals "
                + "in the poorest regions of Africa", gist(Docs.doc().sentence(
                "The/DT new/JJ plan/NN is/VBZ/be expected/VBN/expect to/TO accelerate/VB the/DT implementation/NN of/IN "
                        + "the/DT Sustainable/NNP Development/NNP Goals/NNPS/goal in/IN the/DT poorest/JJS/poor "
                        + "regions/NNS/region of/IN Africa/NNP/Africa/LOCATION ./.",
                "root -1 4", "det 2 0", "amod 2 1", "nsubj:pass 4 2", "aux:pass 4 3", "mark 6 5", "xcomp 4 6",
                "det 8 7", "obj 6 8", "case 13 9", "det 13 10", "compound 13 11", "compound 13 12", "nmod 8 13",
                "case 17 14", "det 17 15", "amod 17 16", "obl 6 17", "case 19 18", "nmod 17 19", "punct 4 20")));
    }

    @Test
    void aVerbKeepsItsComplement() {
        // Was "arrangements could help": the parser leaves the bare infinitive as "dep".
        assertEquals("arrangements could help simplify decisions", gist(Docs.doc().sentence(
                "arrangements/NNS/arrangement could/MD help/VB simplify/VB decisions/NNS/decision ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "dep 2 3", "obj 3 4", "punct 2 5")));
        // Was "will enable to reduce our": an object pronoun before "to" is whole after its verb.
        assertEquals("Investment to help us to meet SDG 7", gist(Docs.doc().sentence(
                "Investment/NN will/MD help/VB us/PRP/we to/TO meet/VB SDG/NN 7/CD ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "obj 2 3", "mark 5 4", "xcomp 2 5", "obj 5 6", "nummod 6 7",
                "punct 2 8")));
    }

    @Test
    void aNameIsWholeOrLeftOut() {
        // Was "world to commemorate the centenary of the end of the War": a name is not cut to its head.
        // Then "world to commemorate the centenary of the end": a fragment; the phrase a noun needs is kept.
        assertEquals("world to commemorate the centenary of the end of the First World War", gist(Docs.doc().sentence(
                "The/DT world/NN will/MD commemorate/VB the/DT centenary/NN of/IN the/DT end/NN of/IN the/DT "
                        + "First/NNP World/NNP War/NNP ./.",
                "det 1 0", "nsubj 3 1", "aux 3 2", "root -1 3", "det 5 4", "obj 3 5", "case 8 6", "det 8 7",
                "nmod 5 8", "case 13 9", "det 13 10", "amod 13 11", "compound 13 12", "nmod 8 13", "punct 3 14")));
    }

    @Test
    void aNoInsideTheObjectIsNotASecondNegation() {
        // Was "We will not spare no effort".
        assertEquals("Russia to spare no effort to end the war", gist(Docs.doc().author("Russia").sentence(
                "We/PRP/we will/MD spare/VB no/DT effort/NN to/TO end/VB the/DT war/NN ./.",
                "root -1 2", "nsubj 2 0", "aux 2 1", "det 4 3", "obj 2 4", "mark 6 5", "acl 4 6", "det 8 7",
                "obj 6 8", "punct 2 9")));
    }

    @Test
    void unlikelyStaysUnlikely() {
        // Was "likely to generate any results".
        assertEquals("talks unlikely to generate any results", gist(Docs.doc().sentence(
                "The/DT talks/NNS/talk are/VBP/be unlikely/JJ to/TO generate/VB any/DT results/NNS/result ./.",
                "root -1 3", "det 1 0", "nsubj 3 1", "cop 3 2", "mark 5 4", "xcomp 3 5", "det 7 6", "obj 5 7",
                "punct 3 8")));
    }

    @Test
    void aNotInAnotherClauseDoesNotNegateTheEvent() {
        // Was "Russia will not continue to do its utmost" for "…, and we are not alone".
        assertEquals("Russia to continue to do its utmost", gist(Docs.doc().sentence(
                "Russia/NNP/Russia/LOCATION will/MD continue/VB to/TO do/VB its/PRP$/its utmost/JJ ,/, and/CC "
                        + "we/PRP/we are/VBP/be not/RB alone/JJ ./.",
                "root -1 2", "nsubj 2 0", "aux 2 1", "mark 4 3", "xcomp 2 4", "nmod:poss 6 5", "obj 4 6",
                "punct 12 7", "cc 12 8", "nsubj 12 9", "cop 12 10", "advmod 12 11", "conj 2 12", "punct 2 13")));
    }

    @Test
    void anOpinionHedgedByTheCueGivesItsClause() {
        // "I would think that we would try…": the event is the trying, not the thinking.
        assertEquals("Devin Oldman would try to grow the herd next year", gist(Docs.doc().author("Devin Oldman").sentence(
                "I/PRP/I would/MD think/VB that/IN we/PRP/we would/MD try/VB to/TO grow/VB the/DT herd/NN next/JJ "
                        + "year/NN ./.",
                "root -1 2", "nsubj 2 0", "aux 2 1", "mark 6 3", "nsubj 6 4", "aux 6 5", "ccomp 2 6", "mark 8 7",
                "xcomp 6 8", "det 10 9", "obj 8 10", "amod 12 11", "obl:tmod 8 12", "punct 2 13")));
    }

    @Test
    void expectationsReadAsHeadlines() {
        assertEquals("no fundamental shifts expected", gist(Docs.doc().sentence(
                "Surely/RB ,/, it/PRP is/VBZ/be not/RB the/DT time/NN to/TO expect/VB any/DT fundamental/JJ "
                        + "shifts/NNS/shift ./.",
                "root -1 6", "advmod 6 0", "punct 6 1", "nsubj 6 2", "cop 6 3", "advmod 6 4", "det 6 5",
                "mark 8 7", "acl 6 8", "det 11 9", "amod 11 10", "obj 8 11", "punct 6 12")));
        assertEquals("election scheduled for March 24", gist(Docs.doc().sentence(
                "The/DT election/NN is/VBZ/be scheduled/VBN/schedule for/IN March/NNP 24/CD ./.",
                "root -1 3", "det 1 0", "nsubj:pass 3 1", "aux:pass 3 2", "case 5 4", "obl 3 5", "nummod 5 6",
                "punct 3 7")));
    }

    @Test
    void aPlanOrScheduleIsSaidAsTheFutureNotAsAPossibility() {
        // Was "Belarusian presidential election could be held on August 9".
        assertEquals("Belarusian presidential election to be held on August 9", gistOf(Docs.doc().sentence(
                "the/DT Belarusian/JJ presidential/JJ election/NN to/TO be/VB held/VBN/hold on/IN August/NNP 9/CD",
                "det 3 0", "amod 3 1", "amod 3 2", "nsubj:pass 6 3", "mark 6 4", "aux:pass 6 5", "root -1 6",
                "case 8 7", "obl 6 8", "nummod 8 9"), new Cue(Cue.Kind.HINT, 4, 6, "to be")));
        // A hint that tells of a possibility stays one.
        assertEquals("Unions could strike in May", gistOf(Docs.doc().sentence(
                "Unions/NNS/union threaten/VBP to/TO strike/VB in/IN May/NNP",
                "nsubj 1 0", "root -1 1", "mark 3 2", "xcomp 1 3", "case 5 4", "obl 3 5"),
                new Cue(Cue.Kind.HINT, 1, 2, "threaten")));
    }

    @Test
    void aThingAnnouncedIsGivenInTheClausesOwnWords() {
        // Was "government could three days of mourning": a marker before a noun says nothing.
        assertEquals("The government announced three days of mourning", gistOf(Docs.doc().sentence(
                "The/DT government/NN announced/VBD/announce three/CD days/NNS/day of/IN mourning/NN ./.",
                "det 1 0", "nsubj 2 1", "root -1 2", "nummod 4 3", "obj 2 4", "case 6 5", "nmod 4 6", "punct 2 7"),
                new Cue(Cue.Kind.HINT, 2, 3, "announce")));
    }

    @Test
    void theReportersClauseIsNotTheEvent() {
        // The event is what is reported, not the reporting: never "Officials said on Monday".
        assertEquals("talks to resume next week", gist(Docs.doc().sentence(
                "Officials/NNS/official said/VBD/say on/IN Monday/NNP that/IN talks/NNS/talk will/MD resume/VB "
                        + "next/JJ week/NN ./.",
                "nsubj 1 0", "root -1 1", "case 3 2", "obl 1 3", "mark 7 4", "nsubj 7 5", "aux 7 6", "ccomp 1 7",
                "amod 9 8", "obl:tmod 7 9", "punct 1 10")));
    }

    @Test
    void aHeadlineJoinedToTheSentenceUnderItStaysOut() {
        // Was "Joe Biden projected US president-elect Today": "Today" begins the sentence under the headline.
        assertEquals("Prices to rise sharply", gist(Docs.doc().sentence(
                "Prices/NNS/price will/MD rise/VB sharply/RB ¶Today/NN ,/, markets/NNS/market fell/VBD/fall ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "advmod 2 3", "obl:tmod 2 4", "punct 7 5", "nsubj 7 6",
                "parataxis 2 7", "punct 2 8")));
    }

    @Test
    void withoutAParseTheClausesOwnWordsEndOnAWholePhrase() {
        assertEquals("Prices will rise sharply in the coming months", gist(Docs.doc().sentence(
                "Prices/NNS/price will/MD rise/VB sharply/RB in/IN the/DT coming/JJ months/NNS/month ,/, "
                        + "analysts/NNS/analyst say/VBP ./.")));
        assertEquals("Talks will resume", gist(Docs.doc().sentence(
                "Talks/NNS/talk will/MD resume/VB in/IN ,/, say/VBP analysts/NNS/analyst ./.")));
        // Too short before the comma (the one broken gist of the 196 bench speeches): read on.
        assertEquals("As expected the vote will pass", gist(Docs.doc().sentence(
                "As/IN expected/VBN/expect ,/, the/DT vote/NN will/MD pass/VB ./.")));
    }

    // Issue 26: the gist is the clause as written, less whole subtrees of the parse.

    @Test
    void anAdverbialClauseIsDeletedWhole() {
        // A condition ("if the drought continues") is no longer deleted: see the condition test below.
        assertEquals("Prices could rise", gist(Docs.doc().sentence(
                "Prices/NNS/price could/MD rise/VB as/IN the/DT drought/NN continues/VBZ/continue ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "mark 6 3", "det 5 4", "nsubj 6 5", "advcl 2 6", "punct 2 7")));
    }

    @Test
    void anAppositionAndAParentheticalAreDeletedWhole() {
        assertEquals("Ministers to sign a treaty with Chile", gist(Docs.doc().sentence(
                "Ministers/NNS/minister will/MD sign/VB a/DT treaty/NN with/IN Chile/NNP/Chile/LOCATION ,/, "
                        + "a/DT close/JJ ally/NN ,/, (/-LRB- again/RB )/-RRB- ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "det 4 3", "obj 2 4", "case 6 5", "nmod 4 6", "punct 10 7",
                "det 10 8", "amod 10 9", "appos 6 10", "punct 10 11", "punct 13 12", "advmod 2 13", "punct 13 14",
                "punct 2 15")));
    }

    @Test
    void theObjectKeepsThePhraseItNeedsAndAListStaysWhole() {
        // Issue 26 found "…to end violence" for "…against women", a list cut before "and consular services".
        assertEquals("Fiji to end violence against women and girls in all its forms", gist(Docs.doc().author("Fiji").sentence(
                "We/PRP/we will/MD end/VB violence/NN against/IN women/NNS/woman and/CC girls/NNS/girl in/IN "
                        + "all/DT its/PRP$/its forms/NNS/form ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "obj 2 3", "case 5 4", "nmod 3 5", "cc 7 6", "conj 5 7",
                "case 11 8", "det:predet 11 9", "nmod:poss 11 10", "obl 2 11", "punct 2 12")));
    }

    @Test
    void timesAndAdverbsGoFirstWhenTheClauseIsLong() {
        // Over the target: the verb's time ("in the coming months", the horizon's) and adverb go; to whom and
        // from where stay (issue 26: "cut short" was the commonest fault of the judged gists).
        assertEquals("new government to open the borders of the country to refugees from the neighbouring states",
                gist(Docs.doc().sentence(
                "The/DT new/JJ government/NN will/MD quickly/RB open/VB the/DT borders/NNS/border of/IN the/DT "
                        + "country/NN to/IN refugees/NNS/refugee from/IN the/DT neighbouring/JJ states/NNS/state "
                        + "in/IN the/DT/the/DATE coming/JJ/coming/DATE months/NNS/month/DATE ./.",
                "det 2 0", "amod 2 1", "nsubj 5 2", "aux 5 3", "advmod 5 4", "root -1 5", "det 7 6", "obj 5 7",
                "case 10 8", "det 10 9", "nmod 7 10", "case 12 11", "obl 5 12", "case 16 13", "det 16 14",
                "amod 16 15", "nmod 12 16", "case 20 17", "det 20 18", "amod 20 19", "obl 5 20", "punct 5 21")));
    }

    @Test
    void otherPhrasesGoOnlyPastTheHardLimitTheLastFirst() {
        // 24 words after the times went: the obliques go from the end until it is 20 or fewer.
        assertEquals("new government to open the borders of the country to refugees from the neighbouring states "
                + "of the region", gist(Docs.doc().sentence(
                "The/DT new/JJ government/NN will/MD open/VB the/DT borders/NNS/border of/IN the/DT "
                        + "country/NN to/IN refugees/NNS/refugee from/IN the/DT neighbouring/JJ states/NNS/state "
                        + "of/IN the/DT region/NN with/IN the/DT help/NN of/IN United/NNP Nations/NNPS "
                        + "agencies/NNS/agency ./.",
                "det 2 0", "amod 2 1", "nsubj 4 2", "aux 4 3", "root -1 4", "det 6 5", "obj 4 6",
                "case 9 7", "det 9 8", "nmod 6 9", "case 11 10", "obl 4 11", "case 15 12", "det 15 13",
                "amod 15 14", "nmod 11 15", "case 18 16", "det 18 17", "nmod 15 18", "case 21 19", "det 21 20",
                "obl 4 21", "case 25 22", "compound 24 23", "compound 25 24", "nmod 21 25", "punct 4 26")));
    }

    @Test
    void anObliqueThatIsTheVerbsOnlyComplementStays() {
        // Was "We will succeed": what in is the event; the time goes while the clause is long, where stays.
        assertEquals("We will succeed in ending poverty in the whole region of the Sahel", gist(Docs.doc().sentence(
                "We/PRP/we will/MD succeed/VB in/IN ending/VBG/end poverty/NN in/IN the/DT whole/JJ region/NN "
                        + "of/IN the/DT Sahel/NNP by/IN the/DT/the/DATE end/NN/end/DATE of/IN/of/DATE the/DT/the/DATE "
                        + "decade/NN/decade/DATE ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "mark 4 3", "obl 2 4", "obj 4 5", "case 9 6", "det 9 7",
                "amod 9 8", "obl 4 9", "case 12 10", "det 12 11", "nmod 9 12", "case 15 13", "det 15 14",
                "obl 4 15", "case 18 16", "det 18 17", "nmod 15 18", "punct 2 19")));
    }

    @Test
    void modalityAndAspectStayAsWritten() {
        // Was "Iran may not use the facility": "may or may not" is neither.
        assertEquals("Iran may or may not use the facility", gist(Docs.doc().sentence(
                "Iran/NNP/Iran/LOCATION may/MD or/CC may/MD not/RB use/VB the/DT facility/NN ./.",
                "nsubj 5 0", "aux 5 1", "cc 3 2", "conj 1 3", "advmod 5 4", "root -1 5", "det 7 6", "obj 5 7",
                "punct 5 8")));
        // Was "Iran may use the facility": a present guess is not a future.
        assertEquals("Iran may be using the facility", gist(Docs.doc().sentence(
                "Iran/NNP/Iran/LOCATION may/MD be/VB using/VBG/use the/DT facility/NN ./.",
                "nsubj 3 0", "aux 3 1", "aux 3 2", "root -1 3", "det 5 4", "obj 3 5", "punct 3 6")));
    }

    @Test
    void aRelativePronounOfAConjoinedRelativeClauseBecomesItsNoun() {
        // Was "that will shape the debate": the relative clause is the second of two.
        assertEquals("conversation to shape the debate", gist(Docs.doc().sentence(
                "We/PRP/we started/VBD/start a/DT conversation/NN that/WDT has/VBZ/have grown/VBN/grow but/CC "
                        + "that/WDT will/MD shape/VB the/DT debate/NN ./.",
                "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "nsubj 6 4", "aux 6 5", "acl:relcl 3 6", "cc 10 7",
                "nsubj 10 8", "aux 10 9", "conj 6 10", "det 12 11", "obj 10 12", "punct 1 13")));
    }

    @Test
    void aConjoinedVerbLeftBareIsDeletedWithWhatItDid() {
        // Was "… and County Clare and starts": its times went, so does the verb.
        assertEquals("orange warning to apply to County Galway , County Mayo and County Clare", gist(Docs.doc().sentence(
                "The/DT orange/JJ warning/NN will/MD apply/VB to/IN County/NNP Galway/NNP/Galway/LOCATION ,/, "
                        + "County/NNP Mayo/NNP/Mayo/LOCATION and/CC County/NNP Clare/NNP/Clare/LOCATION and/CC "
                        + "starts/VBZ/start at/IN 6/CD p.m./NN/p.m./TIME tomorrow/NN/tomorrow/DATE ./.",
                "det 2 0", "amod 2 1", "nsubj 4 2", "aux 4 3", "root -1 4", "case 7 5", "compound 7 6", "obl 4 7",
                "punct 10 8", "compound 10 9", "conj 7 10", "cc 13 11", "compound 13 12", "conj 7 13", "cc 15 14",
                "conj 4 15", "case 18 16", "nummod 18 17", "obl 15 18", "obl:tmod 15 19", "punct 4 20")));
    }

    // Issue 26, part 1, second pass: the event's own subject where the parse does not link it.

    @Test
    void theObjectOfAnObjectControlVerbIsTheSubject() {
        // Was "We expected to abide by the rules": the object does what the infinitive says.
        assertEquals("others expected to abide by the rules", gist(Docs.doc().sentence(
                "We/PRP/we expect/VBP/expect others/NNS/other to/TO abide/VB by/IN the/DT rules/NNS/rule ./.",
                "nsubj 1 0", "root -1 1", "obj 1 2", "mark 4 3", "xcomp 1 4", "case 7 5", "det 7 6", "obl 4 7",
                "punct 1 8")));
    }

    @Test
    void aRelativeClauseWithoutASubjectIsAboutItsNoun() {
        // Was "to be submitted by referendum": the pronoun parsed as the object left the clause no subject.
        assertEquals("draft text to be submitted by referendum", gist(Docs.doc().sentence(
                "We/PRP/we discussed/VBD/discuss the/DT draft/NN text/NN which/WDT will/MD be/VB "
                        + "submitted/VBN/submit by/IN referendum/NN ./.",
                "nsubj 1 0", "root -1 1", "det 4 2", "compound 4 3", "obj 1 4", "obj 8 5", "aux 8 6",
                "aux:pass 8 7", "acl:relcl 4 8", "case 10 9", "obl 8 10", "punct 1 11")));
    }

    @Test
    void aRelativeTheParseDoesNotLinkStandsForTheNounItFollows() {
        // Was "to give us hope": the clause hangs on its noun by "dep".
        assertEquals("pragmatic idealism to give us hope", gist(Docs.doc().sentence(
                "We/PRP/we found/VBD/find pragmatic/JJ idealism/NN ,/, which/WDT will/MD give/VB us/PRP/we "
                        + "hope/NN ./.",
                "nsubj 1 0", "root -1 1", "amod 3 2", "obj 1 3", "punct 3 4", "nsubj 7 5", "aux 7 6", "dep 3 7",
                "iobj 7 8", "obj 7 9", "punct 1 10")));
        // Was "to be rolled out in Malawi": the parse makes the pronoun the head of its clause.
        assertEquals("framework to be rolled out in Malawi", gist(Docs.doc().sentence(
                "We/PRP/we developed/VBD/develop the/DT framework/NN that/WDT is/VBZ/be to/TO be/VB "
                        + "rolled/VBN/roll out/RP in/IN Malawi/NNP/Malawi/LOCATION ./.",
                "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "dep 3 4", "dep 4 5", "mark 8 6", "aux:pass 8 7",
                "xcomp 5 8", "compound:prt 8 9", "case 11 10", "obl 8 11", "punct 1 12")));
        // "who" after a place: the noun the place's phrase follows.
        assertEquals("our friends to stay with us", gist(Docs.doc().sentence(
                "We/PRP/we thank/VBP/thank our/PRP$/we friends/NNS/friend from/IN Japan/NNP/Japan/LOCATION ,/, "
                        + "who/WP will/MD stay/VB with/IN us/PRP/we ./.",
                "nsubj 1 0", "root -1 1", "nmod:poss 3 2", "obj 1 3", "case 5 4", "obl 1 5", "punct 5 6",
                "nsubj 9 7", "aux 9 8", "dep 5 9", "case 11 10", "obl 9 11", "punct 1 12")));
    }

    @Test
    void aWhoClauseHungOnAPhraseIsAboutThePersonItFollows() {
        // Was "spiritual guidance of Romero to be canonized": "who" after a person is about the person.
        assertEquals("Archbishop Romero to be canonized by Pope Francis", gist(Docs.doc().sentence(
                "We/PRP/we have/VBP/have the/DT guidance/NN of/IN Archbishop/NNP Romero/NNP/Romero/PERSON ,/, "
                        + "who/WP will/MD be/VB canonized/VBN/canonize by/IN Pope/NNP/Pope/PERSON "
                        + "Francis/NNP/Francis/PERSON ./.",
                "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "case 6 4", "compound 6 5", "nmod 3 6",
                "punct 6 7", "obj 11 8", "aux 11 9", "aux:pass 11 10", "acl:relcl 3 11", "case 14 12",
                "compound 14 13", "obl 11 14", "punct 1 15")));
    }

    @Test
    void aGerundsClauseIsTheSubject() {
        // Was "may lower suicide rates": the subject is a clause.
        assertEquals("Decreasing the access to guns may lower suicide rates", gist(Docs.doc().sentence(
                "Decreasing/VBG/decrease the/DT access/NN to/IN guns/NNS/gun may/MD lower/VB suicide/NN "
                        + "rates/NNS/rate ./.",
                "csubj 6 0", "det 2 1", "obj 0 2", "case 4 3", "nmod 2 4", "aux 6 5", "root -1 6",
                "compound 8 7", "obj 6 8", "punct 6 9")));
    }

    @Test
    void aConjunctOfThePredicatesOwnKindStays() {
        // Was "Council to be more effective of today's world": what the two adjectives share dangled.
        assertEquals("Council to be more effective and more representative of today's world", gist(Docs.doc().sentence(
                "The/DT Council/NNP will/MD be/VB more/RBR effective/JJ and/CC more/RBR representative/JJ "
                        + "of/IN today/NN ~'s/POS world/NN ./.",
                "det 1 0", "nsubj 5 1", "aux 5 2", "cop 5 3", "advmod 5 4", "root -1 5", "cc 8 6", "advmod 8 7",
                "conj 5 8", "case 12 9", "nmod:poss 12 10", "case 10 11", "obl 5 12", "punct 5 13")));
    }

    @Test
    void aReportedClauseWhoseSubjectTheParseTookForAnObjectKeepsIt() {
        // Was "to be buried on Tuesday": "Leonov" parsed as the object of "reported".
        assertEquals("Leonov to be buried on Tuesday", gist(Docs.doc().sentence(
                "Sputnik/NNP/Sputnik/ORGANIZATION reported/VBD/report Leonov/NNP/Leonov/PERSON ,/, who/WP "
                        + "died/VBD/die ,/, will/MD be/VB buried/VBN/bury on/IN Tuesday/NNP/Tuesday/DATE ./.",
                "nsubj 1 0", "root -1 1", "obj 1 2", "punct 2 3", "nsubj 5 4", "acl:relcl 2 5", "punct 1 6",
                "aux 9 7", "aux:pass 9 8", "dep 1 9", "case 11 10", "obl 9 11", "punct 1 12")));
    }

    @Test
    void aMainVerbTheParseGluedIntoARelativeClauseIsItsNouns() {
        // Was "to return this flag to Earth": "plan" hangs on the "when" clause parsed as a relative.
        assertEquals("Hurley and Behnken to return this flag to Earth", gist(Docs.doc().sentence(
                "Hurley/NNP/Hurley/PERSON and/CC Behnken/NNP/Behnken/PERSON ,/, when/WRB they/PRP/they "
                        + "depart/VBP/depart ,/, plan/VBP/plan to/TO return/VB this/DT flag/NN to/IN Earth/NNP ./.",
                "root -1 0", "cc 2 1", "conj 0 2", "punct 0 3", "advmod 6 4", "nsubj 6 5", "acl:relcl 0 6",
                "punct 6 7", "dep 6 8", "mark 10 9", "xcomp 8 10", "det 12 11", "obj 10 12", "case 14 13",
                "obl 10 14", "punct 0 15")));
    }

    @Test
    void anInfinitiveWithoutASubjectIsControlledHoweverItIsLinked() {
        // Was "to widen the range": the infinitive parsed as a reported clause (ccomp).
        assertEquals("Arapaho to widen the range", gistOf(Docs.doc().sentence(
                "The/DT Arapaho/NNP/Arapaho have/VBP/have plans/NNS/plan to/TO widen/VB the/DT range/NN ./.",
                "det 1 0", "nsubj 2 1", "root -1 2", "obj 2 3", "mark 5 4", "ccomp 2 5", "det 7 6", "obj 5 7",
                "punct 2 8"), new Cue(Cue.Kind.HINT, 3, 4, "plans")));
    }

    @Test
    void anEventBelowTheTriggersWordTakesItsSubject() {
        // Was "to keep our border safe": "committed to keeping" links the event as an oblique.
        assertEquals("Nancy Pelosi to keep our border safe", gist(Docs.doc().author("Nancy Pelosi").sentence(
                "We/PRP/we are/VBP/be committed/VBN/commit to/IN keeping/VBG/keep our/PRP$/we border/NN "
                        + "safe/JJ ./.",
                "nsubj:pass 2 0", "aux:pass 2 1", "root -1 2", "mark 4 3", "advcl 2 4", "nmod:poss 6 5",
                "obj 4 6", "xcomp 4 7", "punct 2 8")));
        // Was "to double the number of women": a plan noun's possessor is who plans.
        assertEquals("Canada to double the number of women", gist(Docs.doc().author("Canada").sentence(
                "It/PRP/it acts/VBZ/act on/IN our/PRP$/we promise/NN to/TO double/VB the/DT number/NN of/IN "
                        + "women/NNS/woman ./.",
                "nsubj 1 0", "root -1 1", "case 4 2", "nmod:poss 4 3", "obl 1 4", "mark 6 5", "acl 4 6",
                "det 8 7", "obj 6 8", "case 10 9", "nmod 8 10", "punct 1 11")));
    }

    @Test
    void aVerbWhoseArgumentsTheParseGaveAwayIsGivenInTheClausesWords() {
        // Was "We will dismantle" once the subject was found: "networks" parsed as an oblique of "committed".
        assertEquals("We are committed to dismantling those networks", gist(Docs.doc().sentence(
                "We/PRP/we are/VBP/be committed/VBN/commit to/IN dismantling/VBG/dismantle those/DT "
                        + "networks/NNS/network ./.",
                "nsubj:pass 2 0", "aux:pass 2 1", "root -1 2", "case 4 3", "obl 2 4", "det 6 5", "obl 2 6",
                "punct 2 7")));
    }

    @Test
    void aComplementClauseTheParseLeftUnlabelledStaysWithItsVerb() {
        // Was "We can help to verify that humanitarian assistance": "is reaching …" hung as "dep".
        assertEquals("We can help to verify that humanitarian assistance is reaching its intended destination",
                gistOf(Docs.doc().sentence("We/PRP/we can/MD help/VB to/TO verify/VB that/DT humanitarian/JJ "
                        + "assistance/NN is/VBZ/be reaching/VBG/reach its/PRP$ intended/VBN/intend destination/NN ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "mark 4 3", "xcomp 2 4", "det 7 5", "amod 7 6", "obj 4 7",
                "aux 9 8", "dep 2 9", "nmod:poss 12 10", "amod 12 11", "obj 9 12", "punct 2 13"),
                new Cue(Cue.Kind.CAN, 1, 2, "can")));
    }

    @Test
    void wordsCutAtTheHardLimitInsideAListEndBeforeItsLastMember() {
        // Was "… of our natural resources and the optimal": the clause's words cut at 20 inside a conjunct.
        assertEquals("We will realize that vision with the right mix of the prudent utilization of our natural resources",
                gist(Docs.doc().sentence("We/PRP/we will/MD realize/VB that/IN vision/NN with/IN the/DT right/JJ "
                        + "mix/NN of/IN the/DT prudent/JJ utilization/NN of/IN our/PRP$/we natural/JJ resources/NNS "
                        + "and/CC the/DT optimal/JJ mobilization/NN and/CC management/NN of/IN the/DT human/JJ "
                        + "resources/NNS with/IN which/WDT we/PRP/we are/VBP/be endowed/VBN/endow ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "obj 2 3", "dep 3 4", "case 8 5", "det 8 6", "amod 8 7",
                "nmod 4 8", "case 12 9", "det 12 10", "amod 12 11", "nmod 8 12", "case 16 13", "nmod:poss 16 14",
                "amod 16 15", "nmod 12 16", "cc 20 17", "det 20 18", "amod 20 19", "conj 12 20", "cc 22 21",
                "conj 20 22", "case 26 23", "det 26 24", "amod 26 25", "nmod 20 26", "case 28 27", "obl 31 28",
                "nsubj:pass 31 29", "aux:pass 31 30", "acl:relcl 26 31", "punct 2 32")));
    }

    @Test
    void aConditionAfterTheEventStaysWithItsOwnNegation() {
        // Was "it will be possible": the condition is what the speaker claims.
        assertEquals("It will be possible only if the United States earns our trust", gist(Docs.doc().sentence(
                "It/PRP/it will/MD be/VB/be possible/JJ only/RB if/IN the/DT United/NNP/united/LOCATION "
                        + "States/NNP/states/LOCATION earns/VBZ/earn our/PRP$/we trust/NN ./.",
                "nsubj 3 0", "aux 3 1", "cop 3 2", "root -1 3", "advmod 9 4", "mark 9 5", "det 8 6", "compound 8 7",
                "nsubj 9 8", "advcl 3 9", "nmod:poss 11 10", "obj 9 11", "punct 3 12")));
        // With a negation of its own too: "there will be no peace" alone was judged a changed meaning; a
        // condition is a clause of its own, whose negation is no second negation of the event.
        assertEquals("It will be possible if the States do not earn our trust", gist(Docs.doc().sentence(
                "It/PRP/it will/MD be/VB/be possible/JJ if/IN the/DT States/NNP/states do/VBP/do not/RB "
                        + "earn/VB/earn our/PRP$/we trust/NN ./.",
                "nsubj 3 0", "aux 3 1", "cop 3 2", "root -1 3", "mark 9 4", "det 6 5", "nsubj 9 6", "aux 9 7",
                "advmod 9 8", "advcl 3 9", "nmod:poss 11 10", "obj 9 11", "punct 3 12")));
    }

    // Issue 26, third pass: what the independent judged sample found changed or cut.

    @Test
    void aHedgingAdverbAndTheDegreeOfAHedgeStayAsWritten() {
        // Was "reform likely to bring stability": "hopefully" is a hope, not a likelihood.
        assertEquals("reform will hopefully bring stability", gist(Docs.doc().sentence(
                "The/DT reform/NN will/MD hopefully/RB bring/VB stability/NN ./.",
                "det 1 0", "nsubj 4 1", "aux 4 2", "advmod 4 3", "root -1 4", "obj 4 5", "punct 4 6")));
        // Was "talks likely to fail".
        assertEquals("talks less likely to fail", gist(Docs.doc().sentence(
                "The/DT talks/NNS/talk are/VBP/be less/RBR/less likely/JJ to/TO fail/VB ./.",
                "det 1 0", "nsubj 4 1", "cop 4 2", "advmod 4 3", "root -1 4", "mark 6 5", "xcomp 4 6", "punct 4 7")));
        // "not very likely" is not "very unlikely".
        assertEquals("talks not very likely to fail", gist(Docs.doc().sentence(
                "The/DT talks/NNS/talk are/VBP/be not/RB very/RB likely/JJ to/TO fail/VB ./.",
                "det 1 0", "nsubj 5 1", "cop 5 2", "advmod 5 3", "advmod 5 4", "root -1 5", "mark 7 6", "xcomp 5 7",
                "punct 5 8")));
    }

    @Test
    void aHedgeBeforeAPredicateWithoutAVerbGivesTheClausesWords() {
        // Was "likely to for the whole world": the parse left the clause no verb to put after the hedge.
        assertEquals("Hopefully for the whole world", gistOf(Docs.doc().sentence(
                "Hopefully/RB for/IN the/DT whole/JJ world/NN ./.",
                "advmod 4 0", "case 4 1", "det 4 2", "amod 4 3", "root -1 4", "punct 4 5"),
                new Cue(Cue.Kind.PROBABLE, 0, 1, "hopefully")));
    }

    @Test
    void theMainClausesTriggerBeatsOneInARelativeClause() {
        // Was "shuttle to launch in April": the relative clause only says which shuttle.
        assertEquals("shuttle to be sent to a museum", gist(Docs.doc().sentence(
                "The/DT shuttle/NN ,/, which/WDT will/MD launch/VB in/IN April/NNP/April/DATE ,/, will/MD be/VB "
                        + "sent/VBN/send to/IN a/DT museum/NN ./.",
                "det 1 0", "nsubj:pass 11 1", "punct 1 2", "nsubj 5 3", "aux 5 4", "acl:relcl 1 5", "case 7 6",
                "obl 5 7", "punct 1 8", "aux 11 9", "aux:pass 11 10", "root -1 11", "case 14 12", "det 14 13",
                "obl 11 14", "punct 11 15")));
    }

    @Test
    void theyIsThePluralSpeakerOfTheClauseItSays() {
        // Was "they will keep hosting the video".
        assertEquals("Other sites to keep hosting the video", gist(Docs.doc().sentence(
                "Other/JJ sites/NNS/site have/VBP/have stated/VBN/state that/IN they/PRP/they will/MD keep/VB "
                        + "hosting/VBG/host the/DT video/NN ./.",
                "amod 1 0", "nsubj 3 1", "aux 3 2", "root -1 3", "mark 7 4", "nsubj 7 5", "aux 7 6", "ccomp 3 7",
                "xcomp 7 8", "det 10 9", "obj 8 10", "punct 3 11")));
    }

    @Test
    void weInAGovernmentsStatementIsTheStateItSpeaksForOnlyWhereItIsSurely() {
        Cue will = new Cue(Cue.Kind.FUTURE, 1, 2, "will");
        // Was "We will continue to support the Organization": the speeches gold names the state.
        String support = gistOf(Docs.doc().sentence(
                "We/PRP/we will/MD continue/VB to/TO support/VB the/DT Organization/NNP ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "mark 4 3", "xcomp 2 4", "det 6 5", "obj 4 6", "punct 2 7"),
                will, "Brazil");
        assertEquals("Brazil to continue to support the Organization", support);
        // "Together, we…": everyone addressed, not the speaker's state.
        String together = gistOf(Docs.doc().sentence(
                "Together/RB ,/, we/PRP/we will/MD build/VB a/DT better/JJR world/NN ./.",
                "advmod 4 0", "punct 4 1", "nsubj 4 2", "aux 4 3", "root -1 4", "det 7 5", "amod 7 6", "obj 4 7",
                "punct 4 8"), new Cue(Cue.Kind.FUTURE, 3, 4, "will"), "Brazil");
        assertEquals("we will build a better world", together);
        // "our economy" is the state's too.
        String economy = gistOf(Docs.doc().sentence(
                "Our/PRP$/we economy/NN will/MD remain/VB strong/JJ ./.",
                "nmod:poss 1 0", "nsubj 3 1", "aux 3 2", "root -1 3", "xcomp 3 4", "punct 3 5"),
                new Cue(Cue.Kind.FUTURE, 2, 3, "will"), "Thailand");
        assertEquals("Thailand's economy to remain strong", economy);
        // What anyone can do, and a clause that neither speaks of the country nor commits to a course, keep
        // "we": a reader found a fifth of a speech's "we" to be everyone addressed.
        String can = gistOf(Docs.doc().sentence(
                "We/PRP/we can/MD build/VB a/DT better/JJR future/NN ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "det 5 3", "amod 5 4", "obj 2 5", "punct 2 6"),
                new Cue(Cue.Kind.CAN, 1, 2, "can"), "Brazil");
        assertEquals("We can build a better future", can);
        String find = gistOf(Docs.doc().sentence(
                "We/PRP/we will/MD find/VB a/DT new/JJ passion/NN for/IN peace/NN ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "det 5 3", "amod 5 4", "obj 2 5", "case 7 6", "nmod 5 7", "punct 2 8"),
                new Cue(Cue.Kind.FUTURE, 1, 2, "will"), "Brazil");
        assertEquals("We will find a new passion for peace", find);
    }

    @Test
    void myCountryAndMyGovernmentInAGovernmentsStatementAreTheState() {
        // Was "My country would run out of friends": "my country" in a statement is its state, whatever
        // the clause says (no larger group calls itself so), where "we" is the state only where it surely is.
        String[] deps = {"nmod:poss 1 0", "nsubj 3 1", "aux 3 2", "root -1 3", "compound:prt 3 4", "case 6 5",
            "obl 3 6", "punct 3 7"};
        Cue would = new Cue(Cue.Kind.WOULD, 2, 3, "would");
        assertEquals("Antigua and Barbuda would run out of friends", gistOf(Docs.doc().sentence(
                "My/PRP$/my country/NN would/MD run/VB out/RP of/IN friends/NNS/friend ./.", deps), would,
                "Antigua and Barbuda"));
        assertEquals("Benin's Government would run out of friends", gistOf(Docs.doc().sentence(
                "My/PRP$/my Government/NNP would/MD run/VB out/RP of/IN friends/NNS/friend ./.", deps), would, "Benin"));
        // Not in a statement whose state is unknown, nor "our" of anything else.
        assertEquals("My country would run out of friends", gistOf(Docs.doc().sentence(
                "My/PRP$/my country/NN would/MD run/VB out/RP of/IN friends/NNS/friend ./.", deps), would, ""));
        assertEquals("our planet would run out of friends", gistOf(Docs.doc().sentence(
                "our/PRP$/we planet/NN would/MD run/VB out/RP of/IN friends/NNS/friend ./.", deps), would, "Benin"));
    }

    @Test
    void wordsTheParserLeftUnattachedThatRunOnAreKept() {
        // Was "reconstruction to cost": "between …" a dep of "cost".
        assertEquals("Reconstruction to cost between US$ 300 and 400 billion", gist(Docs.doc().sentence(
                "Reconstruction/NN will/MD cost/VB between/IN US$/$ 300/CD and/CC 400/CD billion/CD ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "dep 2 3", "dep 3 4", "nummod 4 5", "cc 8 6", "compound 8 7",
                "conj 4 8", "punct 2 9")));
        // Was "… sizeable storm": "surges" read as a verb and hung on "produce".
        assertEquals("Lorenzo to produce high waves and sizeable storm surges", gist(Docs.doc().sentence(
                "Lorenzo/NNP will/MD produce/VB high/JJ waves/NNS/wave and/CC sizeable/JJ storm/NN surges/VBZ/surge ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "amod 4 3", "obj 2 4", "cc 7 5", "amod 7 6", "conj 4 7", "dep 2 8",
                "punct 2 9")));
        // Was "Our term to coincide": the complement parsed as a clause opened by "with".
        assertEquals("Our term to coincide with what promises to be a momentous year", gist(Docs.doc().sentence(
                "Our/PRP$/we term/NN will/MD coincide/VB with/IN what/WP promises/VBZ/promise to/TO be/VB a/DT "
                        + "momentous/JJ year/NN ./.",
                "nmod:poss 1 0", "nsubj 3 1", "aux 3 2", "root -1 3", "mark 11 4", "obj 11 5", "nsubj 11 6", "mark 11 7",
                "cop 11 8", "det 11 9", "amod 11 10", "advcl 3 11", "punct 3 12")));
        // Another clause after a comma stays out.
        assertEquals("Prices to rise", gist(Docs.doc().sentence(
                "Prices/NNS/price will/MD rise/VB ,/, traders/NNS/trader fear/VBP ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "punct 2 3", "nsubj 5 4", "dep 2 5", "punct 2 6")));
    }

    @Test
    void aParticipleOnItsNounIsNoEventWithAMarker() {
        // Was "funds to commit at the summit": the noun a participle describes became the one who acts.
        String funds = gistOf(Docs.doc().sentence(
                "They/PRP/they will/MD mobilize/VB funds/NNS/fund committed/VBN/commit at/IN the/DT summit/NN ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "obj 2 3", "acl 3 4", "case 7 5", "det 7 6", "obl 4 7", "punct 2 8"),
                new Cue(Cue.Kind.HINT, 4, 5, "committed"));
        assertEquals("mobilize funds committed at the summit", funds);
        // The same, parsed as the noun's own verb.
        assertEquals("mobilize funds committed at the summit", gistOf(Docs.doc().sentence(
                "They/PRP/they will/MD mobilize/VB funds/NNS/fund committed/VBN/commit at/IN the/DT summit/NN ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "nsubj 4 3", "ccomp 2 4", "case 7 5", "det 7 6", "obl 4 7", "punct 2 8"),
                new Cue(Cue.Kind.HINT, 4, 5, "committed")));
    }

    @Test
    void aHopeStaysAHope() {
        // Was "warnings to provoke concerted action": what the speaker hopes, said as a plan.
        assertEquals("those warnings will hopefully provoke concerted action", gist(Docs.doc().sentence(
                "We/PRP/we hope/VBP/hope those/DT warnings/NNS/warning will/MD provoke/VB concerted/JJ action/NN ./.",
                "nsubj 1 0", "root -1 1", "det 3 2", "nsubj 5 3", "aux 5 4", "ccomp 1 5", "amod 7 6", "obj 5 7",
                "punct 1 8")));
    }

    @Test
    void aWhenClauseAfterTheEventIsItsCondition() {
        // Was "Indonesia will not remain silent": the judge counted the dropped "when" clause a changed meaning.
        assertEquals("Indonesia will not remain silent when such acts continue", gist(Docs.doc().sentence(
                "Indonesia/NNP/Indonesia/LOCATION will/MD not/RB remain/VB silent/JJ when/WRB such/JJ acts/NNS/act "
                        + "continue/VBP ./.",
                "nsubj 3 0", "aux 3 1", "advmod 3 2", "root -1 3", "xcomp 3 4", "mark 8 5", "amod 7 6", "nsubj 8 7",
                "advcl 3 8", "punct 3 9")));
    }

    @Test
    void anUnparsedSentenceKeepsTheSubjectBeforeItsVerbGroup() {
        // Was "committed to the Arms Trade Treaty": a kept sentence the decision did not parse lost its
        // subject behind "remains fully".
        assertEquals("My country remains fully committed to the Arms Trade Treaty", gistOf(Docs.doc().sentence(
                "My/PRP$/my country/NN remains/VBZ/remain fully/RB committed/VBN/commit to/IN the/DT Arms/NNP "
                        + "Trade/NNP Treaty/NNP ./."), new Cue(Cue.Kind.HINT, 4, 6, "committed to")));
        assertEquals("I am also personally committed to working with our partners", gistOf(Docs.doc().sentence(
                "I/PRP/I am/VBP/be also/RB personally/RB committed/VBN/commit to/IN working/VBG/work with/IN "
                        + "our/PRP$/our partners/NNS/partner ./."), new Cue(Cue.Kind.HINT, 4, 6, "committed to")));
        assertEquals("The Kingdom of the Netherlands remains firmly committed to international cooperation",
                gistOf(Docs.doc().sentence("The/DT Kingdom/NNP of/IN the/DT Netherlands/NNP remains/VBZ/remain "
                        + "firmly/RB committed/VBN/commit to/IN international/JJ cooperation/NN ./."),
                        new Cue(Cue.Kind.HINT, 7, 9, "committed to")));
        assertEquals("Bosnia and Herzegovina remains committed to the Agreement", gistOf(Docs.doc().sentence(
                "Bosnia/NNP and/CC Herzegovina/NNP remains/VBZ/remain committed/VBN/commit to/IN the/DT "
                        + "Agreement/NNP ./."), new Cue(Cue.Kind.HINT, 4, 6, "committed to")));
    }

    @Test
    void anUnparsedSubjectIsNeverATimeNorTheObjectOfAnotherClause() {
        // A noun before an adverb alone may be a time: the clause's words as before.
        assertEquals("Government earlier this month pledged more support", gistOf(Docs.doc().sentence(
                "The/DT Government/NNP earlier/RBR this/DT month/NN pledged/VBD/pledge more/JJR support/NN ./."),
                new Cue(Cue.Kind.HINT, 5, 6, "pledged")));
        // "he" after the verb that says who he is: the words from the speaker stay.
        assertEquals("Lorenzana said he had ordered heightened alert from troops", gistOf(Docs.doc().sentence(
                "Lorenzana/NNP/Lorenzana/PERSON said/VBD/say he/PRP/he had/VBD/have ordered/VBN/order "
                        + "heightened/JJ alert/NN from/IN troops/NNS/troop ./."), new Cue(Cue.Kind.HINT, 4, 5, "ordered")));
        // An object pronoun is no subject ("us can bring"): the clause's words as before.
        assertEquals("unites us can bring us further", gistOf(Docs.doc().sentence(
                "What/WP/what unites/VBZ/unite us/PRP/we can/MD bring/VB us/PRP/we further/RB ./."),
                new Cue(Cue.Kind.CAN, 3, 4, "can")));
    }

    @Test
    void aPossessiveIsWrittenAsOneWordInTheClausesOwnWords() {
        // Was "I pledge my delegation 's full support".
        assertEquals("I pledge my delegation's full support", gistOf(Docs.doc().sentence(
                "I/PRP/I pledge/VBP/pledge my/PRP$/my delegation/NN ~'s/POS/'s full/JJ support/NN ./."),
                new Cue(Cue.Kind.HINT, 1, 2, "pledge")));
    }

    @Test
    void aSubjectOwnedByWhoseNamesItsOwner() {
        // Was "whose purpose to establish security": a relative pronoun left as the subject.
        assertEquals("mission's purpose to establish security", gist(Docs.doc().sentence(
                "a/DT mission/NN whose/WP$/whose purpose/NN will/MD be/VB to/TO establish/VB security/NN ./.",
                "det 1 0", "root -1 1", "nmod:poss 3 2", "nsubj 7 3", "aux 7 4", "cop 7 5", "mark 7 6",
                "acl:relcl 1 7", "obj 7 8", "punct 1 9")));
        // The noun before is the object of "of", as often not the owner: the phrase without its pronoun.
        assertEquals("legacy to live forever", gist(Docs.doc().sentence(
                "He/PRP/he was/VBD/be an/DT icon/NN of/IN peace/NN whose/WP$/whose legacy/NN will/MD live/VB "
                        + "forever/RB ./.",
                "nsubj 3 0", "cop 3 1", "det 3 2", "root -1 3", "case 5 4", "nmod 3 5", "nmod:poss 7 6", "nsubj 9 7",
                "aux 9 8", "acl:relcl 5 9", "advmod 9 10", "punct 3 11")));
        // No noun to name: the phrase without its pronoun.
        assertEquals("aim to ensure progress", gist(Docs.doc().sentence(
                "one/CD whose/WP$/whose aim/NN will/MD be/VB to/TO ensure/VB progress/NN ./.",
                "root -1 0", "nmod:poss 2 1", "nsubj 6 2", "aux 6 3", "cop 6 4", "mark 6 5", "parataxis 0 6",
                "obj 6 7", "punct 0 8")));
    }

    @Test
    void aPassiveInfinitiveAfterAnObjectIsSaidOfTheObject() {
        // Was "He will be unveiled at the Assembly": the parse hung "to be unveiled" on "announced", and
        // its subject was taken from there.
        assertEquals("new initiative to be unveiled at the Assembly", gistOf(Docs.doc().sentence(
                "He/PRP/he announced/VBD/announce a/DT new/JJ initiative/NN to/TO be/VB unveiled/VBN/unveil "
                        + "at/IN the/DT Assembly/NNP ./.",
                "nsubj 1 0", "root -1 1", "det 4 2", "amod 4 3", "obj 1 4", "mark 7 5", "aux:pass 7 6",
                "xcomp 1 7", "case 10 8", "det 10 9", "obl 7 10", "punct 1 11"),
                new Cue(Cue.Kind.HINT, 5, 7, "to be")));
        // Past another phrase of the verb, the object is not guessed: the referendum is held, not the destiny.
        assertEquals("to be held on 4 November", gistOf(Docs.doc().sentence(
                "deciding/VBG/decide its/PRP$/its destiny/NN through/IN a/DT referendum/NN to/TO be/VB "
                        + "held/VBN/hold on/IN 4/CD November/NNP",
                "root -1 0", "nmod:poss 2 1", "obj 0 2", "case 5 3", "det 5 4", "obl 0 5", "mark 8 6",
                "aux:pass 8 7", "xcomp 0 8", "case 11 9", "nummod 11 10", "obl 8 11"),
                new Cue(Cue.Kind.HINT, 6, 8, "to be")));
        // Without an object the passive is the subject's own: "He hopes to be elected".
        assertEquals("He will be elected", gistOf(Docs.doc().sentence(
                "He/PRP/he plans/VBZ/plan to/TO be/VB elected/VBN/elect ./.",
                "nsubj 1 0", "root -1 1", "mark 4 2", "aux:pass 4 3", "xcomp 1 4", "punct 1 5"),
                new Cue(Cue.Kind.HINT, 1, 2, "plans")));
    }
}
