package org.augur.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Horizon P/R, gist token-F1 and broken gists of matched forecasts, through the Evaluator. */
class TextScoresTest {
    @TempDir
    Path tmp;

    private TextScores evaluate(String goldRows, String runRows) throws IOException {
        Path gold = tmp.resolve("gold");
        Path run = tmp.resolve("run");
        Files.createDirectories(gold.resolve("gold"));
        Files.createDirectories(run);
        Files.writeString(gold.resolve("gold/forecasts.csv"),
                "doc_id,sentence,begin,end,text,is_forecast,certainty,polarity,predictor,gist,horizon_text\n" + goldRows);
        Files.writeString(gold.resolve("gold/actors.csv"), "doc_id,actor,type,aliases\n");
        Files.writeString(run.resolve("forecasts.csv"), "doc_id,sentence,begin,end,text,gist,certainty,polarity,cues,"
                + "predictor,actors,topics,horizon,horizon_text\n" + runRows);
        Files.writeString(run.resolve("actors.csv"), "doc_id,actor,type,title,mentions,first_sentence,aliases\n");
        return new Evaluator().evaluate(gold, run).text();
    }

    @Test
    void horizonsMatchOnASharedContentWordAndCountOnlyMatchedForecasts() throws IOException {
        TextScores t = evaluate(String.join("\n",
                "a,0,0,10,x,1,certain,positive,AUTHOR,talks to resume next week,next week",
                "a,1,11,20,x,1,certain,positive,AUTHOR,UK to leave EU by 2030,by 2030",
                "a,2,21,30,x,1,certain,positive,AUTHOR,prices to rise,",
                "a,3,31,40,x,1,certain,positive,AUTHOR,vote in June,in June",
                "a,4,41,50,x,0,,,,,", ""), String.join("\n",
                "a,0,0,10,x,talks to resume next week,certain,positive,will,,,,2018-W40,the coming week",
                "a,1,11,20,x,UK to leave the EU,certain,positive,will,,,,2030,2030",
                "a,2,21,30,x,prices to rise,certain,positive,will,,,,2019,next year",
                "a,3,31,40,x,a vote in,certain,positive,will,,,,,",
                "a,4,41,50,x,not to spare no effort,certain,positive,will,,,,2019,next year", ""));
        assertEquals(new Scores.Prf(2, 3, 3), t.horizons());   // "next year" has no gold; June was missed
        assertEquals(4, t.gists());
        assertEquals((1.0 + 2 * (4.0 / 5 * 4.0 / 6) / (4.0 / 5 + 4.0 / 6) + 1.0 + 2 * (2.0 / 3 * 2.0 / 3) / (4.0 / 3)) / 4,
                t.gistF1(), 1e-12);
        assertEquals(2, t.broken());   // "a vote in" ends on a preposition; "not … no" is a double negation
        assertEquals(5, t.allGists());
    }

    @Test
    void aGoldWithoutTheNewColumnsScoresNothingThere() throws IOException {
        Path gold = tmp.resolve("old");
        Files.createDirectories(gold.resolve("gold"));
        Files.writeString(gold.resolve("gold/forecasts.csv"),
                "doc_id,sentence,begin,end,text,is_forecast,certainty,polarity,predictor\na,0,0,10,x,1,certain,positive,AUTHOR\n");
        Files.writeString(gold.resolve("gold/actors.csv"), "doc_id,actor,type,aliases\n");
        Path run = tmp.resolve("run");
        Files.createDirectories(run);
        Files.writeString(run.resolve("forecasts.csv"), "doc_id,sentence,begin,end,text,gist,certainty,polarity,cues,"
                + "predictor,actors,topics,horizon,horizon_text\na,0,0,10,x,prices to rise,certain,positive,will,,,,2019,next year\n");
        Files.writeString(run.resolve("actors.csv"), "doc_id,actor,type,title,mentions,first_sentence,aliases\n");
        TextScores t = new Evaluator().evaluate(gold, run).text();
        assertEquals(new Scores.Prf(0, 1, 0), t.horizons());
        assertEquals(0, t.gists());
    }

    @Test
    void tokenF1IsABagOfLowerCasedWords() {
        assertEquals(1.0, TextScores.tokenF1("No fundamental shifts expected", "no fundamental shifts expected."), 1e-12);
        assertEquals(0.0, TextScores.tokenF1("", "talks"), 1e-12);
        assertEquals(2 * 0.5 * 1.0 / 1.5, TextScores.tokenF1("talks to resume soon", "talks resume"), 1e-12);
    }

    @Test
    void theTableShowsTheTextMetricsBelowTheOthers() {
        Scores s = new Scores(new Scores.Prf(5, 8, 6), 0.4, 0.8, 0.6, 5, new Scores.Prf(3, 5, 4),
                new TextScores(new Scores.Prf(9, 10, 12), 0.5, 5, 2, 8));
        String table = s.table().replace(System.lineSeparator(), "\n");
        assertEquals(String.join("\n",
                "horizon precision         0.900  9/10",
                "horizon recall            0.750  9/12",
                "gist token F1             0.500  of 5",
                "broken gists                  2  of 8",
                ""), table.substring(table.indexOf("horizon precision")));
    }
}
