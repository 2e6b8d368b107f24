package org.augur.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Evaluator on a small gold folder and run folder written in a temporary folder. */
class EvaluatorTest {
    private static final String GOLD_FORECASTS = "doc_id,sentence,begin,end,text,is_forecast,certainty,polarity,predictor,gist";
    private static final String RUN_FORECASTS = "doc_id,sentence,begin,end,text,gist,certainty,polarity,cues,predictor,"
            + "actors,topics,horizon,horizon_text";
    private static final String GOLD_ACTORS = "doc_id,actor,type,aliases";
    private static final String RUN_ACTORS = "doc_id,actor,type,title,mentions,first_sentence,aliases";
    private static final double EXACT = 1e-12;

    @TempDir
    Path tmp;
    Path gold;
    Path run;

    @BeforeEach
    void folders() throws IOException {
        gold = tmp.resolve("gold-folder");
        run = tmp.resolve("run");
        Files.createDirectories(gold.resolve("corpus"));
        Files.createDirectories(gold.resolve("gold"));
        Files.createDirectories(run);
        Files.writeString(gold.resolve("corpus/metadata.csv"), "file,author\nb.txt,Jane Roe\n");
        goldActors();
        runActors();
    }

    private static void write(Path file, String header, String... rows) throws IOException {
        Files.writeString(file, header + "\n" + String.join("\n", rows) + (rows.length > 0 ? "\n" : ""));
    }

    private void goldForecasts(String... rows) throws IOException {
        write(gold.resolve("gold/forecasts.csv"), GOLD_FORECASTS, rows);
    }

    /** A gold sentence: doc, begin, end, is_forecast, certainty, polarity, predictor. */
    private static String g(String doc, int begin, int end, int forecast, String certainty, String polarity,
                            String predictor) {
        return String.join(",", doc, "0", "" + begin, "" + end, "text", "" + forecast, certainty, polarity, predictor, "");
    }

    private void runForecasts(String... rows) throws IOException {
        write(run.resolve("forecasts.csv"), RUN_FORECASTS, rows);
    }

    /** A predicted forecast: doc, begin, end, certainty, polarity, predictor. */
    private static String p(String doc, int begin, int end, String certainty, String polarity, String predictor) {
        return String.join(",", doc, "0", "" + begin, "" + end, "text", "gist", certainty, polarity, "will", predictor,
                "", "", "", "");
    }

    private void goldActors(String... rows) throws IOException {
        write(gold.resolve("gold/actors.csv"), GOLD_ACTORS, rows);
    }

    private void runActors(String... rows) throws IOException {
        write(run.resolve("actors.csv"), RUN_ACTORS, rows);
    }

    /** A predicted actor row: doc, name, aliases. */
    private static String a(String doc, String name, String aliases) {
        return String.join(",", doc, name, "PERSON", "", "1", "0", aliases);
    }

    private Scores evaluate() throws IOException {
        return new Evaluator().evaluate(gold, run);
    }

