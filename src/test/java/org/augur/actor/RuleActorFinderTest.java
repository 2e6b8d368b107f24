package org.augur.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.augur.testing.Docs;
import org.junit.jupiter.api.Test;

class RuleActorFinderTest {
    private final RuleActorFinder finder = RuleActorFinder.standard();

    private List<String> actors(Docs doc) {
        return finder.find(doc.build()).stream().map(Actor::toString).toList();
    }

    @Test
    void surnameJoinsFullNameAndTitleComesFromTheWordsBefore() {
        assertEquals(List.of(
                "United States(PLACE) x1 s0 [US]",
                "John Bolton(PERSON) 'National Security Advisor' x2 s0 [John Bolton|Bolton]",
                "Moscow(PLACE) x1 s0 [Moscow]"),
                actors(Docs.doc()
                        .sentence("US/NNP/us/LOCATION National/NNP Security/NNP Advisor/NNP John/NNP/john/PERSON "
                                + "Bolton/NNP/bolton/PERSON visited/VBD/visit Moscow/NNP/moscow/LOCATION ./.")
                        .sentence("Bolton/NNP/bolton/PERSON left/VBD/leave ./.")));
    }

    @Test
    void aNameWrappedOverTwoLinesIsWrittenOnOneAndIsTheSameActor() {
        assertEquals(List.of("María Fernanda Espinosa Garcés(PERSON) x2 s0 [María Fernanda Espinosa Garcés]"),
                actors(Docs.doc()
                        .sentence("We/PRP congratulate/VBP María/NNP/maría/PERSON Fernanda/NNP/fernanda/PERSON "
                                + "↵Espinosa/NNP/espinosa/PERSON Garcés/NNP/garcés/PERSON ./.")
                        .sentence("María/NNP/maría/PERSON Fernanda/NNP/fernanda/PERSON Espinosa/NNP/espinosa/PERSON "
                                + "Garcés/NNP/garcés/PERSON presides/VBZ ./.")));
    }

    @Test
    void aHyphenatedSurnameAloneIsThePersonNotTwoNames() {
        assertEquals(List.of("Christopher Gallego-Lazo(PERSON) x2 s0 [Christopher Gallego-Lazo|Gallego-Lazo]",
                        "Putin(PERSON) x1 s2 [Putin]", "Trump(PERSON) x1 s2 [Trump]"),
                actors(Docs.doc()
                        .sentence("Christopher/NNP/christopher/PERSON Gallego-Lazo/NNP/gallego-lazo/PERSON studied/VBD glue/NN ./.")
                        .sentence("Gallego-Lazo/NNP/gallego-lazo/PERSON said/VBD/say so/RB ./.")
                        // a compound of two names stays two
                        .sentence("The/DT Putin-Trump/NNP/putin-trump/PERSON summit/NN ended/VBD ./.")));
    }

    @Test
    void anAcronymDefinedInBracketsGivesTheOrganisationTheTaggerMissed() {
        assertEquals(List.of("National Hurricane Center(ORGANIZATION) x2 s0 [National Hurricane Center|NHC]"),
                actors(Docs.doc()
                        .sentence("the/DT National/NNP Hurricane/NNP Center/NNP (/-LRB- NHC/NNP )/-RRB- reported/VBD/report "
                                + "a/DT storm/NN ./.")
                        .sentence("The/DT NHC/NNP/nhc/ORGANIZATION warned/VBD/warn of/IN floods/NNS ./.")));
        // The alias table's name takes its acronym too, though "WHO" is no alias of it (it reads as "who").
        assertEquals(List.of("World Health Organization(ORGANIZATION) x2 s0 [World Health Organization|WHO]"),
                actors(Docs.doc()
                        .sentence("The/DT World/NNP Health/NNP Organization/NNP warned/VBD/warn ./.")
                        .sentence("The/DT WHO/NNP/who/ORGANIZATION said/VBD/say so/RB ./.")));
        // An acronym the tagger never takes for an organisation names a status, a programme: no actor.
        assertEquals(List.of(),
                actors(Docs.doc()
                        .sentence("the/DT Temporary/NNP Protected/NNP Status/NNP (/-LRB- TPS/NNP )/-RRB- ends/VBZ/end ./.")
                        .sentence("TPS/NNP/tps ends/VBZ/end ./.")));
    }

