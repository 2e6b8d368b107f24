package org.augur.nlp;

import static org.augur.testing.Docs.doc;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeWordsTest {
    private final TimeWords words = TimeWords.standard();

    private boolean mayHoldTime(String tokens) {
        return !words.timeTokens(doc().sentence(tokens).build().sentences().get(0)).isEmpty();
    }

    @Test
    void timeWordsAndDigitsOpenTheGate() {
        assertTrue(mayHoldTime("We/PRP will/MD meet/VB next/JJ week/NN ./."));
        assertTrue(mayHoldTime("Talks/NNS resume/VBP in/IN the/DT future/NN ./."));
        assertTrue(mayHoldTime("Goals/NNS for/IN 2030/CD ./."));
        assertTrue(mayHoldTime("Elections/NNS are/VBP due/JJ on/IN Thursdays/NNPS ./."));
        assertTrue(mayHoldTime("It/PRP ends/VBZ in/IN mid-May/NNP ./."));
    }

    @Test
    void wordsThatSutimeDropsAloneCountOnlyAsNouns() {
        assertFalse(mayHoldTime("Peace/NN may/MD come/VB ./."));
        assertTrue(mayHoldTime("It/PRP opens/VBZ in/IN May/NNP ./."));
        assertFalse(mayHoldTime("Farmers/NNS march/VBP on/IN ./."));
        assertTrue(mayHoldTime("Farmers/NNS march/VBP in/IN mid-March/NNP ./."));
    }

    @Test
    void sentencesWithoutTimeWordsAreSkipped() {
        assertFalse(mayHoldTime("Peace/NN will/MD prevail/VB ./."));
        // Alone, these only ever make PRESENT_REF or PAST_REF, which is never a horizon.
        assertFalse(mayHoldTime("Now/RB ,/, as/IN recently/RB ,/, the/DT current/JJ crisis/NN will/MD pass/VB ./."));
    }
}