    @Test
    void forecastScoresOnASmallRun() throws IOException {
        goldForecasts(
                g("a.txt", 0, 20, 0, "", "", ""),
                g("a.txt", 21, 60, 1, "certain", "positive", "AUTHOR"),
                g("a.txt", 61, 100, 1, "probable", "negative", "Ivan Timofeev"),
                g("a.txt", 101, 140, 1, "possible", "positive", "the National Hurricane Center"),
                g("a.txt", 141, 180, 1, "certain", "positive", "Dmitry Peskov"),
                g("b.txt", 0, 50, 1, "certain", "positive", "Dmitry Peskov"),
                g("b.txt", 51, 90, 1, "probable", "positive", "AUTHOR"));
        runForecasts(
                p("a.txt", 21, 60, "certain", "positive", ""),                 // TP: all right (AUTHOR = empty)
                p("a.txt", 61, 100, "possible", "positive", "Timofeev"),       // TP: certainty, polarity wrong
                p("a.txt", 101, 140, "certain", "positive", "Hurricane Centre"), // TP: certainty, predictor wrong
                p("a.txt", 0, 20, "certain", "positive", "AUTHOR"),            // FP: not a forecast sentence
                p("a.txt", 25, 60, "certain", "positive", ""),                 // FP: gold sentence already matched
                p("b.txt", 0, 50, "probable", "positive", "Peskov's office"),  // TP: certainty, predictor wrong
                p("c.txt", 0, 10, "certain", "positive", ""),                  // FP: no such gold document
                p("b.txt", 51, 90, "probable", "positive", "jane roe"));       // TP: all right (metadata author)
        Scores s = evaluate();
        assertEquals(new Scores.Prf(5, 8, 6), s.forecasts());
        assertEquals(5.0 / 8, s.forecasts().precision(), EXACT);
        assertEquals(5.0 / 6, s.forecasts().recall(), EXACT);
        assertEquals(5.0 / 7, s.forecasts().f1(), EXACT);
        assertEquals(5, s.matched());
        assertEquals(0.4, s.certainty(), EXACT);
        assertEquals(0.8, s.polarity(), EXACT);
        assertEquals(0.6, s.predictor(), EXACT);
    }

    @Test
    void predictionCoveringExactlyHalfOfTheGoldSentenceMatches() throws IOException {
        goldForecasts(g("a.txt", 100, 140, 1, "certain", "positive", "AUTHOR"));
        runForecasts(p("a.txt", 120, 200, "certain", "positive", ""));
        assertEquals(new Scores.Prf(1, 1, 1), evaluate().forecasts());
    }

    @Test
    void predictionCoveringLessThanHalfOfTheGoldSentenceDoesNotMatch() throws IOException {
        goldForecasts(g("a.txt", 100, 140, 1, "certain", "positive", "AUTHOR"));
        runForecasts(p("a.txt", 121, 200, "certain", "positive", ""));
        Scores s = evaluate();
        assertEquals(new Scores.Prf(0, 1, 1), s.forecasts());
        assertEquals(0, s.matched());
        assertEquals(0.0, s.certainty());
    }

    @Test
    void predictionMatchesTheGoldSentenceItOverlapsMost() throws IOException {
        goldForecasts(
                g("a.txt", 0, 10, 0, "", "", ""),
                g("a.txt", 10, 40, 1, "certain", "positive", "AUTHOR"));
        runForecasts(p("a.txt", 5, 40, "certain", "positive", ""));      // 5 chars of s0, 30 of s1
        assertEquals(new Scores.Prf(1, 1, 1), evaluate().forecasts());
        runForecasts(p("a.txt", 0, 12, "certain", "positive", ""));      // 10 chars of s0, 2 of s1
        assertEquals(new Scores.Prf(0, 1, 1), evaluate().forecasts());
    }

    @Test
    void emptyRunScoresZero() throws IOException {
        goldForecasts(g("a.txt", 0, 10, 1, "certain", "positive", "AUTHOR"));
        runForecasts();
        Scores s = evaluate();
        assertEquals(new Scores.Prf(0, 0, 1), s.forecasts());
        assertEquals(0.0, s.forecasts().precision());
        assertEquals(0.0, s.forecasts().recall());
        assertEquals(0.0, s.forecasts().f1());
    }

