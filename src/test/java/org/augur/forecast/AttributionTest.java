package org.augur.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.augur.actor.RuleActorFinder;
import org.augur.cue.CueLexicon;
import org.augur.nlp.AnnotatedDoc;
import org.augur.testing.Docs;
import org.augur.topic.Taxonomy;
import org.junit.jupiter.api.Test;

/** Who makes a forecast, on hand-built articles of the kinds the attribution issue lists (issue 14). */
class AttributionTest {
    private final RuleForecastFinder finder = new RuleForecastFinder(CueLexicon.standard(), Taxonomy.standard());

    /** Each candidate's sentence and predictor, whether or not the rules alone keep it. */
    private List<String> predictors(Docs docs) {
        AnnotatedDoc doc = docs.build();
        return finder.candidates(doc, RuleActorFinder.standard().find(doc)).stream()
                .map(c -> "s" + c.draft().sentence() + " " + c.draft().predictor()).toList();
    }

    @Test
    void aQuotationAttributedWhereItClosesBelongsToThatSpeakerFromItsFirstSentence() {
        assertEquals(List.of("s1 Smith", "s2 Smith"), predictors(Docs.doc()
                .sentence("Talks/NNS/talk resumed/VBD/resume ./.")
                .sentence("\"/`` Prices/NNS/price will/MD rise/VB ./.")
                .sentence("They/PRP/they will/MD not/RB fall/VB ,/, ~\"/'' said/VBD/say Smith/NNP/smith/PERSON ./.")));
    }

    @Test
    void aSourceCountedOrQualifiedByANameIsItsDescriptionNotTheCountryNorTheLastSpeaker() {
        assertEquals(List.of("s1 senior US official", "s2 sources"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Kholood/NNP/kholood/PERSON Khair/NNP/khair/PERSON said/VBD/say so/RB ./.")
                .sentence("Talks/NNS/talk will/MD resume/VB ,/, a/DT senior/JJ US/NNP/us/LOCATION official/NN "
                                + "told/VBD/tell reporters/NNS/reporter ./.",
                        "ccomp 8 2", "nsubj 2 0", "aux 2 1", "punct 8 3", "det 7 4", "amod 7 5", "compound 7 6",
                        "nsubj 8 7", "root -1 8", "obj 8 9", "punct 8 10")
                .sentence("An/DT observer/NN will/MD come/VB ,/, two/CD sources/NNS/source said/VBD/say ./.",
                        "det 1 0", "nsubj 3 1", "aux 3 2", "ccomp 7 3", "punct 7 4", "nummod 6 5", "nsubj 7 6",
                        "root -1 7", "punct 7 8")));
    }

    @Test
    void oneOfTheSourcesSpeaksAsTheSources() {
        assertEquals(List.of("s0 diplomats"), predictors(Docs.doc().author("Jane Doe")
                .sentence("The/DT countermeasures/NNS/countermeasure are/VBP/be unlikely/JJ to/TO take/VB effect/NN "
                                + "before/IN July/NNP ,/, one/CD of/IN the/DT diplomats/NNS/diplomat said/VBD/say ./.",
                        "det 1 0", "nsubj 3 1", "cop 3 2", "root -1 3", "mark 5 4", "xcomp 3 5", "obj 5 6",
                        "case 8 7", "obl 14 8", "punct 8 9", "nsubj 14 10", "case 13 11", "det 13 12", "nmod 10 13",
                        "parataxis 5 14", "punct 3 15")));
    }

