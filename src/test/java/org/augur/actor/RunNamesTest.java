package org.augur.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunNamesTest {
    @Test
    void aShortNameTakesTheRunsOneFullerNameAndAmbiguousOnesStay() {
        RunNames names = new RunNames();
        names.observe("Vladimir Putin", ActorType.PERSON);
        names.observe("Jose Ramos Horta", ActorType.PERSON);
        names.observe("John Smith", ActorType.PERSON);
        names.observe("Jane Smith", ActorType.PERSON);
        names.observe("Bank of Russia", ActorType.ORGANIZATION);
        assertEquals(Map.of("Putin", "Vladimir Putin", "Horta", "Jose Ramos Horta", "Ramos Horta", "Jose Ramos Horta"),
                names.renames(List.of("Putin", "Horta", "Ramos Horta", "Smith", "Russia", "Vladimir Putin")));
    }

    @Test
    void accentsAndMiddleInitialsDoNotHideTheMatch() {
        RunNames names = new RunNames();
        names.observe("Recep Tayyip Erdoğan", ActorType.PERSON);
        assertEquals(Map.of("Erdogan", "Recep Tayyip Erdoğan"), names.renames(List.of("Erdogan")));
    }
}
