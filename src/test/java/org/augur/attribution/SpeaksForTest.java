package org.augur.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.augur.actor.Actor;
import org.augur.actor.ActorType;
import org.junit.jupiter.api.Test;

/** The state a government's statement speaks for: all three signs needed, and a region never counts. */
class SpeaksForTest {
    private static final List<String> SPEECH = List.of("It is an honour to address the Assembly.",
            "My country has always stood for dialogue.",
            "We will continue to support the Organization in its work for peace and development.");

    /** A place first named in sentence {@code first}. */
    private static Actor place(String name, int mentions, int first) {
        return new Actor(name, ActorType.PLACE, "", mentions, first, List.of(name));
    }

    private static Actor place(String name, int mentions) {
        return place(name, mentions, 0);
    }

    @Test
    void aStatementInAGovernmentsVoiceSpeaksForTheStateItNamesMost() {
        assertEquals(Optional.of("Brazil"), SpeaksFor.of(SPEECH, List.of(place("Brazil", 8), place("United States", 3))));
    }

    @Test
    void noStateStandsOutWhenAnotherIsNamedMoreThanHalfAsOften() {
        // A speech about a neighbour: "we" stays "we" rather than risk the neighbour's name.
        assertEquals(Optional.empty(), SpeaksFor.of(SPEECH, List.of(place("Cuba", 13), place("United States", 14))));
        assertEquals(Optional.empty(), SpeaksFor.of(SPEECH, List.of(place("Brazil", 8), place("Argentina", 5))));
        assertEquals(Optional.empty(), SpeaksFor.of(SPEECH, List.of(place("Brazil", 4))));
    }

    @Test
    void aRegionIsNoSpeaker() {
        assertEquals(Optional.of("Belize"), SpeaksFor.of(SPEECH,
                List.of(place("Caribbean", 12), place("Belize", 6), place("Taiwan", 2))));
    }

    @Test
    void theStateMustBeNamedAsTheSpeakersOwn() {
        // A speech against a power it names three times as often as itself, first after its opening.
        List<String> speech = new ArrayList<>(Collections.nCopies(6, "Thank you, Madam President."));
        speech.add("My country has suffered from the embargo.");
        speech.add("The United States will not lift the embargo.");
        assertEquals(Optional.empty(), SpeaksFor.of(speech, List.of(place("United States", 9, 7), place("Cuba", 3, 9))));
        // Named in the same sentence as "my country", it is.
        speech.set(6, "My country, Cuba, has suffered from the embargo.");
        assertEquals(Optional.of("Cuba"), SpeaksFor.of(speech, List.of(place("Cuba", 9, 6), place("Panama", 3, 9))));
        // Or named more than four times as often as any other state.
        speech.set(6, "My country has suffered from the embargo.");
        assertEquals(Optional.of("Cuba"), SpeaksFor.of(speech, List.of(place("Cuba", 13, 6), place("Panama", 3, 9))));
        assertEquals(Optional.empty(), SpeaksFor.of(speech, List.of(place("Cuba", 12, 6), place("Panama", 3, 9))));
    }

    @Test
    void newsThatQuotesAGovernmentSpeaksForNoOne() {
        List<String> news = List.of("Brazil's president spoke on Tuesday.", "\"My country will not give up,\" he said.",
                "Brazil has been hit by floods, and officials in Brazil expect more rain this week.");
        assertEquals(Optional.empty(), SpeaksFor.of(news, List.of(place("Brazil", 8))));
    }

    @Test
    void aLongTextThatSaysMyCountryOnceInPassingIsNoStatement() {
        List<String> interview = new ArrayList<>(List.of("My country is far away."));
        interview.addAll(Collections.nCopies(500, "The telescope will look at distant planets."));
        assertEquals(Optional.of("Australia"), SpeaksFor.of(interview.subList(0, 2), List.of(place("Australia", 9))));
        assertEquals(Optional.empty(), SpeaksFor.of(interview, List.of(place("Australia", 9))));
    }
}