    @Test
    void aCountOfTheSourcesSpeaksAsTheSourcesAndAnInfinitiveWithAnObjectReportsNothing() {
        assertEquals(List.of("s1 sources", "s2 sources"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Energy/NNP/energy Minister/NNP/minister Abdulaziz/NNP/abdulaziz/PERSON Salman/NNP/salman/PERSON "
                        + "did/VBD/do not/RB respond/VB ./.")
                .sentence("Kazakhstan/NNP/kazakhstan/LOCATION will/MD present/VB a/DT plan/NN ,/, two/CD of/IN the/DT "
                                + "sources/NNS/source said/VBD/say ./.",
                        "nsubj 2 0", "aux 2 1", "root -1 2", "det 4 3", "obj 2 4", "punct 2 5", "nsubj 10 6", "case 9 7",
                        "det 9 8", "nmod 6 9", "parataxis 2 10", "punct 2 11")
                // The parser hangs "said" on a noun: "to assess" (a purpose) must not speak for "the ministers",
                // nor "the ministers" stand for the one minister the article names.
                .sentence("The/DT ministers/NNS/minister will/MD discuss/VB a/DT mechanism/NN to/TO assess/VB "
                                + "capacity/NN ,/, the/DT sources/NNS/source said/VBD/say ./.",
                        "det 1 0", "nsubj 3 1", "aux 3 2", "root -1 3", "det 5 4", "obj 3 5", "mark 7 6", "xcomp 3 7",
                        "obj 7 8", "punct 8 9", "det 11 10", "nsubj 12 11", "dep 8 12", "punct 3 13")));
    }

    @Test
    void aDocumentCitedWithAccordingToIsItsIssuersAndAnAssessmentIsReported() {
        assertEquals(List.of("s0 Saudi foreign ministry", "s1 intelligence services"), predictors(Docs.doc()
                .author("Jane Doe")
                .sentence("Talks/NNS/talk will/MD open/VB ,/, according/VBG/accord to/IN a/DT statement/NN from/IN the/DT "
                                + "Saudi/JJ foreign/JJ ministry/NN ./.",
                        "nsubj 2 0", "aux 2 1", "root -1 2", "punct 2 3", "case 7 4", "fixed 4 5", "det 7 6",
                        "obl 2 7", "case 12 8", "det 12 9", "amod 12 10", "amod 12 11", "nmod 7 12", "punct 2 13")
                .paragraph()
                .sentence("Our/PRP$ intelligence/NN services/NNS/service assess/VBP/assess that/IN Moscow/NNP/moscow/LOCATION "
                                + "could/MD attack/VB ./.",
                        "nmod:poss 2 0", "compound 2 1", "nsubj 3 2", "root -1 3", "mark 7 4", "nsubj 7 5",
                        "aux 7 6", "ccomp 3 7", "punct 3 8")));
    }

    @Test
    void whoIsExpectedToActDoesNotMakeTheExpectation() {
        // Unparsed, as a sentence whose parse cannot matter may be: "is expected" says nothing of by whom.
        assertEquals(List.of("s0 Jane Doe"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Xi/NNP/xi/PERSON Jinping/NNP/jinping/PERSON is/VBZ/be expected/VBN/expect to/TO "
                        + "travel/VB to/TO Delhi/NNP/delhi/LOCATION ./.")));
    }

    @Test
    void theOfficeIsNotItsShadow() {
        assertEquals(List.of("s1 Jane Doe"), predictors(Docs.doc().author("Jane Doe")
                .sentence("The/DT shadow/NN chancellor/NN Mel/NNP/mel/PERSON Stride/NNP/stride/PERSON "
                        + "criticised/VBD/criticise it/PRP ./.")
                .sentence("The/DT chancellor/NN said/VBD/say prices/NNS/price will/MD rise/VB ./.",
                        "det 1 0", "nsubj 2 1", "root -1 2", "nsubj 5 3", "aux 5 4", "ccomp 2 5", "punct 2 6")));
    }

    @Test
    void theLongestNameOverTheSubjectSpeaksNotANameInsideIt() {
        assertEquals(List.of("s1 White House"), predictors(Docs.doc()
                .sentence("The/DT House/NNP/house/ORGANIZATION voted/VBD/vote ./.")
                .sentence("The/DT White/NNP/white/ORGANIZATION House/NNP/house/ORGANIZATION said/VBD/say "
                                + "Trump/NNP/trump/PERSON would/MD sign/VB it/PRP ./.",
                        "root -1 3", "det 2 0", "compound 2 1", "nsubj 3 2", "nsubj 6 4", "aux 6 5", "ccomp 3 6",
                        "obj 6 7", "punct 3 8")));
    }

    @Test
    void anAgencyCitingAPaperIsThePredictorNotThePaper() {
        assertEquals(List.of("s0 Reuters"), predictors(Docs.doc().sentence(
                "Citing/VBG/cite a/DT report/NN in/IN Der/NNP/der/ORGANIZATION Spiegel/NNP/spiegel/ORGANIZATION ,/, "
                        + "the/DT agency/NN Reuters/NNP/reuters/ORGANIZATION said/VBD/say talks/NNS/talk would/MD fail/VB ./.",
                "root -1 10", "advcl 10 0", "det 2 1", "obj 0 2", "case 5 3", "compound 5 4", "nmod 2 5",
                "punct 10 6", "det 9 7", "compound 9 8", "nsubj 10 9", "nsubj 13 11", "aux 13 12", "ccomp 10 13",
                "punct 10 14")));
    }

    @Test
    void whoSaysAnotherWillActMakesTheForecast() {
        assertEquals(List.of("s0 Recep Erdogan"), predictors(Docs.doc().sentence(
                "Recep/NNP/recep/PERSON Erdogan/NNP/erdogan/PERSON said/VBD/say Putin/NNP/putin/PERSON would/MD "
                        + "visit/VB Ankara/NNP/ankara/LOCATION ./.",
                "root -1 2", "flat 0 1", "nsubj 2 0", "ccomp 2 5", "nsubj 5 3", "aux 5 4", "obj 5 6", "punct 2 7")));
    }

    @Test
    void aChannelReportingAPersonsPlanGivesThePlanToThePerson() {
        assertEquals(List.of("s0 Joko Widodo"), predictors(Docs.doc().sentence(
                "Al/NNP/al/ORGANIZATION Jazeera/NNP/jazeera/ORGANIZATION reported/VBD/report that/IN "
                        + "Joko/NNP/joko/PERSON Widodo/NNP/widodo/PERSON was/VBD/be planning/VBG/plan to/TO visit/VB "
                        + "Jakarta/NNP/jakarta/LOCATION ./.",
                "root -1 2", "compound 1 0", "nsubj 2 1", "mark 7 3", "flat 4 5", "nsubj 7 4", "aux 7 6",
                "ccomp 2 7", "mark 9 8", "xcomp 7 9", "obj 9 10", "punct 2 11")));
    }

    @Test
    void aDocumentOrABareRoleWordIsNeverThePredictor() {
        // "The statement said": the statement speaks for whoever spoke last.
        assertEquals(List.of("s0 Recep Erdogan", "s1 Recep Erdogan"), predictors(Docs.doc()
                .sentence("Recep/NNP/recep/PERSON Erdogan/NNP/erdogan/PERSON said/VBD/say prices/NNS/price would/MD rise/VB ./.",
                        "root -1 2", "flat 0 1", "nsubj 2 0", "ccomp 2 5", "nsubj 5 3", "aux 5 4", "punct 2 6")
                .sentence("The/DT statement/NN said/VBD/say wages/NNS/wage would/MD fall/VB ./.",
                        "root -1 2", "det 1 0", "nsubj 2 1", "ccomp 2 5", "nsubj 5 3", "aux 5 4", "punct 2 6")));
        // "The spokesperson said", with no name anywhere: the author's forecast, as far as the article tells.
        assertEquals(List.of("s0 Jane Doe"), predictors(Docs.doc().author("Jane Doe")
                .sentence("The/DT spokesperson/NN said/VBD/say prices/NNS/price would/MD rise/VB ./.",
                        "root -1 2", "det 1 0", "nsubj 2 1", "ccomp 2 5", "nsubj 5 3", "aux 5 4", "punct 2 6")));
    }

    @Test
    void aDescriptionOfPeopleCanPredict() {
        assertEquals(List.of("s0 unnamed defence officials"), predictors(Docs.doc().sentence(
                "Unnamed/JJ/unnamed defence/NN officials/NNS/official said/VBD/say talks/NNS/talk would/MD fail/VB ./.",
                "root -1 3", "amod 2 0", "compound 2 1", "nsubj 3 2", "ccomp 3 6", "nsubj 6 4", "aux 6 5",
                "punct 3 7")));
    }

    @Test
    void theLedesSpeakerSpeaksForTheUnattributedForecastsOfTheArticle() {
        assertEquals(List.of("s1 Ivan Timofeev", "s2 Ivan Timofeev"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Bolton/NNP/bolton/PERSON in/IN Moscow/NNP/moscow/LOCATION")
                .paragraph()
                .sentence("The/DT summit/NN will/MD bring/VB little/JJ ,/, says/VBZ/say Ivan/NNP/ivan/PERSON "
                        + "Timofeev/NNP/timofeev/PERSON ./.")
                .paragraph()
                .sentence("No/DT shifts/NNS/shift are/VBP/be expected/VBN/expect ./.")));
    }

    @Test
    void aSourceNamedInAParagraphSpeaksForItsUnattributedForecastsButNotTheNextParagraphs() {
        assertEquals(List.of("s1 PG&E", "s2 Jane Doe"), predictors(Docs.doc().author("Jane Doe")
                .sentence("PG&E/NNP/pg&e/ORGANIZATION stated/VBD/state it/PRP cut/VBD/cut power/NN ./.")
                .sentence("Customers/NNS/customer will/MD lose/VB/lose power/NN ./.")
                .paragraph()
                .sentence("Prices/NNS/price will/MD rise/VB/rise ./.")));
    }

    @Test
    void anUnattributedWeIsTheAuthorsVoiceUnlessAQuotationOrTheSpeakersParagraphHoldsIt() {
        // A speech: what a country did is reported, and the next paragraph's "we" is the speaker's own.
        assertEquals(List.of("s1 Jane Doe"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Brazil/NNP/brazil/LOCATION has/VBZ/have responded/VBN/respond with/IN dialogue/NN ./.")
                .paragraph()
                .sentence("We/PRP/we will/MD overcome/VB intolerance/NN ./.")));
        // A quotation still open three sentences on is still its speaker's ("Tonight" makes s0 a candidate).
        assertEquals(List.of("s0 Donald Trump", "s3 Donald Trump"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Donald/NNP/donald/PERSON Trump/NNP/trump/PERSON wrote/VBD/write :/: "
                        + "\"/`` Tonight/NN I/PRP tested/VBD/test positive/JJ ./.")
                .sentence("Melania/NNP/melania/PERSON did/VBD/do too/RB ./.")
                .sentence("We/PRP/we feel/VBP/feel fine/JJ ./.")
                .sentence("We/PRP/we will/MD recover/VB ./. ~\"/''")));
    }

    @Test
    void aNameAfterTheReportingVerbSpeaksEvenWhereTheTaggerTookItForACommonNoun() {
        // "Bash"/NN: the part-of-speech tagger read the verb "bash", the entity tagger a person.
        assertEquals(List.of("s1 Josh Bash"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Prosecutor/NNP/prosecutor Josh/NNP/josh/PERSON Bash/NNP/bash/PERSON spoke/VBD/speak ./.")
                .paragraph()
                .sentence("\"/`` We/PRP/we will/MD deliver/VB justice/NN ,/, ~\"/'' said/VBD/say Bash/NN/bash/PERSON ./.")));
    }

    @Test
    void inAnInterviewATaggedParagraphIsItsSpeakersTurn() {
        // The interviewer's statement in a question turn is his; the answer tagged with initials is hers.
        assertEquals(List.of("s1 William S. Saturn", "s2 Jo Jorgensen"), predictors(Docs.doc()
                .sentence("Jo/NNP/jo/PERSON Jorgensen/NNP/jorgensen/PERSON answered/VBD/answer "
                        + "William/NNP/william/PERSON S./NNP/s./PERSON Saturn/NNP/saturn/PERSON ./.")
                .paragraph()
                .sentence("(/-LRB- ~(/-LRB- ~WSS/NNP ~)/-RRB- ~)/-RRB- :/: If/IN you/PRP win/VBP ,/, the/DT "
                        + "government/NN will/MD remain/VB divided/JJ ./.")
                .paragraph()
                .sentence("JJ/NNP Congress/NNP/congress/ORGANIZATION will/MD work/VB/work with/IN me/PRP ./.")));
    }

    @Test
    void aQuestionAndItsAnswerOnOneLineGiveTheAnswerToWhoTookTheQuestions() {
        // The person named last before the first question answers them, not the article's most named one.
        assertEquals(List.of("s3 Mark Ellery", "s5 Mark Ellery"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Claire/NNP/claire/PERSON Donnelly/NNP/donnelly/PERSON welcomed/VBD/welcome it/PRP ./.")
                .sentence("Chief/JJ executive/NN Mark/NNP/mark/PERSON Ellery/NNP/ellery/PERSON took/VBD/take "
                        + "questions/NNS/question ./.")
                .paragraph()
                .sentence("Q/NNP ~:/: Will/MD workers/NNS/worker be/VB retrained/VBN ~?/.")
                .sentence("A/DT ~:/: Every/DT worker/NN will/MD be/VB offered/VBN a/DT job/NN ./.")
                .paragraph()
                .sentence("Q/NNP ~:/: And/CC Donnelly/NNP/donnelly/PERSON ~?/.")
                .sentence("A/DT ~:/: She/PRP will/MD visit/VB the/DT site/NN ./.")));
    }

    @Test
    void theyAfterASourceThatIsSeveralIsThatSource() {
        // Without a parse: a plural description before its verb speaks, and "they" right after it is it.
        // Not once another sentence stands between: "they" may then be anyone.
        assertEquals(List.of("s1 energy analysts", "s3 Jane Doe"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Energy/NN/energy analysts/NNS/analyst said/VBD/say the/DT target/NN was/VBD/be "
                        + "ambitious/JJ ./.")
                .sentence("They/PRP/they said/VBD/say delays/NNS/delay are/VBP/be likely/JJ to/TO last/VB ./.")
                .paragraph()
                .sentence("Officials/NNS/official met/VBD/meet ./.")
                .sentence("They/PRP/they said/VBD/say prices/NNS/price will/MD rise/VB ./.")));
    }

    @Test
    void aHyphenatedModifierIsPartOfTheSourcesPhraseNotTheSource() {
        // "Seoul-based brokerage Daehan Securities": the phrase runs past "based" to its head.
        assertEquals(List.of("s0 Daehan Securities"), predictors(Docs.doc().author("Jane Doe")
                .sentence("According/VBG/accord to/TO Seoul/NNP/seoul/LOCATION ~-/HYPH ~based/VBN/base brokerage/NN "
                        + "Daehan/NNP/daehan/ORGANIZATION Securities/NNPS/securities/ORGANIZATION ,/, a/DT strike/NN "
                        + "could/MD cut/VB profits/NNS/profit ./.")));
    }

    @Test
    void aDocumentItsOwnerIssuedSpeaksForTheOwner() {
        assertEquals(List.of("s0 World Health Organization"), predictors(Docs.doc().author("Jane Doe")
                .sentence("The/DT World/NNP/world/ORGANIZATION Health/NNP/health/ORGANIZATION "
                                + "Organization/NNP/organization/ORGANIZATION 's/POS annual/JJ report/NN "
                                + "projects/VBZ/project that/IN cases/NNS/case will/MD double/VB ./.",
                        "det 3 0", "compound 3 1", "compound 3 2", "nmod:poss 6 3", "case 3 4", "amod 6 5",
                        "nsubj 7 6", "root -1 7", "mark 11 8", "nsubj 11 9", "aux 11 10", "ccomp 7 11", "punct 7 12")));
    }

    @Test
    void whoIsSaidToSpeakOutranksTheAgencyThatReportsIt() {
        // "According to ISNA, Ali Mehr said Iran will…": Mehr's forecast, as the agency reports it.
        assertEquals(List.of("s0 Ali Mehr"), predictors(Docs.doc().sentence(
                "According/VBG/accord to/IN ISNA/NNP/isna/ORGANIZATION ,/, Ali/NNP/ali/PERSON Mehr/NNP/mehr/PERSON "
                        + "said/VBD/say Iran/NNP/iran/LOCATION will/MD pursue/VB/pursue Trump/NNP/trump/PERSON ./.",
                "case 2 0", "fixed 0 1", "obl 6 2", "punct 6 3", "nsubj 6 4", "flat 4 5", "root -1 6",
                "nsubj 9 7", "aux 9 8", "ccomp 6 9", "obj 9 10", "punct 6 11")));
        // With no one said to speak, the agency: "According to the Herald, Humberto is not expected to…".
        assertEquals(List.of("s0 Miami Herald"), predictors(Docs.doc().sentence(
                "According/VBG/accord to/IN the/DT Miami/NNP/miami/ORGANIZATION Herald/NNP/herald/ORGANIZATION ,/, "
                        + "Humberto/NNP/humberto/PERSON is/VBZ/be not/RB expected/VBN/expect to/TO make/VB/make "
                        + "landfall/NN ./.",
                "case 4 0", "fixed 0 1", "det 4 2", "compound 4 3", "obl 9 4", "punct 9 5", "nsubj:pass 9 6",
                "aux:pass 9 7", "advmod 9 8", "root -1 9", "mark 11 10", "xcomp 9 11", "obj 11 12", "punct 9 13")));
    }

    @Test
    void aPronounAfterThePersonTheSentenceOpensWithIsThatPerson() {
        assertEquals(List.of("s1 John Rhys-Davies"), predictors(Docs.doc()
                .sentence("Nicholas/NNP/nicholas/PERSON Moreau/NNP/moreau/PERSON photographed/VBD/photograph "
                        + "the/DT event/NN ./.")
                .sentence("John/NNP/john/PERSON Rhys-Davies/NNP/rhys-davies/PERSON broke/VBD/break news/NN "
                        + "when/WRB he/PRP revealed/VBD/reveal that/IN a/DT reboot/NN will/MD follow/VB ./.")));
    }

    @Test
    void ofTwoSpeakersInASentenceTheOneWhoseWordsHoldTheForecastMakesIt() {
        // "Duda said the victims were young, while Brudzinski wrote that checks would follow."
        assertEquals(List.of("s0 Joachim Brudzinski"), predictors(Docs.doc().sentence(
                "Andrzej/NNP/andrzej/PERSON Duda/NNP/duda/PERSON said/VBD/say the/DT victims/NNS/victim were/VBD/be "
                        + "young/JJ ,/, while/IN Joachim/NNP/joachim/PERSON Brudzinski/NNP/brudzinski/PERSON "
                        + "wrote/VBD/write that/IN checks/NNS/check would/MD follow/VB/follow ./.",
                "flat 0 1", "nsubj 2 0", "root -1 2", "det 4 3", "nsubj 6 4", "cop 6 5", "ccomp 2 6", "punct 2 7",
                "mark 11 8", "flat 9 10", "nsubj 11 9", "advcl 2 11", "mark 15 12", "nsubj 15 13", "aux 15 14",
                "ccomp 11 15", "punct 2 16")));
    }

    @Test
    void aDescriptionNamesTheActorItDescribesOrReadsAsADescription() {
        // "The commission said": the article's one organisation named a Commission, as actors.csv names it.
        assertEquals(List.of("s1 Commission on Presidential Debates"), predictors(Docs.doc()
                .sentence("The/DT Commission/NNP/commission/ORGANIZATION on/IN/on/ORGANIZATION "
                        + "Presidential/NNP/presidential/ORGANIZATION Debates/NNPS/debates/ORGANIZATION met/VBD/meet ./.")
                .sentence("The/DT commission/NN said/VBD/say the/DT debate/NN would/MD move/VB/move ./.",
                        "det 1 0", "nsubj 2 1", "root -1 2", "det 4 3", "nsubj 6 4", "aux 6 5", "ccomp 2 6",
                        "punct 2 7")));
        // "Authorities said": no actor, a description, in lower case as inside a sentence.
        assertEquals(List.of("s0 authorities"), predictors(Docs.doc().sentence(
                "Authorities/NNS/authority said/VBD/say the/DT roads/NNS/road would/MD close/VB/close ./.",
                "nsubj 1 0", "root -1 1", "det 3 2", "nsubj 5 3", "aux 5 4", "ccomp 1 5", "punct 1 6")));
    }

    @Test
    void aSubjectThatIsNoSourceGivesItsSentenceToNoOneThoughTheModelStillSeesSpeech() {
        // "Sales are expected to…" after a paragraph quoting Erdogan: the author's, not Erdogan's. The
        // speaker feature still fires, as the model was trained; only the predictor changes.
        AnnotatedDoc doc = Docs.doc().author("Jane Doe")
                .sentence("Recep/NNP/recep/PERSON Erdogan/NNP/erdogan/PERSON said/VBD/say prices/NNS/price would/MD rise/VB ./.",
                        "root -1 2", "flat 0 1", "nsubj 2 0", "ccomp 2 5", "nsubj 5 3", "aux 5 4", "punct 2 6")
                .paragraph()
                .sentence("Market/NN/market sales/NNS/sale are/VBP/be expected/VBN/expect to/TO cover/VB/cover "
                        + "the/DT price/NN ./.",
                        "compound 1 0", "nsubj 3 1", "aux 3 2", "root -1 3", "mark 5 4", "xcomp 3 5", "det 7 6",
                        "obj 5 7", "punct 3 8")
                .build();
        List<Candidate> found = finder.candidates(doc, RuleActorFinder.standard().find(doc));
        assertEquals(List.of("s0 Recep Erdogan", "s1 Jane Doe"),
                found.stream().map(c -> "s" + c.draft().sentence() + " " + c.draft().predictor()).toList());
        assertEquals(true, found.get(1).features().contains("speaker"));
    }

    @Test
    void aSurnameTheActorsHoldOnlyInAFullNameNamesThatPerson() {
        // "…," Day said": the entity tagger missed "Day" (a common word), but it ends no one else's name.
        assertEquals(List.of("s1 Doris Day"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Doris/NNP/doris/PERSON Day/NNP/day/PERSON died/VBD/die ./.")
                .sentence("\"/`` I/PRP will/MD retire/VB ,/, ~\"/'' Day/NNP/day said/VBD/say ./.",
                        "punct 7 0", "nsubj 3 1", "aux 3 2", "ccomp 7 3", "punct 7 4", "punct 7 5", "nsubj 7 6",
                        "root -1 7", "punct 7 8")));
    }

    @Test
    void whoOpensAQuotationSpeaksItWhereNoReportingVerbOrParseSaysSo() {
        // "Former CIA deputy director Michael Morell praised Mendez on Twitter: "…. He will be missed."": no
        // reporting verb, no parse. The CIA only describes him.
        assertEquals(List.of("s1 Michael Morell"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Former/JJ/former CIA/NNP/cia/ORGANIZATION deputy/NN director/NN Michael/NNP/michael/PERSON "
                        + "Morell/NNP/morell/PERSON praised/VBD/praise Tony/NNP/tony/PERSON Mendez/NNP/mendez/PERSON :/: "
                        + "\"/`` He/PRP was/VBD/be the/DT best/JJS ./.")
                .sentence("He/PRP will/MD be/VB/be missed/VBN/miss ./. ~\"/''")));
    }

    @Test
    void aSentenceOpeningWithTheMarkThatClosesTheLastParagraphsQuotationIsNotPartOfIt() {
        // The sentence splitter leaves the closing mark of a paragraph's quotation on the next paragraph.
        assertEquals(List.of("s0 Ted Cruz", "s1 Jane Doe"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Ted/NNP/ted/PERSON Cruz/NNP/cruz/PERSON said/VBD/say ,/, \"/`` "
                        + "Congress/NNP/congress/ORGANIZATION will/MD act/VB/act ./.")
                .sentence("\"/'' ¶The/DT vote/NN will/MD come/VB/come next/JJ/next year/NN ./.")));
    }

    @Test
    void withoutAParseTheNameBeforeAnAppositionSpeaks() {
        // "Ricardo Llerandi, Rosselló's chief of staff, also announced he would resign."
        assertEquals(List.of("s0 Ricardo Llerandi"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Ricardo/NNP/ricardo/PERSON Llerandi/NNP/llerandi/PERSON ,/, the/DT chief/NN of/IN staff/NN ,/, "
                        + "also/RB announced/VBD/announce he/PRP would/MD resign/VB/resign next/JJ/next week/NN ./.")));
    }

    @Test
    void inAnInterviewTurnASubjectThatIsNoSourceLeavesTheSentenceToTheTurnsSpeaker() {
        // "MS The results suggest that… may lower…": the interviewee's answer, not the results' or no one's.
        assertEquals(List.of("s1 Michael Siegel"), predictors(Docs.doc().author("Jane Doe")
                .sentence("William/NNP/william/PERSON Saturn/NNP/saturn/PERSON interviewed/VBD/interview "
                        + "Michael/NNP/michael/PERSON Siegel/NNP/siegel/PERSON ./.")
                .paragraph()
                .sentence("MS/NNP The/DT results/NNS/result suggest/VBP/suggest that/IN guns/NNS/gun may/MD "
                        + "raise/VB/raise risks/NNS/risk ./.",
                        "dep 3 0", "det 2 1", "nsubj 3 2", "root -1 3", "mark 7 4", "nsubj 7 5", "aux 7 6",
                        "ccomp 3 7", "obj 7 8", "punct 3 9")));
    }

    @Test
    void inAQuestionAndAnswerInterviewTheAnswersAreThePersonInterviewed() {
        assertEquals(List.of("s2 Helen Marsh", "s3 Jane Doe"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Interview/NN :/: Helen/NNP/helen/PERSON Marsh/NNP/marsh/PERSON on/IN the/DT pact/NN")
                .paragraph()
                .sentence("Q/NNP ~:/: What/WP changes/VBZ/change ?/.")
                .paragraph()
                .sentence("A/NNP ~:/: Prices/NNS/price will/MD rise/VB ./.")
                .paragraph()
                .sentence("Trade/NN will/MD grow/VB ./.")));
    }

    @Test
    void aReportingVerbInsideAQuotationIsTheQuotedSpeakersWord() {
        // "Wong said, "… [...] For as long as the government doesn't respond, there will be more protests.""
        assertEquals(List.of("s1 Wong"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Wong/NNP/wong/PERSON said/VBD/say ,/, \"/`` People/NNS/people never/RB back/VBP down/RP ./.",
                        "nsubj 1 0", "root -1 1", "punct 1 2", "punct 1 3", "nsubj 6 4", "advmod 6 5", "ccomp 1 6",
                        "compound:prt 6 7", "punct 1 8")
                .sentence("As/IN long/RB as/IN the/DT government/NN does/VBZ/do not/RB respond/VB/respond ,/, "
                        + "protests/NNS/protest will/MD grow/VB/grow ./. ~\"/''",
                        "advmod 7 0", "advmod 0 1", "mark 7 2", "det 4 3", "nsubj 7 4", "aux 7 5", "advmod 7 6",
                        "advcl 11 7", "punct 11 8", "nsubj 11 9", "aux 11 10", "root -1 11", "punct 11 12",
                        "punct 11 13")));
    }

    @Test
    void aFamilyIsADescriptionOfPeopleThatCanPredict() {
        assertEquals(List.of("s1 family"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Howard/NNP/howard/PERSON Stern/NNP/stern/PERSON said/VBD/say Imus/NNP/imus/PERSON was/VBD/be "
                        + "a/DT friend/NN ./.",
                        "flat 0 1", "nsubj 2 0", "root -1 2", "nsubj 6 3", "cop 6 4", "det 6 5", "ccomp 2 6", "punct 2 7")
                .sentence("The/DT family/NN said/VBD/say they/PRP planned/VBD/plan to/TO hold/VB/hold a/DT "
                        + "funeral/NN ./.",
                        "det 1 0", "nsubj 2 1", "root -1 2", "nsubj 4 3", "ccomp 2 4", "mark 6 5", "xcomp 4 6",
                        "det 8 7", "obj 6 8", "punct 2 9")));
    }

    @Test
    void aSourceCitedWithAccordingToIsNotTheParagraphsButItsOwnDocumentIs() {
        // "According to the BBC, …. Parliament is to remain out-of-session…": the author's narration.
        assertEquals(List.of("s1 Jane Doe"), predictors(Docs.doc().author("Jane Doe")
                .sentence("According/VBG/accord to/IN the/DT BBC/NNP/bbc/ORGANIZATION ,/, suspensions/NNS/suspension "
                        + "are/VBP/be common/JJ ./.")
                .sentence("Parliament/NNP/parliament/ORGANIZATION is/VBZ/be to/TO remain/VB/remain closed/JJ ./.")));
        // "According to PG&E's schedule, …. Phase two was planned to…": the company's own plan.
        assertEquals(List.of("s0 PG&E", "s1 PG&E"), predictors(Docs.doc().author("Jane Doe")
                .sentence("According/VBG/accord to/IN PG&E/NNP/pg&e/ORGANIZATION 's/POS schedule/NN ,/, "
                        + "outages/NNS/outage began/VBD/begin ./.")
                .sentence("Phase/NN two/CD was/VBD/be planned/VBN/plan to/TO affect/VB/affect customers/NNS/customer ./.")));
    }

    @Test
    void aQuotationsIntroducerNamedByASurnameIsThePersonLastNamedInFull() {
        // "Trump" is an actor of its own (two Trumps), the "we" after a quotation the speaker's: Donald Trump.
        assertEquals(List.of("s2 Donald Trump"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Donald/NNP/donald/PERSON Trump/NNP/trump/PERSON reported/VBD/report he/PRP and/CC "
                        + "Melania/NNP/melania/PERSON Trump/NNP/trump/PERSON tested/VBD/test positive/JJ ./.")
                .paragraph()
                .sentence("Trump/NNP/trump/PERSON posted/VBD/post on/IN Twitter/NNP/twitter/ORGANIZATION :/: "
                        + "\"/`` I/PRP tested/VBD/test positive/JJ ./.")
                .sentence("We/PRP will/MD recover/VB/recover ./. ~\"/''")));
    }

    @Test
    void aDocumentThatSpeaksIsItsIssuers() {
        // "The Georgian Tennis Federation (GFT) released a statement. It read, "… GFT will refrain from…"".
        assertEquals(List.of("s1 Georgian Tennis Federation"), predictors(Docs.doc().author("Jane Doe")
                .sentence("The/DT Georgian/NNP/georgian/ORGANIZATION Tennis/NNP/tennis/ORGANIZATION "
                        + "Federation/NNP/federation/ORGANIZATION (/-LRB- ~GFT/NNP/gft/ORGANIZATION ~)/-RRB- "
                        + "released/VBD/release a/DT statement/NN ./.")
                .sentence("It/PRP read/VBD/read ,/, \"/`` We/PRP will/MD refrain/VB/refrain from/IN comment/NN ./. ~\"/''",
                        "nsubj 1 0", "root -1 1", "punct 1 2", "punct 1 3", "nsubj 6 4", "aux 6 5", "ccomp 1 6",
                        "case 8 7", "obl 6 8", "punct 1 9", "punct 1 10")));
        // "The warning issued by the Met Office …. "Winds will rise", read the warning."
        assertEquals(List.of("s1 Met Office"), predictors(Docs.doc().author("Jane Doe")
                .sentence("The/DT warning/NN issued/VBN/issue by/IN the/DT Met/NNP/met/ORGANIZATION "
                        + "Office/NNP/office/ORGANIZATION starts/VBZ/start today/NN ./.")
                .sentence("\"/`` Winds/NNS/wind will/MD rise/VB/rise ~\"/'' ,/, read/VBD/read the/DT warning/NN ./.",
                        "punct 3 0", "nsubj 3 1", "aux 3 2", "ccomp 6 3", "punct 6 4", "punct 6 5", "root -1 6",
                        "det 8 7", "nsubj 6 8", "punct 6 9")));
    }

    // Issue 27: sources in reported news.

    @Test
    void aPlanInThePassiveNamesNoOneWhoCommitsToIt() {
        // "Maryland rescheduled its races to June 2; they were originally planned for April 28.": the races
        // were planned; Maryland, the subject of the clause above, commits to nothing the sentence predicts.
        assertEquals(List.of("s0 Jane Doe"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Maryland/NNP/maryland/LOCATION rescheduled/VBD/reschedule its/PRP$ races/NNS/race to/IN "
                                + "June/NNP/june 2/CD ;/: they/PRP were/VBD/be originally/RB planned/VBN/plan for/IN "
                                + "April/NNP/april 28/CD ./.",
                        "nsubj 1 0", "root -1 1", "nmod:poss 3 2", "obj 1 3", "case 5 4", "obl 1 5", "nummod 5 6",
                        "punct 1 7", "nsubj:pass 11 8", "aux:pass 11 9", "advmod 11 10", "parataxis 1 11",
                        "case 13 12", "obl 11 13", "nummod 13 14", "punct 1 15")));
    }

    @Test
    void heIsThePersonThePreviousSentenceNamesFirstNotLast() {
        // "Bloomberg endorsed his rival, Joe Biden. "We will win," he said.": the subject goes on.
        assertEquals(List.of("s1 Michael Bloomberg"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Michael/NNP/michael/PERSON Bloomberg/NNP/bloomberg/PERSON endorsed/VBD/endorse his/PRP$ "
                        + "rival/NN ,/, Joe/NNP/joe/PERSON Biden/NNP/biden/PERSON ./.")
                .sentence("\"/`` ~We/PRP will/MD win/VB/win ,/, ~\"/'' he/PRP said/VBD/say ./.",
                        "punct 2 0", "nsubj 2 1", "aux 2 2", "ccomp 7 3", "punct 7 4", "punct 7 5", "nsubj 7 6",
                        "root -1 7", "punct 7 8")));
    }

    @Test
    void aReportingParticipleSpeaksForItsClausesSubjectNotTheNameBeforeIt() {
        // Unparsed: "Trump issued a statement outside Washington, D.C. saying the count would go on."
        assertEquals(List.of("s0 Trump"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Trump/NNP/trump/PERSON issued/VBD/issue a/DT statement/NN outside/IN "
                        + "Washington/NNP/washington/LOCATION saying/VBG/say the/DT count/NN would/MD go/VB/go on/RP ./.")));
    }

    @Test
    void presentNarrationAfterAReportInThePastIsTheArticlesAndAfterAReportInThePresentTheSources() {
        // "Lindqvist said the probe would launch. Lindqvist is to brief reporters on Tuesday.": the article
        // tells what she is to do; her report was in the past.
        assertEquals(List.of("s0 Sophie Lindqvist", "s1 Jane Doe"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Sophie/NNP/sophie/PERSON Lindqvist/NNP/lindqvist/PERSON said/VBD/say the/DT probe/NN "
                                + "would/MD launch/VB/launch ./.",
                        "compound 1 0", "nsubj 2 1", "root -1 2", "det 4 3", "nsubj 6 4", "aux 6 5", "ccomp 2 6",
                        "punct 2 7")
                .sentence("Lindqvist/NNP/lindqvist/PERSON is/VBZ/be to/TO brief/VB/brief reporters/NNS/reporter "
                                + "on/IN Tuesday/NNP/tuesday ./.",
                        "nsubj 1 0", "root -1 1", "mark 3 2", "xcomp 1 3", "obj 3 4", "case 6 5", "obl 3 6",
                        "punct 1 7")));
        // "A regional paper, the Minho Herald, reports that … A deal is unlikely before January.": a report in
        // the present goes on in the present.
        assertEquals(List.of("s0 Minho Herald", "s1 Minho Herald"), predictors(Docs.doc().author("Jane Doe")
                .sentence("The/DT Minho/NNP/minho/ORGANIZATION Herald/NNP/herald/ORGANIZATION reports/VBZ/report "
                                + "that/IN Matos/NNP/matos/PERSON will/MD lead/VB/lead the/DT talks/NNS/talk ./.",
                        "det 2 0", "compound 2 1", "nsubj 3 2", "root -1 3", "mark 7 4", "nsubj 7 5", "aux 7 6",
                        "ccomp 3 7", "det 9 8", "obj 7 9", "punct 3 10")
                .sentence("A/DT deal/NN is/VBZ/be unlikely/JJ before/IN January/NNP/january ./.",
                        "det 1 0", "nsubj 3 1", "cop 3 2", "root -1 3", "case 5 4", "obl 3 5", "punct 3 6")));
    }

    @Test
    void aQuotationOpeningTheSentenceIsNotSpokenByItsOwnSubjectAndADocumentClosingItIsItsIssuers() {
        // "The warning issued by the Met Office …. "Storm Lorenzo will bring gales. Seas will rise", read the
        // warning.": the storm the quotation names is no speaker; the warning's issuer speaks both sentences.
        assertEquals(List.of("s1 Met Office", "s2 Met Office"), predictors(Docs.doc().author("Jane Doe")
                .sentence("The/DT warning/NN issued/VBN/issue by/IN the/DT Met/NNP/met/ORGANIZATION "
                        + "Office/NNP/office/ORGANIZATION starts/VBZ/start today/NN ./.")
                .sentence("\"/`` ~Storm/NNP/storm Lorenzo/NNP/lorenzo/PERSON will/MD bring/VB/bring gales/NNS/gale ./.",
                        "punct 4 0", "compound 2 1", "nsubj 4 2", "aux 4 3", "root -1 4", "obj 4 5", "punct 4 6")
                .sentence("Seas/NNS/sea will/MD rise/VB/rise ~\"/'' ,/, read/VBD/read the/DT warning/NN ./.",
                        "nsubj 2 0", "aux 2 1", "ccomp 5 2", "punct 5 3", "punct 5 4", "root -1 5",
                        "det 7 6", "nsubj 5 7", "punct 5 8")));
    }

    @Test
    void heWhoSaysAQuotationIsNotThePersonTheQuotationNames() {
        assertEquals(List.of("s1 Peter Haldane"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Peter/NNP/peter/PERSON Haldane/NNP/haldane/PERSON spoke/VBD/speak on/IN Monday/NNP/monday ./.")
                .sentence("\"/`` If/IN they/PRP speak/VBP/speak to/IN us/PRP the/DT way/NN Premier/NNP/premier "
                                + "Ionescu/NNP/ionescu/PERSON did/VBD/do ,/, ~\"/'' he/PRP said/VBD/say ,/, \"/`` the/DT "
                                + "talks/NNS/talk will/MD collapse/VB/collapse ./. ~\"/''",
                        "punct 14 0", "mark 3 1", "nsubj 3 2", "advcl 10 3", "case 5 4", "obl 3 5", "det 7 6",
                        "obj 3 7", "compound 9 8", "nsubj 10 9", "ccomp 14 10", "punct 14 11", "punct 14 12",
                        "nsubj 14 13", "root -1 14", "punct 14 15", "punct 14 16", "det 18 17", "nsubj 20 18",
                        "aux 20 19", "ccomp 14 20", "punct 14 21", "punct 14 22")));
    }

    @Test
    void aPersonWithAnOfficeSpeaksNotTheBodyTheOfficeBelongsTo() {
        assertEquals(List.of("s0 Obaidul Quader"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Road/NNP/road/ORGANIZATION Transport/NNP/transport/ORGANIZATION and/CC "
                                + "Bridges/NNP/bridges Minister/NNP/minister Obaidul/NNP/obaidul/PERSON "
                                + "Quader/NNP/quader/PERSON said/VBD/say the/DT ferries/NNS/ferry would/MD "
                                + "stay/VB/stay shut/VBN/shut until/IN Saturday/NNP/saturday ./.",
                        "compound 1 0", "nsubj 7 1", "cc 6 2", "compound 4 3", "compound 6 4", "compound 6 5",
                        "conj 1 6", "root -1 7", "det 9 8", "nsubj 11 9", "aux 11 10", "ccomp 7 11", "xcomp 11 12",
                        "case 14 13", "obl 11 14", "punct 7 15")));
    }

    @Test
    void anOfficeHolderInAppositionSpeaksAndTheOfficeLaterNamesHer() {
        // "Peru's energy minister, Ana Ruiz, says…": the person in apposition, not Peru nor the subject of
        // what she says; "The energy minister also said…" is the minister the article named.
        assertEquals(List.of("s0 Ana Ruiz", "s1 Ana Ruiz"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Peru/NNP/peru/LOCATION ~'s/POS energy/NN minister/NN ~,/, Ana/NNP/ana/PERSON "
                                + "Ruiz/NNP/ruiz/PERSON ,/, says/VBZ/say the/DT government/NN will/MD auction/VB "
                                + "six/CD blocks/NNS/block ./.",
                        "nmod:poss 3 0", "case 0 1", "compound 3 2", "nsubj 8 3", "punct 3 4", "compound 6 5",
                        "appos 3 6", "punct 3 7", "root -1 8", "det 10 9", "nsubj 12 10", "aux 12 11",
                        "ccomp 8 12", "nummod 14 13", "obj 12 14", "punct 8 15")
                .sentence("The/DT energy/NN minister/NN also/RB said/VBD/say demand/NN would/MD double/VB ./.",
                        "det 2 0", "compound 2 1", "nsubj 4 2", "advmod 4 3", "root -1 4", "nsubj 7 5",
                        "aux 7 6", "ccomp 4 7", "punct 4 8")));
    }

    @Test
    void aDocumentThatSaysWhoIssuedItSpeaksForItsIssuerNotTheLastSpeaker() {
        // "…," read a bulletin from the civil protection agency: the agency, though the weather office
        // spoke last.
        assertEquals(List.of("s0 weather office", "s1 civil protection agency"), predictors(Docs.doc().author("Jane Doe")
                .sentence("The/DT weather/NN office/NN said/VBD/say rain/NN would/MD fall/VB ./.",
                        "det 2 0", "compound 2 1", "nsubj 3 2", "root -1 3", "nsubj 6 4", "aux 6 5", "ccomp 3 6",
                        "punct 3 7")
                .sentence("\"/`` ~The/DT river/NN could/MD burst/VB its/PRP$ banks/NNS/bank ~,/, ~\"/'' "
                                + "read/VBD/read a/DT bulletin/NN from/IN the/DT civil/JJ protection/NN agency/NN ./.",
                        "punct 4 0", "det 2 1", "nsubj 4 2", "aux 4 3", "ccomp 9 4", "nmod:poss 6 5", "obj 4 6",
                        "punct 4 7", "punct 4 8", "root -1 9", "det 11 10", "nsubj 9 11", "case 16 12", "det 16 13",
                        "amod 16 14", "compound 16 15", "nmod 11 16", "punct 9 17")));
    }

    @Test
    void aBodyOwnedByACountrySpeaksAsTheTextNamesIt() {
        // "Romania's health ministry said": the ministry, with its country, not Romania.
        assertEquals(List.of("s0 Romania's health ministry"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Romania/NNP/romania/LOCATION ~'s/POS health/NN ministry/NN said/VBD/say it/PRP "
                                + "would/MD extend/VB the/DT campaign/NN ./.",
                        "nmod:poss 3 0", "case 0 1", "compound 3 2", "nsubj 4 3", "root -1 4", "nsubj 7 5",
                        "aux 7 6", "ccomp 4 7", "det 9 8", "obj 7 9", "punct 4 10")));
    }

    @Test
    void whoAReportSaysPredictsIsTheInnerSource() {
        assertEquals(List.of("s0 analysts"), predictors(Docs.doc().author("Jane Doe")
                .sentence("A/DT state/NN broadcaster/NN reported/VBD/report that/IN analysts/NNS/analyst "
                                + "predicted/VBD/predict a/DT victory/NN for/IN the/DT ruling/VBG/rule party/NN ./.",
                        "det 2 0", "compound 2 1", "nsubj 3 2", "root -1 3", "mark 6 4", "nsubj 6 5", "ccomp 3 6",
                        "det 8 7", "obj 6 8", "case 12 9", "det 12 10", "amod 12 11", "nmod 8 12", "punct 3 13")));
    }

    @Test
    void aVerbOfSpeechThatGovernsAnActionReportsNothing() {
        // A speech: "Ireland will continue to support…", "My Government pledged to…" are the speaker's own.
        assertEquals(List.of("s0 Jane Doe", "s1 Jane Doe"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Ireland/NNP/ireland/LOCATION will/MD continue/VB/continue to/TO support/VB/support "
                                + "refugees/NNS/refugee ./.",
                        "nsubj 2 0", "aux 2 1", "root -1 2", "mark 4 3", "xcomp 2 4", "obj 4 5", "punct 2 6")
                .sentence("My/PRP$/my Government/NN/government pledged/VBD/pledge to/TO double/VB/double its/PRP$ "
                                + "aid/NN next/JJ year/NN ./.",
                        "nmod:poss 1 0", "nsubj 2 1", "root -1 2", "mark 4 3", "xcomp 2 4", "nmod:poss 6 5",
                        "obj 4 6", "amod 8 7", "obl:tmod 4 8", "punct 2 9")));
    }

    @Test
    void aReportCarriesIntoTheNextParagraphOnlyWhereItStillReadsAsReported() {
        assertEquals(List.of("s0 Daily Courier", "s1 Daily Courier", "s2 Jane Doe"), predictors(Docs.doc().author("Jane Doe")
                .sentence("The/DT Daily/NNP/daily/ORGANIZATION Courier/NNP/courier/ORGANIZATION reported/VBD/report "
                                + "that/IN the/DT minister/NN will/MD resign/VB/resign on/IN Friday/NNP/friday ./.",
                        "det 2 0", "compound 2 1", "nsubj 3 2", "root -1 3", "mark 8 4", "det 6 5", "nsubj 8 6",
                        "aux 8 7", "ccomp 3 8", "case 10 9", "obl 8 10", "punct 3 11")
                .paragraph()
                .sentence("She/PRP would/MD reportedly/RB be/VB/be replaced/VBN/replace by/IN her/PRP$ deputy/NN ./.",
                        "nsubj:pass 4 0", "aux 4 1", "advmod 4 2", "aux:pass 4 3", "root -1 4", "case 7 5",
                        "nmod:poss 7 6", "obl 4 7", "punct 4 8")
                .sentence("The/DT cabinet/NN will/MD meet/VB/meet next/JJ week/NN ./.",
                        "det 1 0", "nsubj 3 1", "aux 3 2", "root -1 3", "amod 5 4", "obl:tmod 3 5", "punct 3 6")));
    }

    @Test
    void whomAFrameAfterAQuotationGivesWordsSpeaksItThoughNoLexiconListsThem() {
        // '"…," said a former envoy' (the parser's object), '"…," the envoy added' (a subject inside the
        // quotation too), "Bookmakers expect a draw".
        assertEquals(List.of("s0 former envoy", "s1 former envoy", "s2 bookmakers"), predictors(Docs.doc().author("Jane Doe")
                .sentence("\"/`` The/DT next/JJ country/NN will/MD be/VB/be Moldova/NNP/moldova/LOCATION ,/, ~\"/'' "
                                + "said/VBD/say a/DT former/JJ envoy/NN ./.",
                        "punct 9 0", "det 3 1", "amod 3 2", "nsubj 6 3", "aux 6 4", "cop 6 5", "ccomp 9 6", "punct 9 7",
                        "punct 9 8", "root -1 9", "det 12 10", "amod 12 11", "obj 9 12", "punct 9 13")
                .sentence("\"/`` Prices/NNS/price will/MD double/RB/double ,/, ~\"/'' the/DT envoy/NN added/VBD/add ./.",
                        "punct 8 0", "nsubj 8 1", "aux 8 2", "advmod 8 3", "punct 8 4", "punct 8 5", "det 7 6",
                        "nsubj 8 7", "root -1 8", "punct 8 9")
                .paragraph()
                .sentence("Bookmakers/NNS/bookmaker expect/VBP/expect a/DT draw/NN ./.",
                        "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "punct 1 4")));
    }

    @Test
    void anInterviewTurnTaggedByASurnameIsThatPersons() {
        assertEquals(List.of("s2 Maria Owusu"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Maria/NNP/maria/PERSON Owusu/NNP/owusu/PERSON met/VBD/meet reporters/NNS/reporter ./.")
                .paragraph()
                .sentence("Reporter/NN/reporter :/: Will/MD you/PRP sign/VB/sign ?/.")
                .paragraph()
                .sentence("Owusu/NNP/owusu/PERSON ~:/: We/PRP will/MD sign/VB/sign before/IN June/NNP/june ./.")));
    }

    @Test
    void whoCommitsAboveTheTriggerPredictsAndContinuingAfterAQuotationReports() {
        assertEquals(List.of("s0 Mitch McConnell", "s1 Mitch McConnell"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Mitch/NNP/mitch/PERSON McConnell/NNP/mcconnell/PERSON reportedly/RB committed/VBD/commit "
                                + "to/IN proceeding/VBG/proceed with/IN a/DT trial/NN ,/, anticipated/VBN/anticipate "
                                + "to/TO begin/VB/begin in/IN January/NNP/january ./.",
                        "compound 1 0", "nsubj 3 1", "advmod 3 2", "root -1 3", "case 5 4", "obl 3 5", "case 8 6",
                        "det 8 7", "obl 3 8", "punct 3 9", "dep 3 10", "mark 12 11", "xcomp 10 12", "case 14 13",
                        "obl 12 14", "punct 3 15")
                .sentence("\"/`` Security/NN would/MD come/VB/come to/IN our/PRP$ region/NN ,/, ~\"/'' he/PRP "
                                + "continued/VBD/continue in/IN the/DT speech/NN ./.",
                        "punct 10 0", "nsubj 3 1", "aux 3 2", "ccomp 10 3", "case 6 4", "nmod:poss 6 5", "obl 3 6",
                        "punct 10 7", "punct 10 8", "nsubj 10 9", "root -1 10", "case 13 11", "det 13 12",
                        "obl 10 13", "punct 10 14")));
    }

    @Test
    void namesJoinedByAndSpeakTogetherAsTheSentenceWritesThem() {
        // "Biden and Sanders announced they would form groups": both, not the first of them.
        assertEquals(List.of("s0 Biden and Sanders"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Biden/NNP/biden/PERSON and/CC Sanders/NNP/sanders/PERSON announced/VBD/announce they/PRP "
                                + "would/MD form/VB groups/NNS/group ./.",
                        "nsubj 3 0", "cc 2 1", "conj 0 2", "root -1 3", "nsubj 6 4", "aux 6 5", "ccomp 3 6",
                        "obj 6 7", "punct 3 8")));
    }

    @Test
    void theMinisterIsTheMinisterNamedLastNotTheFirstOfTheArticle() {
        assertEquals(List.of("s2 Stefano Patuanelli"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Prime/NNP/prime Minister/NNP/minister Kyriakos/NNP/kyriakos/PERSON Mitsotakis/NNP/mitsotakis/PERSON "
                        + "signed/VBD/sign the/DT deal/NN ./.")
                .sentence("Economy/NNP/economy minister/NN Stefano/NNP/stefano/PERSON Patuanelli/NNP/patuanelli/PERSON "
                        + "sent/VBD/send a/DT letter/NN ./.")
                .sentence("The/DT minister/NN said/VBD/say Italy/NNP/italy/LOCATION would/MD build/VB a/DT pipeline/NN ./.",
                        "det 1 0", "nsubj 2 1", "root -1 2", "nsubj 5 3", "aux 5 4", "ccomp 2 5", "det 7 6",
                        "obj 5 7", "punct 2 8")));
    }

    @Test
    void sheBeforeAnyNameIsThePersonOfTheSentenceBeforeNotOneNamedAfterHer() {
        // Unparsed: "She thanked her husband Siarhei and promised to hold elections" is her promise.
        assertEquals(List.of("s1 Sviatlana Tsikhanouskaya"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Sviatlana/NNP/sviatlana/PERSON Tsikhanouskaya/NNP/tsikhanouskaya/PERSON arrived/VBD/arrive ./.")
                .sentence("She/PRP/she thanked/VBD/thank her/PRP$ husband/NN Siarhei/NNP/siarhei/PERSON and/CC "
                        + "promised/VBD/promise to/TO hold/VB elections/NNS/election ./.")));
    }

    @Test
    void aGovernmentsStatementNamingItsOwnStateAsWhoSaysIsItsOwnVoice() {
        // "Chad stresses that…" in Chad's own statement: the speaker's forecast, as "we" would be.
        assertEquals(List.of("s1 Mahamat Zene"), predictors(Docs.doc().author("Mahamat Zene")
                .sentence("On/IN behalf/NN of/IN Chad/NNP/chad/LOCATION ,/, my/PRP$ country/NN greets/VBZ/greet you/PRP ./.")
                .sentence("Chad/NNP/chad/LOCATION stresses/VBZ/stress that/IN peace/NN will/MD come/VB ./.")
                .sentence("Chad/NNP/chad/LOCATION thanks/VBZ/thank Chad/NNP/chad/LOCATION 's/POS friends/NNS/friend ./.")
                .sentence("Chad/NNP/chad/LOCATION and/CC Chad/NNP/chad/LOCATION 's/POS people/NNS/people stand/VBP/stand ./.")));
    }

    @Test
    void inAGovernmentsStatementAnUnquotedWeIsTheStatementsNotTheSourceCitedBefore() {
        // "…according to the World Risk Index… If emissions rise, we will witness…" gave the index the forecast.
        Docs statement = Docs.doc().author("Mahamat Zene")
                .sentence("On/IN behalf/NN of/IN Chad/NNP/chad/LOCATION ,/, my/PRP$ country/NN greets/VBZ/greet you/PRP ./.")
                .sentence("According/VBG/accord to/IN the/DT World/NNP/world/ORGANIZATION Bank/NNP/bank/ORGANIZATION ,/, "
                        + "Chad/NNP/chad/LOCATION is/VBZ/be poor/JJ ./.")
                .sentence("We/PRP/we will/MD build/VB roads/NNS/road ./.")
                .sentence("Chad/NNP/chad/LOCATION thanks/VBZ/thank Chad/NNP/chad/LOCATION 's/POS friends/NNS/friend ./.")
                .sentence("Chad/NNP/chad/LOCATION and/CC Chad/NNP/chad/LOCATION 's/POS people/NNS/people stand/VBP/stand ./.");
        assertEquals(List.of("s2 Mahamat Zene"), predictors(statement));
        // In a news article the "we" right after a source is still that source's.
        assertEquals(List.of("s1 World Bank"), predictors(Docs.doc().author("Jane Doe")
                .sentence("According/VBG/accord to/IN the/DT World/NNP/world/ORGANIZATION Bank/NNP/bank/ORGANIZATION ,/, "
                        + "Chad/NNP/chad/LOCATION is/VBZ/be poor/JJ ./.")
                .sentence("We/PRP/we will/MD build/VB roads/NNS/road ./.")));
    }

    @Test
    void aReportOnlySupposedInAConditionIsNobodysReport() {
        // "In the words of Dwight Eisenhower: "If the United Nations once admits that…, we will…"" gave the UN.
        assertEquals(List.of("s0 Ana Ruiz"), predictors(Docs.doc().author("Jane Doe")
                .sentence("In/IN the/DT words/NNS/word of/IN Ana/NNP/ana/PERSON Ruiz/NNP/ruiz/PERSON :/: \"/`` If/IN "
                                + "the/DT Council/NNP/council/ORGANIZATION admits/VBZ/admit that/IN force/NN can/MD settle/VB "
                                + "disputes/NNS/dispute ,/, we/PRP will/MD fail/VB ./. ~\"/''",
                        "case 2 0", "det 2 1", "obl 20 2", "case 5 3", "compound 5 4", "nmod 2 5", "punct 20 6",
                        "punct 20 7", "mark 11 8", "det 10 9", "nsubj 11 10", "advcl 20 11", "mark 15 12", "nsubj 15 13",
                        "aux 15 14", "ccomp 11 15", "obj 15 16", "punct 20 17", "nsubj 20 18", "aux 20 19", "root -1 20",
                        "punct 20 21", "punct 20 22")));
    }

    @Test
    void aPledgeOwnedByTheSpeakerIsNotTheSentenceSubjects() {
        // "The Organization thrives on our common pledge to act together": the pledge is "ours", not the UN's.
        String[] deps = {"det 1 0", "nsubj 2 1", "root -1 2", "case 6 3", "nmod:poss 6 4", "amod 6 5", "obl 2 6",
            "mark 8 7", "acl 6 8", "advmod 8 9", "punct 2 10"};
        String sentence = "The/DT Organization/NNP/organization/ORGANIZATION thrives/VBZ/thrive on/IN %s/PRP$ common/JJ "
                + "pledge/NN to/TO act/VB together/RB ./.";
        assertEquals(List.of("s0 Jane Doe"), predictors(Docs.doc().author("Jane Doe")
                .sentence(String.format(sentence, "our"), deps)));
        assertEquals(List.of("s0 Organization"), predictors(Docs.doc().author("Jane Doe")
                .sentence(String.format(sentence, "its"), deps)));
    }

    @Test
    void aReportingVerbThatCanTakeAThingReportsOnlyAClause() {
        // "thereby affirming its sovereignty" says nothing anyone reports; "mentioned the House will" does.
        assertEquals(List.of("s1 Dean Barrow", "s2 Pelosi"), predictors(Docs.doc().author("Dean Barrow")
                .sentence("The/DT United/NNP/united/ORGANIZATION Nations/NNPS/nations/ORGANIZATION welcomed/VBD/welcome "
                        + "our/PRP$ State/NN ,/, thereby/RB affirming/VBG/affirm its/PRP$ sovereignty/NN ./.")
                .sentence("Belizeans/NNPS/belizean will/MD soon/RB decide/VB ./.")
                .sentence("Pelosi/NNP/pelosi/PERSON also/RB mentioned/VBD/mention the/DT House/NNP/house/ORGANIZATION "
                        + "will/MD appoint/VB managers/NNS/manager ./.")));
    }

    @Test
    void theOneAddressedAfterAReportingVerbWithASubjectIsNotItsSpeaker() {
        // "I can only tell Member States that we will…": Member States are told, not telling.
        assertEquals(List.of("s0 Jane Doe"), predictors(Docs.doc().author("Jane Doe")
                .sentence("I/PRP can/MD only/RB tell/VB/tell Member/NNP/member/ORGANIZATION States/NNPS/state/ORGANIZATION "
                                + "that/IN we/PRP will/MD discharge/VB that/DT duty/NN ./.",
                        "nsubj 3 0", "aux 3 1", "advmod 3 2", "root -1 3", "compound 5 4", "iobj 3 5", "mark 9 6",
                        "nsubj 9 7", "aux 9 8", "ccomp 3 9", "det 11 10", "obj 9 11", "punct 3 12")));
    }

    @Test
    void anOfficeGivenInAppositionNamesItsHolderLater() {
        // "Ana Ruiz, Peru's energy minister, spoke. The energy minister said demand would double."
        assertEquals(List.of("s1 Ana Ruiz"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Ana/NNP/ana/PERSON Ruiz/NNP/ruiz/PERSON ,/, Peru/NNP/peru/LOCATION 's/POS energy/NN "
                        + "minister/NN ,/, spoke/VBD/speak ./.")
                .sentence("The/DT energy/NN minister/NN said/VBD/say demand/NN would/MD double/VB ./.",
                        "det 2 0", "compound 2 1", "nsubj 3 2", "root -1 3", "nsubj 6 4", "aux 6 5", "ccomp 3 6",
                        "punct 3 7")));
    }

    @Test
    void aQuotationThatRunsOnIntoANewParagraphOpensItAgainWithoutClosingIt() {
        // '"Dele will be out.' ¶ '"We will win," Reid told reporters.' ¶ 'Kick-off is scheduled for Sunday.':
        // the second paragraph's first mark continues the quotation; the third paragraph is the article's.
        assertEquals(List.of("s1 Callum Reid", "s2 Callum Reid", "s3 Jane Doe"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Manager/NN Callum/NNP/callum/PERSON Reid/NNP/reid/PERSON spoke/VBD/speak ./.")
                .paragraph()
                .sentence("\"/`` ~Dele/NNP/dele/PERSON will/MD be/VB out/RB ./.")
                .paragraph()
                .sentence("\"/`` ~We/PRP will/MD win/VB ~,/, ~\"/'' Reid/NNP/reid/PERSON told/VBD/tell reporters/NNS/reporter ./.")
                .paragraph()
                .sentence("Kick-off/NN is/VBZ/be scheduled/VBN/schedule for/IN Sunday/NNP/sunday ./.")));
    }

    @Test
    void aPersonNamedInAnOpeningClauseIsNoAntecedentWhenTheSentenceBeforeNamedOne() {
        // "Angela Merkel arrived. After meeting Vladimir Putin, she said talks would resume." (unparsed)
        assertEquals(List.of("s1 Angela Merkel"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Angela/NNP/angela/PERSON Merkel/NNP/merkel/PERSON arrived/VBD/arrive ./.")
                .sentence("After/IN meeting/VBG/meet Vladimir/NNP/vladimir/PERSON Putin/NNP/putin/PERSON ,/, she/PRP/she "
                        + "said/VBD/say talks/NNS/talk would/MD resume/VB ./.")));
    }

    @Test
    void aParagraphThatOnlyContinuesAQuotationKeepsItsSpeaker() {
        // '"Dele will be out," Reid said. "Pogba will be out.' ¶ '"We will win.': still Reid's.
        assertEquals(List.of("s1 Callum Reid", "s2 Callum Reid", "s3 Callum Reid"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Manager/NN Callum/NNP/callum/PERSON Reid/NNP/reid/PERSON spoke/VBD/speak ./.")
                .paragraph()
                .sentence("\"/`` ~Dele/NNP/dele/PERSON will/MD be/VB out/RB ~,/, ~\"/'' Reid/NNP/reid/PERSON said/VBD/say ./.")
                .sentence("\"/`` ~Pogba/NNP/pogba/PERSON will/MD be/VB out/RB ./.")
                .paragraph()
                .sentence("\"/`` ~We/PRP will/MD win/VB ./.")));
    }

    @Test
    void anOfficeInAppositionAtTheEndOfASentenceNamesItsHolder() {
        assertEquals(List.of("s1 Ana Ruiz"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Talks/NNS/talk were/VBD/be led/VBN/lead by/IN Ana/NNP/ana/PERSON Ruiz/NNP/ruiz/PERSON ,/, "
                        + "Peru/NNP/peru/LOCATION 's/POS energy/NN minister/NN ./.")
                .sentence("The/DT energy/NN minister/NN said/VBD/say demand/NN would/MD double/VB ./.",
                        "det 2 0", "compound 2 1", "nsubj 3 2", "root -1 3", "nsubj 6 4", "aux 6 5", "ccomp 3 6",
                        "punct 3 7")));
    }

    @Test
    void whoIsToReportSomethingDoesNotSayTheSentence() {
        // A speech: "We are hopeful that she will report progress next year": the speaker's hope, not hers.
        assertEquals(List.of("s1 Jane Doe"), predictors(Docs.doc().author("Jane Doe")
                .sentence("President/NNP/president Maria/NNP/maria/PERSON Espinosa/NNP/espinosa/PERSON "
                        + "opened/VBD/open the/DT session/NN ./.")
                .sentence("We/PRP/we are/VBP/be hopeful/JJ that/IN she/PRP/she will/MD report/VB/report "
                                + "progress/NN next/JJ year/NN ./.",
                        "nsubj 2 0", "cop 2 1", "root -1 2", "mark 6 3", "nsubj 6 4", "aux 6 5", "ccomp 2 6",
                        "obj 6 7", "amod 9 8", "obl:tmod 6 9", "punct 2 10")));
    }

    @Test
    void aVerbAfterARelativeClauseClosedByACommaIsTheMainClauses() {
        // The parser hangs "promised" on "arrested": she promised, not her husband. Without the comma the
        // relative clause goes on, and who was freed and promised is no one the sentence names.
        assertEquals(List.of("s1 Sviatlana Tsikhanouskaya", "s2 Jane Doe"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Sviatlana/NNP/sviatlana/PERSON Tsikhanouskaya/NNP/tsikhanouskaya/PERSON arrived/VBD/arrive ./.")
                .sentence("She/PRP/she spoke/VBD/speak about/IN her/PRP$ husband/NN ,/, who/WP was/VBD/be "
                                + "arrested/VBN/arrest ,/, and/CC promised/VBD/promise to/TO hold/VB elections/NNS/election ./.",
                        "nsubj 1 0", "root -1 1", "case 4 2", "nmod:poss 4 3", "obl 1 4", "punct 4 5",
                        "nsubj:pass 8 6", "aux:pass 8 7", "acl:relcl 4 8", "punct 8 9", "cc 11 10", "conj 8 11",
                        "mark 13 12", "xcomp 11 13", "obj 13 14", "punct 1 15")
                .paragraph()
                .sentence("Officials/NNS/official met/VBD/meet the/DT man/NN who/WP was/VBD/be freed/VBN/free "
                                + "and/CC promised/VBD/promise to/TO leave/VB ./.",
                        "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "nsubj:pass 6 4", "aux:pass 6 5",
                        "acl:relcl 3 6", "cc 8 7", "conj 6 8", "mark 10 9", "xcomp 8 10", "punct 1 11")));
    }

    @Test
    void aPronounSubjectEndsTheClimbToAReporter() {
        // "I am happy to announce that…": the speaker's "I", not the office of the clause it is joined to.
        assertEquals(List.of("s0 Jane Doe"), predictors(Docs.doc().author("Jane Doe")
                .sentence("The/DT United/NNP/united/ORGANIZATION Nations/NNPS/nations/ORGANIZATION office/NN has/VBZ/have "
                                + "helped/VBN/help us/PRP ,/, and/CC I/PRP am/VBP/be happy/JJ to/TO announce/VB/announce "
                                + "that/IN we/PRP will/MD host/VB/host talks/NNS/talk ./.",
                        "det 3 0", "compound 3 1", "compound 3 2", "nsubj 5 3", "aux 5 4", "root -1 5", "obj 5 6",
                        "punct 11 7", "cc 11 8", "nsubj 11 9", "cop 11 10", "conj 5 11", "mark 13 12", "xcomp 11 13",
                        "mark 17 14", "nsubj 17 15", "aux 17 16", "ccomp 13 17", "obj 17 18", "punct 5 19")));
    }

    @Test
    void anExpectationVerbJoinedToAnotherSharesItsSubject() {
        assertEquals(List.of("s1 Hami Aksoy"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Benjamin/NNP/benjamin/PERSON Netanyahu/NNP/netanyahu/PERSON said/VBD/say the/DT pipeline/NN "
                        + "is/VBZ/be vital/JJ ./.")
                .sentence("Spokesman/NN Hami/NNP/hami/PERSON Aksoy/NNP/aksoy/PERSON underlined/VBD/underline the/DT "
                                + "rights/NNS/right ,/, and/CC projected/VBD/project a/DT failure/NN if/IN they/PRP "
                                + "were/VBD/be ignored/VBN/ignore ./.",
                        "compound 2 0", "compound 2 1", "nsubj 3 2", "root -1 3", "det 5 4", "obj 3 5", "punct 8 6",
                        "cc 8 7", "conj 3 8", "det 10 9", "obj 8 10", "mark 14 11", "nsubj:pass 14 12",
                        "aux:pass 14 13", "advcl 8 14", "punct 3 15")));
    }

    @Test
    void aParticipleOnANounIsNoOnesPlanButOneAfterHasIsTheSubjects() {
        // Unparsed: the debate is scheduled, by no one the sentence names; Smith has promised; the tagger's
        // VBN after an adverb is a finite verb all the same.
        assertEquals(List.of("s0 Jane Doe", "s1 Anna Smith", "s2 Mitch McConnell", "s3 Mitch McConnell"),
                predictors(Docs.doc().author("Jane Doe")
                .sentence("Beto/NNP/beto/PERSON O'Rourke/NNP/o'rourke/PERSON dropped/VBD/drop out/RP ahead/RB of/IN "
                        + "the/DT debate/NN scheduled/VBN/schedule for/IN November/NNP 20/CD ./.")
                .sentence("Anna/NNP/anna/PERSON Smith/NNP/smith/PERSON has/VBZ/have promised/VBN/promise to/TO "
                        + "resign/VB ./.")
                .sentence("Mitch/NNP/mitch/PERSON McConnell/NNP/mcconnell/PERSON ,/, the/DT leader/NN ,/, "
                        + "previously/RB committed/VBN/commit to/TO proceeding/VBG/proceed with/IN a/DT trial/NN ./.")
                .sentence("Mitch/NNP/mitch/PERSON McConnell/NNP/mcconnell/PERSON committed/VBN/commit to/TO "
                        + "proceeding/VBG/proceed with/IN a/DT trial/NN ./.")));
    }

    @Test
    void anOrganisationNamedByItsKindIsTheOneLastHeardOrJustNamed() {
        // "The company" after the company spoke is that company; after a sentence that names another
        // organisation, that one; "the oil company", a description of its own, stays itself.
        assertEquals(List.of("s1 Haneul Motors", "s3 Tranvias del Sur", "s5 court"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Haneul/NNP/haneul/ORGANIZATION Motors/NNP/motors/ORGANIZATION said/VBD/say sales/NNS/sale "
                                + "fell/VBD/fall ./.",
                        "compound 1 0", "nsubj 2 1", "root -1 2", "nsubj 4 3", "ccomp 2 4", "punct 2 5")
                .sentence("The/DT company/NN expects/VBZ/expect no/DT impact/NN next/JJ year/NN ./.",
                        "det 1 0", "nsubj 2 1", "root -1 2", "det 4 3", "obj 2 4", "amod 6 5", "obl:tmod 2 6",
                        "punct 2 7")
                .paragraph()
                .sentence("A/DT court/NN fined/VBD/fine Tranvias/NNP/tranvias/ORGANIZATION del/NNP/del/ORGANIZATION "
                                + "Sur/NNP/sur/ORGANIZATION ./.",
                        "det 1 0", "nsubj 2 1", "root -1 2", "compound 5 3", "compound 5 4", "obj 2 5", "punct 2 6")
                .sentence("The/DT company/NN said/VBD/say it/PRP would/MD appeal/VB/appeal ./.",
                        "det 1 0", "nsubj 2 1", "root -1 2", "nsubj 5 3", "aux 5 4", "ccomp 2 5", "punct 2 6")
                // "the court" is no company's: only an organisation whose name says "court" would be it
                .paragraph()
                .sentence("A/DT court/NN fined/VBD/fine Tranvias/NNP/tranvias/ORGANIZATION del/NNP/del/ORGANIZATION "
                                + "Sur/NNP/sur/ORGANIZATION ./.",
                        "det 1 0", "nsubj 2 1", "root -1 2", "compound 5 3", "compound 5 4", "obj 2 5", "punct 2 6")
                .sentence("The/DT court/NN said/VBD/say the/DT fine/NN would/MD rise/VB ./.",
                        "det 1 0", "nsubj 2 1", "root -1 2", "det 4 3", "nsubj 6 4", "aux 6 5", "ccomp 2 6",
                        "punct 2 7")));
    }

    @Test
    void itIsTheOrganisationOfItsSentenceOrTheOneJustNamed() {
        assertEquals(List.of("s1 Namib Hydrogen", "s2 Energia Norte", "s4 Sierra Power", "s6 Sierra Power"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Namib/NNP/namib/ORGANIZATION Hydrogen/NNP/hydrogen/ORGANIZATION delayed/VBD/delay "
                        + "the/DT plant/NN ./.")
                .sentence("It/PRP/it expects/VBZ/expect costs/NNS/cost to/TO rise/VB ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "mark 4 3", "xcomp 1 4", "punct 1 5")
                // "it" after an organisation that is the sentence's subject is that one, not the one before
                .sentence("The/DT operator/NN ,/, Energia/NNP/energia/ORGANIZATION Norte/NNP/norte/ORGANIZATION ,/, "
                                + "said/VBD/say it/PRP/it expects/VBZ/expect a/DT ruling/NN ./.",
                        "det 1 0", "nsubj 6 1", "punct 1 2", "compound 4 3", "appos 1 4", "punct 1 5", "root -1 6",
                        "nsubj 8 7", "ccomp 6 8", "det 10 9", "obj 8 10", "punct 6 11")
                // A subject the tagger named no actor is still the sentence's: no organisation before it;
                // unparsed, an "it" after the sentence's opening is no organisation named before either
                .paragraph()
                .sentence("Pacific/NNP/pacific/ORGANIZATION Gas/NNP/gas/ORGANIZATION cut/VBD/cut power/NN ./.")
                .sentence("Sierra/NNP Power/NNP stated/VBD/state it/PRP/it scheduled/VBD/schedule the/DT "
                                + "blackouts/NNS/blackout ./.",
                        "compound 1 0", "nsubj 2 1", "root -1 2", "nsubj 4 3", "ccomp 2 4", "det 6 5", "obj 4 6",
                        "punct 2 7")
                .paragraph()
                .sentence("Pacific/NNP/pacific/ORGANIZATION Gas/NNP/gas/ORGANIZATION cut/VBD/cut power/NN ./.")
                .sentence("Sierra/NNP Power/NNP stated/VBD/state it/PRP/it scheduled/VBD/schedule the/DT "
                        + "blackouts/NNS/blackout ./.")));
    }

    @Test
    void aPersonInAppositionToTheDescriptionCitedIsTheSource() {
        // Unparsed: "According to the team's head coach, Peter Kiprono, the climbs will favour lighter
        // runners": the coach, by name; a description with no name after it stays itself.
        assertEquals(List.of("s0 Peter Kiprono", "s1 diplomats", "s2 lawyers"), predictors(Docs.doc().author("Jane Doe")
                .sentence("According/VBG/accord to/TO the/DT team/NN 's/POS head/NN coach/NN ,/, Peter/NNP/peter/PERSON "
                        + "Kiprono/NNP/kiprono/PERSON ,/, the/DT climbs/NNS/climb will/MD favour/VB runners/NNS/runner ./.")
                .sentence("According/VBG/accord to/TO diplomats/NNS/diplomat ,/, talks/NNS/talk will/MD resume/VB ./.")
                // the name after the comma is the clause's subject, not the description's apposition
                .sentence("According/VBG/accord to/TO his/PRP$ lawyers/NNS/lawyer ,/, Tony/NNP/tony/PERSON Mendez/NNP/mendez/PERSON "
                        + "will/MD retire/VB ./.")));
    }

    @Test
    void aDocumentsPhraseNamesWhoIssuedItForLaterMentions() {
        // "A study by X warns…" then, after another speaker, "The study projects…": X's, not the mayor's.
        assertEquals(List.of("s0 Andean Centre", "s1 Ana Ruiz", "s2 Andean Centre", "s3 World Bank"),
                predictors(Docs.doc().author("Jane Doe")
                .sentence("A/DT study/NN by/IN the/DT Andean/NNP/andean/ORGANIZATION Centre/NNP/centre/ORGANIZATION "
                                + "warns/VBZ/warn that/IN the/DT lake/NN could/MD overflow/VB ./.",
                        "det 1 0", "nsubj 6 1", "case 5 2", "det 5 3", "compound 5 4", "nmod 1 5", "root -1 6",
                        "mark 11 7", "det 9 8", "nsubj 11 9", "aux 11 10", "ccomp 6 11", "punct 6 12")
                .sentence("Mayor/NNP/mayor Ana/NNP/ana/PERSON Ruiz/NNP/ruiz/PERSON said/VBD/say the/DT town/NN "
                                + "would/MD build/VB a/DT wall/NN ./.",
                        "compound 2 0", "compound 2 1", "nsubj 3 2", "root -1 3", "det 5 4", "nsubj 7 5", "aux 7 6",
                        "ccomp 3 7", "det 9 8", "obj 7 9", "punct 3 10")
                .sentence("The/DT study/NN projects/VBZ/project that/IN the/DT volume/NN will/MD double/VB ./.",
                        "det 1 0", "nsubj 2 1", "root -1 2", "mark 7 3", "det 5 4", "nsubj 7 5", "aux 7 6",
                        "ccomp 2 7", "punct 2 8")
                .sentence("A/DT World/NNP/world/ORGANIZATION Bank/NNP/bank/ORGANIZATION report/NN projects/VBZ/project "
                                + "that/IN output/NN will/MD fall/VB ./.",
                        "det 3 0", "compound 3 1", "compound 3 2", "nsubj 4 3", "root -1 4", "mark 8 5", "nsubj 8 6",
                        "aux 8 7", "ccomp 4 8", "punct 4 9")));
        // "the bank's bulletin": the article's one organisation with "Bank" in its name, after its governor
        // spoke; "It warns…" just after is the bulletin's, so the bank's.
        assertEquals(List.of("s1 Ana Ruiz", "s2 Bank of Mongolia", "s3 Bank of Mongolia"), predictors(Docs.doc().author("Jane Doe")
                .sentence("The/DT Bank/NNP/bank/ORGANIZATION of/IN/of/ORGANIZATION Mongolia/NNP/mongolia/ORGANIZATION "
                        + "held/VBD/hold rates/NNS/rate ./.")
                .sentence("Governor/NNP/governor Ana/NNP/ana/PERSON Ruiz/NNP/ruiz/PERSON said/VBD/say inflation/NN "
                                + "would/MD ease/VB ./.",
                        "compound 2 0", "compound 2 1", "nsubj 3 2", "root -1 3", "nsubj 6 4", "aux 6 5", "ccomp 3 6",
                        "punct 3 7")
                .paragraph()
                .sentence("The/DT bank/NN 's/POS bulletin/NN projects/VBZ/project that/IN growth/NN will/MD slow/VB ./.",
                        "det 1 0", "nmod:poss 3 1", "case 1 2", "nsubj 4 3", "root -1 4", "mark 8 5", "nsubj 8 6",
                        "aux 8 7", "ccomp 4 8", "punct 4 9")
                .sentence("It/PRP/it warns/VBZ/warn that/IN exports/NNS/export may/MD fall/VB ./.",
                        "nsubj 1 0", "root -1 1", "mark 5 2", "nsubj 5 3", "aux 5 4", "ccomp 1 5", "punct 1 6")));
    }

    @Test
    void peopleAtAnOrganisationTheArticleNamesAreThatOrganisation() {
        // Unparsed: "according to analysts at the Nairobi brokerage Kilima Securities": the brokerage, not
        // the city on the way; analysts at no named organisation stay themselves.
        assertEquals(List.of("s0 Kilima Securities", "s1 economists"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Output/NN could/MD fall/VB next/JJ year/NN ,/, according/VBG/accord to/TO analysts/NNS/analyst "
                        + "at/IN the/DT Nairobi/NNP/nairobi/LOCATION brokerage/NN Kilima/NNP/kilima/ORGANIZATION "
                        + "Securities/NNPS/securities/ORGANIZATION ./.")
                .sentence("Prices/NNS/price could/MD rise/VB next/JJ year/NN ,/, according/VBG/accord to/TO "
                        + "economists/NNS/economist at/IN the/DT central/JJ bank/NN ./.")));
    }

    @Test
    void aHeadlinesRoleWordIsTheSourceItsLedeNames() {
        // "…, league chief says" is the chief executive the lede names; a group ("…, say scientists") keeps
        // its description.
        assertEquals(List.of("s0 Youssef Benali", "s1 Youssef Benali"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Rights/NNS/right sale/NN will/MD top/VB 90/CD dollars/NNS/dollar ,/, league/NN chief/NN says/VBZ/say",
                        "compound 1 0", "nsubj 3 1", "aux 3 2", "ccomp 9 3", "nummod 5 4", "obj 3 5", "punct 9 6",
                        "compound 8 7", "nsubj 9 8", "root -1 9")
                .paragraph()
                .sentence("The/DT league/NN expects/VBZ/expect a/DT deal/NN next/JJ year/NN ,/, chief/JJ executive/NN "
                        + "Youssef/NNP/youssef/PERSON Benali/NNP/benali/PERSON said/VBD/say ./.")));
        // "…, union says ⏎ The Pilots Guild said that…", the splitter joining title and lede: the subject of
        // the lede's own reporting verb (each paragraph parsed on its own, the title's root a parataxis of the body's).
        assertEquals(List.of("s0 Pilots Guild"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Pilots/NNS/pilot will/MD strike/VB ,/, union/NN says/VBZ/say ¶The/DT Pilots/NNP/pilots/ORGANIZATION "
                                + "Guild/NNP/guild/ORGANIZATION said/VBD/say that/IN pilots/NNS/pilot will/MD strike/VB ./.",
                        "nsubj 2 0", "aux 2 1", "ccomp 5 2", "punct 5 3", "nsubj 5 4", "parataxis 9 5",
                        "det 8 6", "compound 8 7", "nsubj 9 8", "root -1 9", "mark 13 10", "nsubj 13 11", "aux 13 12",
                        "ccomp 9 13", "punct 9 14")));
        assertEquals(List.of("s0 scientists", "s1 Ana Ruiz"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Flu/NN may/MD spread/VB ,/, say/VBP/say scientists/NNS/scientist",
                        "nsubj 2 0", "aux 2 1", "ccomp 4 2", "punct 4 3", "root -1 4", "nsubj 4 5")
                .paragraph()
                .sentence("Researcher/NN Ana/NNP/ana/PERSON Ruiz/NNP/ruiz/PERSON said/VBD/say the/DT virus/NN would/MD "
                        + "spread/VB ./.")));
    }

    @Test
    void whoHoldsAViewOfBeliefOrFearMakesItsForecast() {
        // Not a reporting cue, so only the predictor reads it; the speaker's own ("my country") is no one's.
        assertEquals(List.of("s0 critics", "s1 neighbours", "s2 Jane Doe", "s3 analysts"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Critics/NNS/critic doubt/VBP/doubt the/DT plant/NN will/MD be/VB ready/JJ ./.",
                        "nsubj 1 0", "root -1 1", "det 3 2", "nsubj 6 3", "aux 6 4", "cop 6 5", "ccomp 1 6", "punct 1 7")
                .sentence("Its/PRP$ neighbours/NNS/neighbour fear/VBP/fear the/DT dam/NN will/MD cut/VB catches/NNS/catch ./.",
                        "nmod:poss 1 0", "nsubj 2 1", "root -1 2", "det 4 3", "nsubj 6 4", "aux 6 5", "ccomp 2 6",
                        "obj 6 7", "punct 2 8")
                .sentence("My/PRP$ country/NN believes/VBZ/believe peace/NN will/MD come/VB ./.",
                        "nmod:poss 1 0", "nsubj 2 1", "root -1 2", "nsubj 5 3", "aux 5 4", "ccomp 2 5", "punct 2 6")
                // as the parser read it: the clause the root, the verb of doubt hung under it
                .sentence("Analysts/NNS/analyst doubt/VBP/doubt the/DT mine/NN will/MD be/VB ready/JJ ./.",
                        "nsubj 1 0", "dep 6 1", "det 3 2", "nsubj 6 3", "aux 6 4", "cop 6 5", "root -1 6", "punct 6 7")));
    }

    @Test
    void unnamedSourcesByTradeAndPlaceAreTheirDescription() {
        // "Agents said" (a source noun); "Officials in Podgorica expected": the place only locates them.
        assertEquals(List.of("s0 agents", "s1 officials"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Agents/NNS/agent said/VBD/say clubs/NNS/club were/VBD likely/JJ to/TO bid/VB ./.")
                .sentence("Officials/NNS/official in/IN Podgorica/NNP/podgorica/LOCATION expected/VBD/expect a/DT "
                                + "signing/NN in/IN 2028/CD ./.",
                        "nsubj 3 0", "case 2 1", "nmod 0 2", "root -1 3", "det 5 4", "obj 3 5", "case 7 6", "obl 3 7",
                        "punct 3 8")));
    }

    @Test
    void aBodyTheReporterSpeaksForIsNoInnerSource() {
        // "…said that his government expected…": the speaker's, where "analysts predicted" would be theirs.
        assertEquals(List.of("s0 Ana Ruiz"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Ana/NNP/ana/PERSON Ruiz/NNP/ruiz/PERSON said/VBD/say that/IN his/PRP$ government/NN "
                                + "expected/VBD/expect lawmakers/NNS/lawmaker to/TO ratify/VB it/PRP ./.",
                        "compound 1 0", "nsubj 2 1", "root -1 2", "mark 6 3", "nmod:poss 5 4", "nsubj 6 5", "ccomp 2 6",
                        "obj 6 7", "mark 9 8", "xcomp 6 9", "obj 9 10", "punct 2 11")));
    }

    @Test
    void aDocumentsIssuerByItsParticipleEvenWhereTheParserMadeTheParticipleTheVerb() {
        // "A study published on Monday by the Tien Shan Institute projects that…", parsed with "published"
        // as the root and "projects" hung on it without a subject.
        assertEquals(List.of("s0 Tien Shan Institute"), predictors(Docs.doc().author("Jane Doe")
                .sentence("A/DT study/NN published/VBN/publish on/IN Monday/NNP by/IN the/DT Tien/NNP/tien/ORGANIZATION "
                                + "Shan/NNP/shan/ORGANIZATION Institute/NNP/institute/ORGANIZATION projects/VBZ/project that/IN "
                                + "prices/NNS/price will/MD rise/VB ./.",
                        "det 1 0", "nsubj 2 1", "root -1 2", "case 4 3", "obl 2 4", "case 9 5", "det 9 6", "compound 9 7",
                        "compound 9 8", "obl 2 9", "dep 2 10", "mark 14 11", "nsubj 14 12", "aux 14 13", "ccomp 10 14",
                        "punct 2 15")));
    }

    @Test
    void aQuotationOpenedRightAfterItsSpeakersGoesOnInThatVoiceAndClosesWhereItsMarkWasLeft() {
        // '"…," Lolohea said. "The surge will be the danger. Waves could flood the harbour by Saturday."⏎⏎
        // Kakala News reported…': the splitter leaves the closing mark on the next paragraph, which is
        // not where the quotation closes, so the outlet there does not speak it.
        assertEquals(List.of("s0 Lolohea", "s1 Lolohea", "s2 Lolohea"), predictors(Docs.doc().author("Jane Doe")
                .sentence("\"/`` Residents/NNS/resident must/MD move/VB tonight/NN ,/, \"/'' Lolohea/NNP/lolohea/PERSON "
                        + "said/VBD/say ./.")
                .sentence("\"/`` The/DT surge/NN will/MD be/VB the/DT danger/NN ./.")
                .sentence("Waves/NNS/wave could/MD flood/VB the/DT harbour/NN by/IN Saturday/NNP ./.")
                .sentence("\"/'' ¶Kakala/NNP/kakala/ORGANIZATION News/NNP/news/ORGANIZATION reported/VBD/report a/DT "
                        + "fire/NN ./.")));
    }

    @Test
    void theArticlesPresentAfterAPastReportIsItsOwnAlsoWithoutAParse() {
        // "Ana Ruiz said…. The deal is expected to close by June.": the article's own schedule, read from the
        // tense of its first finite verb where no parse was made; "would" goes on with the report.
        assertEquals(List.of("s0 Ana Ruiz", "s1 Jane Doe", "s2 Ana Ruiz"), predictors(Docs.doc().author("Jane Doe")
                .sentence("Ana/NNP/ana/PERSON Ruiz/NNP/ruiz/PERSON said/VBD/say the/DT plant/NN would/MD open/VB "
                        + "in/IN May/NNP ./.")
                .sentence("The/DT deal/NN is/VBZ/be expected/VBN/expect to/TO close/VB by/IN June/NNP ./.")
                .sentence("The/DT line/NN would/MD open/VB in/IN July/NNP ./.")));
    }

    @Test
    void aQuotationLeftOpenEndsWithItsParagraphUnlessTheNextOpensWithAMark() {
        // '"We expect savings by 2029.⏎⏎The deal is expected to close by June.': the new paragraph opens with
        // no mark, so the quotation ended with the one before, and the schedule is the article's.
        assertEquals(List.of("s0 Ana Ruiz", "s1 Ana Ruiz", "s2 Jane Doe"), predictors(Docs.doc().author("Jane Doe")
                .sentence("\"/`` Prices/NNS/price will/MD rise/VB ,/, \"/'' said/VBD/say Ana/NNP/ana/PERSON "
                        + "Ruiz/NNP/ruiz/PERSON ./.")
                .sentence("\"/`` We/PRP expect/VBP/expect savings/NNS/saving by/IN 2029/CD ./.")
                .paragraph()
                .sentence("The/DT deal/NN is/VBZ/be expected/VBN/expect to/TO close/VB by/IN June/NNP ./.")));
    }
}
