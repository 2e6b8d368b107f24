package org.augur.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.augur.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gold sets of ../shared/data/eval, run through the real CLI and scored: guards against regressions
 * below the scores measured when the rules were written. Skipped when ../shared is absent.
 */
class GoldSetTest {
    private static final Path EVAL = Path.of("../shared/data/eval");

    private static Scores score(String set, Path out) throws IOException {
        Path gold = EVAL.resolve(set);
        assumeTrue(Files.isDirectory(gold), "no gold set at " + gold);
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setErr(new PrintWriter(err))
                .execute("extract", gold.resolve("corpus").toString(), "-o", out.toString(), "--quiet");
        assertEquals(0, code, err.toString());
        return new Evaluator().evaluate(gold, out);
    }

    @Test
    void seedForecastsAndActors(@TempDir Path out) throws IOException {
        Scores s = score("seed", out);
        assertEquals(6, s.forecasts().truePositives(), s.table());
        assertEquals(6, s.forecasts().predicted(), s.table());
        assertEquals(1.0, s.certainty(), s.table());
        assertEquals(1.0, s.polarity(), s.table());
        assertEquals(1.0, s.predictor(), s.table());
        assertEquals(13, s.actors().truePositives(), s.table());
        String actors = Files.readString(out.resolve("actors.csv"));
        assertTrue(actors.contains(",Trump,PERSON,"), actors);
        assertTrue(actors.contains(",Putin,PERSON,"), actors);
        assertTrue(actors.contains(",Kim Jong-un,PERSON,"), actors);
        assertTrue(actors.contains(",North Korea,PLACE,"), actors);
        assertTrue(actors.contains(",John Bolton,PERSON,National Security Advisor,"), actors);
    }

    @Test
    void devSetMeetsTheForecastAndActorTargets(@TempDir Path out) throws IOException {
        // The forecast model trained on every folder but dev with the sentence encoder's probability (issue
        // 25), on the revised dev gold (62 forecasts): measured P/R/F1 0.797/0.823/0.810, certainty 0.922,
        // polarity 0.961, predictor 0.863. Before it (trained on train and seed, no encoder): 0.765/0.839/
        // 0.800, so the precision and F1 floors rise and the recall floor gives up the one forecast it lost.
        // The cue rules alone scored F1 0.768 here too, but they were written against these very articles:
        // cross-validation by article (below) is what unseen articles get.
        Scores s = score("dev", out);
        assertTrue(s.forecasts().f1() >= 0.80, s.table());
        assertTrue(s.forecasts().precision() >= 0.78, s.table());
        assertTrue(s.forecasts().recall() >= 0.82, s.table());
        assertTrue(s.certainty() >= 0.85, s.table());
        assertTrue(s.polarity() >= 0.95, s.table());
        assertTrue(s.predictor() >= 0.85, s.table());
        assertTrue(s.actors().f1() >= 0.90, s.table());
        assertTrue(s.actors().precision() >= 0.85, s.table());
        assertTrue(s.actors().recall() >= 0.85, s.table());
    }

    @Test
    void speechesAreTheSpeakersOwnForecasts(@TempDir Path out) throws IOException {
        // UN General Debate speeches, a genre the model was not trained on: the speaker speaks in the first
        // person throughout, and "we will" is the speaker's forecast (gold AUTHOR), not that of the last
        // country or organisation a sentence happened to report on. Measured: P/R/F1 0.731/0.747/0.739,
        // certainty 0.941, polarity 0.971, predictor 0.926 (0.549 while "we" inherited the last speaker).
        Scores s = score("speeches", out);
        assertTrue(s.forecasts().f1() >= 0.72, s.table());
        assertTrue(s.certainty() >= 0.85, s.table());
        assertTrue(s.polarity() >= 0.95, s.table());
        assertTrue(s.predictor() >= 0.92, s.table());
    }