    @ParameterizedTest(name = "gold [{0}] predicted [{1}] author [{2}] -> {3}")
    @CsvSource(nullValues = "null", textBlock = """
            AUTHOR,                          '',                  null,     true
            AUTHOR,                          '',                  Jane Roe, true
            author,                          Jane Roe,            Jane Roe, true
            AUTHOR,                          JANE ROE ,           Jane Roe, true
            AUTHOR,                          Jane Roe,            null,     false
            AUTHOR,                          John Doe,            Jane Roe, false
            AUTHOR,                          Roe,                 Jane Roe, false
            Ivan Timofeev,                   ivan timofeev,       null,     true
            Ivan Timofeev,                   Timofeev,            null,     true
            Timofeev,                        Ivan Timofeev,       null,     true
            the National Hurricane Center,   Hurricane Center,    null,     true
            Ivan Timofeev,                   Timo,                null,     false
            Ivan Timofeev,                   Ivan Timofeevich,    null,     false
            Dmitry Peskov,                   Peskov's office,     null,     false
            Ivan Timofeev,                   '',                  null,     false
            """)
    void predictorRule(String gold, String predicted, String author, boolean matches) {
        assertEquals(matches, Evaluator.predictorMatches(gold, predicted, author));
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            Kim Jong-un          | kim jong un
            KIM JONG–UN          | kim jong un
            Kim   Jong—un        | kim jong un
            '  U.S.  '           | u.s.
            O’Brien              | o'brien
            Jean-Marie Le Pen    | jean marie le pen
            """)
    void foldFoldsCaseDashesApostrophesAndSpaces(String name, String folded) {
        assertEquals(folded, Evaluator.fold(name));
    }

    @Test
    void actorsMatchByNameThenAliasWithFoldingOncePerGoldActorWithinTheirDocument() throws IOException {
        goldForecasts();
        runForecasts();
        goldActors(
                "a.txt,Kim Jong-un,PERSON,Kim Jong-un|Kim",
                "a.txt,United States,PLACE,United States|US|America",
                "a.txt,Vladimir Putin,PERSON,Vladimir Putin|Putin",
                "b.txt,NATO,ORGANIZATION,NATO");
        runActors(
                a("a.txt", "KIM JONG UN", "KIM JONG UN"),   // TP by name: case and dash folded
                a("a.txt", "U.S.", "U.S.|America"),         // TP by alias
                a("a.txt", "Kim Jong–un", "Kim Jong–un"),   // FP: Kim already matched
                a("a.txt", "NATO", "NATO"),                 // FP: NATO is gold in b.txt only
                a("b.txt", "nato", "nato"));                // TP
        Scores.Prf actors = evaluate().actors();
        assertEquals(new Scores.Prf(3, 5, 4), actors);
        assertEquals(0.6, actors.precision(), EXACT);
        assertEquals(0.75, actors.recall(), EXACT);
        assertEquals(2.0 / 3, actors.f1(), EXACT);
    }

    @Test
    void namesAreMatchedBeforeAliasesSoAnAliasCannotTakeANamedActor() throws IOException {
        goldForecasts();
        runForecasts();
        goldActors(
                "a.txt,Donald Trump,PERSON,Donald Trump|Trump",
                "a.txt,Trump Organization,ORGANIZATION,Trump Organization|Trump");
        runActors(
                a("a.txt", "Trump Org.", "Trump"),          // by alias: Donald Trump is taken, so Trump Organization
                a("a.txt", "Donald Trump", "Donald Trump")); // by name
        assertEquals(new Scores.Prf(2, 2, 2), evaluate().actors());
    }

    @Test
    void missingRunTableIsAnError() throws IOException {
        goldForecasts();
        IOException e = assertThrows(IOException.class, this::evaluate);
        assertEquals("missing " + run.resolve("forecasts.csv"), e.getMessage());
    }

    @Test
    void scoresTable() {
        Scores s = new Scores(new Scores.Prf(5, 8, 6), 0.4, 0.8, 0.6, 5, new Scores.Prf(3, 5, 4));
        assertEquals(String.join("\n",
                "metric                    value",
                "forecast precision        0.625  5/8",
                "forecast recall           0.833  5/6",
                "forecast F1               0.714",
                "certainty accuracy        0.400  of 5",
                "polarity accuracy         0.800  of 5",
                "predictor accuracy        0.600  of 5",
                "actor precision           0.600  3/5",
                "actor recall              0.750  3/4",
                "actor F1                  0.667",
                ""), s.table().replace(System.lineSeparator(), "\n"));
    }
}
