package org.augur.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.augur.nlp.Sentence;
import org.augur.testing.Docs;
import org.junit.jupiter.api.Test;

class TaxonomyTest {
    private final Taxonomy taxonomy = new Taxonomy(List.of(
            new String[] {"arms control", "arm control|arms control|disarmament"},
            new String[] {"nuclear non-proliferation", "nuclear non-proliferation|non-proliferation|nuclear weapon"},
            new String[] {"energy", "nuclear|gas"},
            new String[] {"sanctions", "sanction"}));

    private List<String> labels(String tokens) {
        Sentence s = Docs.doc().sentence(tokens).build().sentences().get(0);
        return taxonomy.find(s).stream().map(m -> m.label() + "@" + m.from()).toList();
    }

    @Test
    void matchesLemmasSoInflectedFormsCount() {
        assertEquals(List.of("sanctions@1", "nuclear non-proliferation@3"),
                labels("new/JJ sanctions/NNS/sanction and/CC nuclear/JJ weapons/NNS/weapon ./."));
    }

    @Test
    void matchesTheSurfaceFormWhenTheLemmaDiffers() {
        assertEquals(List.of("arms control@0"), labels("arms/NNS/arm control/NN ./."));
    }

    @Test
    void joinsHyphenatedWordsTheTokenizerSplitAndPrefersTheLongerOverlap() {
        assertEquals(List.of("nuclear non-proliferation@0"),
                labels("nuclear/JJ non/JJ ~-/HYPH ~proliferation/NN ./."));
    }

    @Test
    void aShorterPhraseStillMatchesWhereNoLongerOneCoversIt() {
        assertEquals(List.of("energy@0", "nuclear non-proliferation@3"),
                labels("nuclear/JJ power/NN and/CC non-proliferation/NN ./."));
    }
}