    @Test
    void aNameDescribedAsAnOrganisationIsOneWhereTheTaggerMissedIt() {
        assertEquals(List.of("Met Éireann(ORGANIZATION) x1 s0 [Met Éireann]", "Ireland(PLACE) x1 s0 [Ireland]"),
                actors(Docs.doc()
                        .sentence("As/IN the/DT storm/NN neared/VBD ,/, Met/NNP Éireann/NNP ,/, the/DT national/JJ "
                                + "meteorological/JJ service/NN for/IN Ireland/NNP ,/, issued/VBD/issue warnings/NNS ./.")));
        // The kind must head the apposition: "the group's leader" describes a person; and close it: after
        // "Monday, the company said" the kind starts a reporting frame.
        assertEquals(List.of(),
                actors(Docs.doc()
                        .sentence("Then/RB Rafa/NNP Nadal/NNP ,/, the/DT group/NN 's/POS leader/NN ,/, "
                                + "spoke/VBD/speak ./.")
                        .sentence("Sales/NNS will/MD recover/VB by/IN Monday/NNP ,/, the/DT company/NN "
                                + "said/VBD/say ./.")));
    }

    @Test
    void aNameInAppositionToAnOrganisationsKindIsNoPerson() {
        // "His union, Havenbond, represents…": the tagger's person is the union; a lawyer's name stays a person.
        assertEquals(List.of("Havenbond(ORGANIZATION) x1 s0 [Havenbond]", "Ana Ruiz(PERSON) x1 s1 [Ana Ruiz]",
                        "Kees Dijk(PERSON) x1 s2 [Kees Dijk]"),
                actors(Docs.doc()
                        .sentence("His/PRP$ union/NN ,/, Havenbond/NNP/havenbond/PERSON ,/, represents/VBZ/represent "
                                + "7,000/CD workers/NNS/worker ./.")
                        .sentence("His/PRP$ lawyer/NN ,/, Ana/NNP/ana/PERSON Ruiz/NNP/ruiz/PERSON ,/, spoke/VBD/speak ./.")
                        // the kind inside the phrase: the leader of the union is the person
                        .sentence("The/DT leader/NN of/IN the/DT dockers/NNS '/POS union/NN ,/, Kees/NNP/kees/PERSON "
                                + "Dijk/NNP/dijk/PERSON ,/, spoke/VBD/speak ./.")));
    }

    @Test
    void aNameAfterAnOrganisationsKindIsThatOrganisationInAllItsMentions() {
        // "Norwegian carrier Fjordwing": an organisation, though the tagger called each mention a person;
        // "union leader Kwabena Asante" is a person (the word before the name is his office).
        assertEquals(List.of("Fjordwing(ORGANIZATION) x2 s0 [Fjordwing]", "Kwabena Asante(PERSON) 'Union leader' x1 s2 [Kwabena Asante]",
                "Jong Son(PERSON) x1 s3 [Jong Son]"),
                actors(Docs.doc()
                        .sentence("Norwegian/JJ carrier/NN Fjordwing/NNP/fjordwing/PERSON signed/VBD/sign a/DT deal/NN ./.")
                        .sentence("Fjordwing/NNP/fjordwing/PERSON said/VBD/say so/RB ./.")
                        .sentence("Union/NN leader/NN Kwabena/NNP/kwabena/PERSON Asante/NNP/asante/PERSON spoke/VBD/speak ./.")
                        // a kind that also names a person's role: "its alleged operator Jong Woo Son"
                        .sentence("Its/PRP$ alleged/JJ operator/NN Jong/NNP/jong/PERSON Son/NNP/son/PERSON fled/VBD/flee ./.")));
    }

    @Test
    void aTitleNeverReachesBackIntoTheParagraphBefore() {
        // "…Libertarian Party's presidential nominee⏎⏎Professor Jo Jorgensen said": the headline's last word
        // is no part of her title.
        assertEquals(List.of("Jo Jorgensen(PERSON) 'Professor' x1 s0 [Jo Jorgensen]"),
                actors(Docs.doc()
                        .sentence("An/DT interview/NN with/IN the/DT nominee/NN ¶Professor/NNP Jo/NNP/jo/PERSON "
                                + "Jorgensen/NNP/jorgensen/PERSON said/VBD/say ./.")));
    }