    @Test
    void trainCrossValidationBeatsTheRulesOnArticlesTheModelNeverSaw() {
        Path train = EVAL.resolve("train");
        assumeTrue(Files.isDirectory(train), "no gold set at " + train);
        java.io.ByteArrayOutputStream stdout = new java.io.ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(java.io.InputStream.nullInputStream(), stdout).setErr(new PrintWriter(err))
                .execute("eval", "--cv", "10", "--gold", train.toString());
        assertEquals(0, code, err.toString());
        String table = stdout.toString(java.nio.charset.StandardCharsets.UTF_8);
        // pooled / rules rows: precision recall F1 certainty polarity predictor. Measured (fifth session):
        // model 0.642 0.653 0.647 0.920 0.979 0.862; rules 0.608 0.625 0.616 0.911 0.978 0.867 (issue 14's
        // attribution took the predictor from 0.797).
        double[] model = row(table, "pooled");
        double[] rules = row(table, "rules");
        assertTrue(model[2] >= 0.64 && model[2] > rules[2] + 0.025, table);
        assertTrue(model[0] >= 0.62 && model[1] >= 0.64, table);
        assertTrue(model[3] >= 0.90 && model[4] >= 0.95 && model[5] >= 0.85, table);
    }

    @Test
    void theEncoderLiftsEveryFolderInCrossValidation() {
        assumeTrue(Files.isDirectory(EVAL.resolve("speeches-more")), "no gold sets at " + EVAL);
        List<String> args = new java.util.ArrayList<>(List.of("eval", "--cv", "10"));
        for (String folder : List.of("train", "news-more", "speeches", "speeches-more", "seed")) {
            args.addAll(List.of("--gold", EVAL.resolve(folder).toString()));
        }
        args.addAll(List.of("--encoder-scores", "src/train/encoder-oof.tsv"));
        java.io.ByteArrayOutputStream stdout = new java.io.ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(java.io.InputStream.nullInputStream(), stdout).setErr(new PrintWriter(err))
                .execute(args.toArray(String[]::new));
        assertEquals(0, code, err.toString());
        String table = stdout.toString(java.nio.charset.StandardCharsets.UTF_8);
        // Issue 25, measured: pooled F1 train 0.670, news-more 0.575, speeches 0.831, speeches-more 0.749
        // (today's features on the same folds: 0.645, 0.529, 0.807, 0.734); certainty 0.906, polarity 0.977.
        double[] pooled = row(table, "pooled");
        assertTrue(pooled[2] >= 0.71 && pooled[3] >= 0.90 && pooled[4] >= 0.96, table);
        assertTrue(folderRow(table, "train")[2] >= 0.66, table);
        assertTrue(folderRow(table, "news-more")[2] >= 0.56, table);
        assertTrue(folderRow(table, "speeches")[2] >= 0.82, table);
        assertTrue(folderRow(table, "speeches-more")[2] >= 0.74, table);
    }

    /** A folder's own pooled row of a cross-validation over several folders. */
    private static double[] folderRow(String table, String folder) {
        String line = table.lines().filter(l -> l.startsWith("pooled ") && l.endsWith("(" + folder + ")"))
                .findFirst().orElseThrow();
        String[] cells = line.replace("(" + folder + ")", "").trim().split("\\s+");
        double[] out = new double[6];
        for (int i = 0; i < 6; i++) {
            out[i] = Double.parseDouble(cells[cells.length - 6 + i]);
        }
        return out;
    }

