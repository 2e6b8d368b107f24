package org.augur.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.augur.actor.Actor;
import org.augur.actor.ActorType;
import org.augur.testing.Docs;
import org.junit.jupiter.api.Test;

class RuleTopicFinderTest {
    private final RuleTopicFinder finder = new RuleTopicFinder(
            new Taxonomy(List.<String[]>of(new String[] {"sanctions", "sanction"})), Set.of("other", "year", "this"));

    @Test
    void keyphrasesAreTrimmedNounPhrasesWithoutNumbersStopwordsOrActors() {
        List<String> topics = finder.find(Docs.doc()
                        .sentence("The/DT bilateral/JJ talks/NNS/talk on/IN new/JJ sanctions/NNS/sanction began/VBD this/DT year/NN ./.")
                        .sentence("Bilateral/JJ talks/NNS/talk with/IN Russia/NNP/russia/LOCATION resumed/VBD in/IN 2018/CD ./.")
                        .sentence("Other/JJ issues/NNS/issue and/CC russia/NN matter/VBP ./.").build(),
                List.of(new Actor("Russia", ActorType.PLACE, "", 1, 1, List.of("Russia"))))
                .stream().map(Topic::toString).toList();
        assertEquals(List.of("sanctions(taxonomy) x1 s0", "bilateral talk(keyphrase) x2 s0"), topics);
    }
}