    @Test
    void typeIsTheMajorityOfAllMentionsSoOneStrayTagDoesNotMakeTrumpAPlace() {
        assertEquals(List.of("Putin(PERSON) x2 s0 [Putin]", "Trump(PERSON) x3 s0 [Trump]"),
                actors(Docs.doc()
                        .sentence("presidents/NNS/president Putin/NNP/putin/PERSON and/CC Trump/NNP/trump/LOCATION met/VBD ./.")
                        .sentence("Trump/NNP/trump/PERSON and/CC Putin/NNP/putin/PERSON talked/VBD ./.")
                        .sentence("Trump/NNP/trump/PERSON left/VBD ./.")));
    }

    @Test
    void aNameTheTaggerTookForAPersonIsAPlaceWhenAPlaceNounFollowsIt() {
        // "off the coast of Binh Thuan province … the grid in Binh Thuan": the noun outvotes the stray tag.
        assertEquals(List.of("Nguyen Thi Lan(PERSON) x1 s0 [Nguyen Thi Lan]", "Binh Thuan(PLACE) x2 s0 [Binh Thuan]",
                        "Xi(PERSON) x1 s2 [Xi]"),
                actors(Docs.doc()
                        .sentence("Nguyen/NNP/nguyen/PERSON Thi/NNP/thi/PERSON Lan/NNP/lan/PERSON builds/VBZ/build off/IN "
                                + "Binh/NNP/binh/PERSON Thuan/NNP/thuan/PERSON province/NN ./.")
                        .sentence("The/DT grid/NN in/IN Binh/NNP/binh/PERSON Thuan/NNP/thuan/PERSON is/VBZ/be full/JJ ./.")
                        // "a Xi state visit": "state" follows a person too, and is not a place noun here
                        .sentence("A/DT Xi/NNP/xi/PERSON state/NN visit/NN ./.")));
    }

    @Test
    void aFullNameTaggedAPersonIsOneWhateverTheTaggerMadeOfTheSurnameAlone() {
        assertEquals(List.of("Michael Bloomberg(PERSON) x3 s0 [Michael Bloomberg|Bloomberg]"),
                actors(Docs.doc()
                        .sentence("Michael/NNP/michael/PERSON Bloomberg/NNP/bloomberg/PERSON ran/VBD/run ./.")
                        .sentence("Bloomberg/NNP/bloomberg/ORGANIZATION won/VBD/win ./.")
                        .sentence("Bloomberg/NNP/bloomberg/ORGANIZATION left/VBD/leave ./.")));
    }

    @Test
    void hyphenatedCompoundsNameBothSidesButKimJongUnStaysOnePerson() {
        assertEquals(List.of("Putin(PERSON) x1 s0 [Putin]", "Trump(PERSON) x1 s0 [Trump]",
                        "United States(PLACE) x1 s1 [US]", "Russia(PLACE) x1 s1 [Russia]",
                        "North Korea(PLACE) x1 s2 [DPRK]", "Kim Jong-un(PERSON) 'leader' x1 s2 [Kim Jong-un]"),
                actors(Docs.doc()
                        .sentence("the/DT Putin-Trump/NNP/putin-trump/PERSON summit/NN ./.")
                        .sentence("US-Russia/NNP/us-russia/O relations/NNS/relation ./.")
                        .sentence("the/DT DPRK/NNP/dprk/ORGANIZATION leader/NN Kim/NNP/kim/PERSON Jong/NNP/jong/PERSON "
                                + "~-/HYPH/-/PERSON ~un/NNP/un/PERSON ./.")));
    }

    @Test
    void nationalityAdjectivesPronounsAndBareTitlesAreNotActors() {
        assertEquals(List.of(),
                actors(Docs.doc()
                        .sentence("No/DT American/JJ/american/LOCATION president/NN had/VBD done/VBN that/DT ./.")
                        .sentence("He/PRP/he/PERSON said/VBD the/DT President/NNP/president/PERSON left/VBD ./.")));
    }

    @Test
    void acronymJoinsTheOrganisationItAbbreviates() {
        assertEquals(List.of("Independent Election Commission(ORGANIZATION) x2 s0 [Independent Election Commission|IEC]"),
                actors(Docs.doc()
                        .sentence("the/DT Independent/NNP/independent/ORGANIZATION Election/NNP/election/ORGANIZATION "
                                + "Commission/NNP/commission/ORGANIZATION met/VBD ./.")
                        .sentence("The/DT IEC/NNP/iec/ORGANIZATION said/VBD so/RB ./.")));
    }