    /**
     * Issue 14: in the dev and train outputs every predictor is the metadata author, an actor of its
     * article exactly as actors.csv names it, or a description of people or an organisation (its head
     * noun in attribution/source-nouns.txt, never one title word alone): no document, event or role word.
     */
    @Test
    void everyPredictorIsAnActorTheAuthorOrADescriptionOfPeople(@TempDir Path dev, @TempDir Path train)
            throws IOException {
        java.util.Set<String> people = java.util.Set.copyOf(org.augur.nlp.Lexicon.lines(
                org.augur.attribution.Discourse.class, "source-nouns.txt"));
        java.util.Set<String> titles = java.util.Set.copyOf(org.augur.nlp.Lexicon.lines(
                org.augur.actor.Actor.class, "titles.txt"));
        for (java.util.Map.Entry<String, Path> set : java.util.Map.of("dev", dev, "train", train).entrySet()) {
            score(set.getKey(), set.getValue());
            java.util.Map<String, String> authors = Evaluator.authors(EVAL.resolve(set.getKey()));
            java.util.Set<String> actors = new java.util.HashSet<>();
            java.util.Set<String> aliases = new java.util.HashSet<>();
            for (java.util.List<String> row : org.augur.testing.Tables.rows(set.getValue(), org.augur.table.Table.ACTORS)) {
                actors.add(row.get(0) + "\t" + row.get(1));
                for (String alias : row.get(6).split("\\|")) {
                    aliases.add(row.get(0) + "\t" + alias);
                }
            }
            for (java.util.List<String> row : org.augur.testing.Tables.rows(set.getValue(), org.augur.table.Table.FORECASTS)) {
                String doc = row.get(0);
                String predictor = row.get(9);
                if (predictor.isEmpty() || predictor.equals(authors.get(doc)) || actors.contains(doc + "\t" + predictor)) {
                    continue;
                }
                // Names the sentence joins ("Biden and Sanders announced"): each as the actors table writes it.
                String[] joined = predictor.split(", | and ");
                if (joined.length > 1 && java.util.Arrays.stream(joined).allMatch(name -> aliases.contains(doc + "\t" + name))) {
                    continue;
                }
                String[] words = predictor.toLowerCase(java.util.Locale.ROOT).split(" ");
                String head = words[words.length - 1];
                String singular = head.endsWith("ies") ? head.substring(0, head.length() - 3) + "y"
                        : head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
                boolean described = people.contains(head) || people.contains(singular);
                boolean bareTitle = words.length == 1 && titles.contains(head);
                assertTrue(described && !bareTitle, set.getKey() + " " + doc + ": predictor '" + predictor
                        + "' is neither the author, an actor of the article, nor a description of people");
            }
        }
    }

    /**
     * Issue 14: on the dev output every predictor that names someone is the canonical name of an actor of
     * its article, the same string as in actors.csv, never another of its aliases. A predictor that is no
     * actor is a description of people ("court clerk", "unnamed defence officials"), which the annotation
     * guidelines keep out of actors.csv: it reads as a description (its head word lower case) and is no
     * alias of an actor. README (Forecasts, Who predicts) documents this departure from the letter.
     */
    @Test
    void everyNamedPredictorIsAnActorOfItsArticleAsActorsCsvNamesIt(@TempDir Path dev) throws IOException {
        score("dev", dev);
        java.util.Map<String, String> authors = Evaluator.authors(EVAL.resolve("dev"));
        java.util.Set<String> actors = new java.util.HashSet<>();
        java.util.Set<String> aliases = new java.util.HashSet<>();
        for (java.util.List<String> row : org.augur.testing.Tables.rows(dev, org.augur.table.Table.ACTORS)) {
            actors.add(row.get(0) + "\t" + row.get(1));
            for (String alias : (row.get(1) + "|" + row.get(6)).split("\\|")) {
                aliases.add(row.get(0) + "\t" + alias.toLowerCase(java.util.Locale.ROOT));
            }
        }
        int named = 0;
        java.util.List<String> descriptions = new java.util.ArrayList<>();
        for (java.util.List<String> row : org.augur.testing.Tables.rows(dev, org.augur.table.Table.FORECASTS)) {
            String doc = row.get(0);
            String predictor = row.get(9);
            if (predictor.isEmpty() || predictor.equals(authors.get(doc))) {
                continue;
            }
            if (actors.contains(doc + "\t" + predictor)) {
                named++;
                continue;
            }
            String head = predictor.substring(predictor.lastIndexOf(' ') + 1);
            assertTrue(Character.isLowerCase(head.charAt(0))
                            && !aliases.contains(doc + "\t" + predictor.toLowerCase(java.util.Locale.ROOT)),
                    doc + ": predictor '" + predictor + "' is neither an actor of the article as actors.csv names it"
                            + " nor a description of people");
            descriptions.add(predictor);
        }
        // Measured: 52 predictors name an actor, 1 is a description ("court clerk").
        assertTrue(named >= 40 && descriptions.size() <= named / 10, named + " actors, descriptions " + descriptions);
    }

    private static double[] row(String table, String name) {
        String line = table.lines().filter(l -> l.startsWith(name + " ")).findFirst().orElseThrow();
        String[] cells = line.trim().split("\\s+");
        double[] out = new double[6];
        for (int i = 0; i < 6; i++) {
            out[i] = Double.parseDouble(cells[cells.length - 6 + i]);
        }
        return out;
    }
}
