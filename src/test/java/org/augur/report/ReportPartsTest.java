package org.augur.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report's small parts: dated horizons and where the cue words stand in a sentence. */
class ReportPartsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2018-07-16                | 2018-07
            2019-05                   | 2019-05
            2019-W03                  | 2019-01
            2020-W53                  | 2020-12
            2020                      | 2020
            2018-SU                   | 2018
            2019-Q2                   | 2019
            2019-10-21 INTERSECT P1W  | 2019-10
            2020-04-13T16:00          | 2020-04
            2019/2021                 | 2019
            2019-05/2019-07           | 2019-05
            XXXX-12                   | -
            201X                      | -
            P1Y                       | -
            FUTURE_REF                | -
            THIS P1Y                  | -
            2019-13                   | -
            20190                     | -
            """)
    void datedHorizons(String timex, String key) {
        assertEquals(key.equals("-") ? Optional.empty() : Optional.of(key), Horizon.of(timex).map(Horizon::key));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '^', quoteCharacter = '"', textBlock = """
            "It is not the time to expect any shifts."         ^ expect|not        ^ "It is [not] the time to [expect] any shifts."
            "Nothing will change; he cannot stay."             ^ will|not          ^ "Nothing [will] change; he can[not] stay."
            "Talks are expected  to resume."                   ^ are expected to   ^ "Talks [are expected  to] resume."
            "We’ll see, and they won't."                       ^ 'll|n't           ^ "We[’ll] see, and they wo[n't]."
            "WILL it? It will."                                ^ will              ^ "[WILL] it? It [will]."
            "No cue here."                                     ^ likely            ^ "No cue here."
            """)
    void cueWordsAreFoundAgain(String text, String cues, String marked) {
        List<int[]> spans = CueMarks.find(text, List.of(cues.split("\\|")));
        StringBuilder sb = new StringBuilder(text);
        for (int i = spans.size() - 1; i >= 0; i--) {
            sb.insert(spans.get(i)[1], ']').insert(spans.get(i)[0], '[');
        }
        assertEquals(marked, sb.toString());
    }
}