    @Test
    void appositionAfterTheNameIsATitle() {
        assertEquals(List.of("Ivan Timofeev(PERSON) 'Programme director of the Valdai Discussion Club' x1 s0 [Ivan Timofeev]",
                        "Valdai Discussion Club(ORGANIZATION) x1 s0 [Valdai Discussion Club]"),
                actors(Docs.doc().sentence("says/VBZ/say Ivan/NNP/ivan/PERSON Timofeev/NNP/timofeev/PERSON ,/, "
                        + "Programme/NN/programme director/NN of/IN the/DT Valdai/NNP/valdai/ORGANIZATION "
                        + "Discussion/NNP/discussion/ORGANIZATION Club/NNP/club/ORGANIZATION ./.")));
    }

    @Test
    void middleInitialsAccentsAndCaptionsGluedToANameDoNotSplitAPerson() {
        assertEquals(List.of("John R. Bolton(PERSON) x3 s0 [John R. Bolton|John Bolton|Bolton]",
                        "Tayyip Erdoğan(PERSON) x2 s1 [Tayyip Erdoğan|Erdogan]",
                        "Justin Amash(PERSON) x1 s2 [Justin Amash]"),
                actors(Docs.doc()
                        .sentence("John/NNP/john/PERSON R./NNP/r./PERSON Bolton/NNP/bolton/PERSON and/CC John/NNP/john/PERSON "
                                + "Bolton/NNP/bolton/PERSON and/CC Bolton/NNP/bolton/PERSON ./.")
                        .sentence("Tayyip/NNP/tayyip/PERSON Erdoğan/NNP/erdoğan/PERSON met/VBD Erdogan/NNP/erdogan/PERSON ./.")
                        .sentence("Justin/NNP/justin/PERSON Amash.Image/NNP/amash.image/PERSON ./.")));
    }

    @Test
    void aCurlyApostropheInASurnameJoinsTheStraightFullName() {
        assertEquals(List.of("Beto O'Rourke(PERSON) x2 s0 [Beto O'Rourke|O’Rourke]"),
                actors(Docs.doc()
                        .sentence("Beto/NNP/beto/PERSON O'Rourke/NNP/o'rourke/PERSON spoke/VBD ./.")
                        .sentence("O’Rourke/NNP/o’rourke/PERSON left/VBD ./.")));
    }

    @Test
    void aDatelinesCapitalsAreTheSameNameAsItsMixedCaseInTheText() {
        assertEquals(List.of("Geneva(PLACE) x2 s0 [GENEVA|Geneva]", "Reuters(ORGANIZATION) x1 s0 [Reuters]"),
                actors(Docs.doc()
                        .sentence("GENEVA/NNP/geneva/LOCATION (/-LRB- Reuters/NNP/reuters/ORGANIZATION )/-RRB- -/: "
                                + "Talks/NNS/talk resumed/VBD ./.")
                        .sentence("Delegates/NNS/delegate arrived/VBD in/IN Geneva/NNP/geneva/LOCATION ./.")));
    }

    @Test
    void aLongerTaggedPlaceNameBeatsTheTablesShorterOneButNotARegionOfIt() {
        assertEquals(List.of("New Mexico(PLACE) x1 s0 [New Mexico]", "Syria(PLACE) x1 s1 [Syria]"),
                actors(Docs.doc()
                        .sentence("New/NNP/new/LOCATION Mexico/NNP/mexico/LOCATION voted/VBD ./.")
                        .sentence("Northern/NNP/northern/LOCATION Syria/NNP/syria/LOCATION ./.")));
        // Two words before the table's name, as places are named; not a run of names the tagger joined.
        // (The run itself is then left to the table's name, as a one-word prefix's would be.)
        assertEquals(List.of("New South Wales(PLACE) x1 s0 [New South Wales]", "United States(PLACE) x1 s1 [US]"),
                actors(Docs.doc()
                        .sentence("New/NNP/new/LOCATION South/NNP/south/LOCATION Wales/NNP/wales/LOCATION voted/VBD ./.")
                        .sentence("South/NNP/south/LOCATION Carolina/NNP/carolina/LOCATION US/NNP/us/LOCATION voted/VBD ./.")));
    }
}
