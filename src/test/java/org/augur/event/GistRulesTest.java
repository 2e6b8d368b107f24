package org.augur.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The headline rules, on the broken gists issue 17 quotes and on the guidelines' good ones. */
class GistRulesTest {
    private final GistRules rules = GistRules.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "We to strive to improve the Human Rights Council | 'we to'",
            "that to is deal a blow to the people | 'that to'",
            "expected to accelerate the implementation of the SDGs in | ends on 'in'",
            "may help to develop a | ends on 'a'",
            "We will not spare no effort | double negation",
            "Moscow will | 2 words",
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone | 21 words",
            "prices and | 2 words",
            "talks will resume and | ends on 'and'",
            "us to strive for peace | 'us to'",
    })
    void brokenGists(String gist, String rule) {
        assertEquals(rule, rules.broken(gist).orElse(""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "talks to resume next week",
            "no fundamental shifts expected",
            "Russia to continue facilitating the process",
            "our voice to be heard",
            "Moscow will not live up to the agreement",
            "talks to break down",
            "UK to leave EU by 2030",
            "Iran won't sign",
            "investment to help us to meet SDG 7",
    })
    void wholeGists(String gist) {
        assertEquals("", rules.broken(gist).orElse(""));
    }

    @Test
    void contentWords() {
        assertEquals(true, rules.isContent("week"));
        assertEquals(false, rules.isContent("next"));
        assertEquals(false, rules.isContent("by"));
    }
}
