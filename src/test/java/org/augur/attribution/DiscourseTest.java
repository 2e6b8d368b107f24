package org.augur.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.augur.actor.Actor;
import org.augur.actor.RuleActorFinder;
import org.augur.cue.CueLexicon;
import org.augur.nlp.AnnotatedDoc;
import org.augur.testing.Docs;
import org.junit.jupiter.api.Test;

/**
 * The discourse of hand-built articles, read once: each sentence's speaker and voice as one-line strings
 * ("s1 Smith/Smith": speaker/voice, "-" for no one). Who ends up the predictor of a forecast is the
 * forecast finder's ({@code org.augur.forecast.AttributionTest}).
 */
class DiscourseTest {
    private final Attribution attribution = new Attribution(CueLexicon.standard());

    private static String who(Optional<String> name) {
        return name.orElse("-");
    }

    private static List<String> voices(Discourse d, AnnotatedDoc doc) {
        return IntStream.range(0, doc.sentences().size())
                .mapToObj(i -> "s" + i + " " + who(d.speaker(i)) + "/" + who(d.voice(i))).toList();
    }

    private Discourse read(AnnotatedDoc doc) {
        return attribution.read(doc, RuleActorFinder.standard().find(doc));
    }

    @Test
    void aSentenceStartsInsideAQuotationWhenItsFirstMarkClosesOne() {
        assertTrue(SpeechSigns.startsInside("Seas will rise\", read the warning."));
        assertTrue(SpeechSigns.startsInside("Seas will rise,” she said."));
        assertTrue(SpeechSigns.startsInside("\"\n\n\nRicardo Llerandi also announced his resignation."));
        assertFalse(SpeechSigns.startsInside("\"Storm Lorenzo will bring gales."));
        assertFalse(SpeechSigns.startsInside("\" Storm Lorenzo will bring gales."));
        assertFalse(SpeechSigns.startsInside("He said: \"We will win.\""));
        assertFalse(SpeechSigns.startsInside("No quotation at all."));
    }

    @Test
    void aQuotationAttributedWhereItClosesIsThatSpeakersFromItsFirstSentence() {
        AnnotatedDoc doc = Docs.doc()
                .sentence("Talks/NNS/talk resumed/VBD/resume ./.")
                .sentence("\"/`` Prices/NNS/price will/MD rise/VB ./.")
                .sentence("They/PRP/they will/MD not/RB fall/VB ,/, ~\"/'' said/VBD/say Smith/NNP/smith/PERSON ./.")
                .build();
        Discourse d = read(doc);
        assertEquals(List.of("s0 -/-", "s1 Smith/Smith", "s2 Smith/Smith"), voices(d, doc));
        // Named in so many words only by s2's "said Smith": s1 has Smith's words before anyone says so.
        assertEquals(List.of(false, false, true), IntStream.range(0, 3).mapToObj(d::named).toList());
    }

    @Test
    void answersAreLookUpsThatDoNotDependOnTheOrderAsked() {
        AnnotatedDoc doc = Docs.doc().author("Jane Doe")
                .sentence("Prosecutor/NNP/prosecutor Josh/NNP/josh/PERSON Bash/NNP/bash/PERSON spoke/VBD/speak ./.")
                .paragraph()
                .sentence("\"/`` We/PRP/we will/MD deliver/VB justice/NN ,/, ~\"/'' said/VBD/say Bash/NN/bash/PERSON ./.")
                .build();
        Discourse d = read(doc);
        List<String> backwards = IntStream.iterate(1, i -> i >= 0, i -> i - 1)
                .mapToObj(i -> "s" + i + " " + who(d.speaker(i)) + "/" + who(d.voice(i))).toList();
        assertEquals(List.of("s1 Josh Bash/Josh Bash", "s0 -/-"), backwards);
        assertEquals(voices(d, doc), voices(read(doc), doc));
    }

    @Test
    void theLedesSpeakerAndTheParagraphsSource() {
        AnnotatedDoc doc = Docs.doc()
                .sentence("Prices/NNS/price will/MD rise/VB ,/, says/VBZ/say Ivan/NNP/ivan/PERSON Timofeev/NNP/timofeev/PERSON ./.")
                .sentence("Talks/NNS/talk will/MD resume/VB ./.")
                .build();
        Discourse d = read(doc);
        assertEquals(Optional.of("Ivan Timofeev"), d.lede());
        assertEquals("Ivan Timofeev", who(d.paragraphSpeaker(1)));
    }

    @Test
    void whetherANameCanStandAsAPredictor() {
        AnnotatedDoc doc = Docs.doc().sentence("Jo/NNP/jo/PERSON Jorgensen/NNP/jorgensen/PERSON spoke/VBD/speak ./.").build();
        List<Actor> actors = RuleActorFinder.standard().find(doc);
        Discourse d = attribution.read(doc, actors);
        assertTrue(d.acceptable("Jo Jorgensen"));
        assertTrue(d.isPerson("Jo Jorgensen"));
        assertTrue(d.acceptable("unnamed defence officials"));
        assertFalse(d.acceptable("spokesperson"));
        assertFalse(d.acceptable("letter"));
    }

    @Test
    void theCuesMustBeOnePerSentence() {
        AnnotatedDoc doc = Docs.doc().sentence("Talks/NNS/talk resumed/VBD/resume ./.").build();
        assertThrows(IllegalArgumentException.class, () -> Discourse.of(doc, List.of(), List.of()));
    }
}
