package org.augur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.augur.actor.RuleActorFinder;
import org.augur.attribution.Attribution;
import org.augur.corpus.Article;
import org.augur.corpus.Source;
import org.augur.cue.CueLexicon;
import org.augur.event.Horizons;
import org.augur.forecast.RuleForecastFinder;
import org.augur.nlp.AnnotatedDoc;
import org.augur.nlp.Annotator;
import org.augur.nlp.ParseSelector;
import org.augur.nlp.Sentence;
import org.augur.nlp.TimeExpression;
import org.augur.nlp.Token;
import org.augur.table.Format;
import org.augur.table.Table;
import org.augur.topic.RuleTopicFinder;
import org.augur.topic.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The result cache and --resume at the level of a run, with a model-free pipeline (a whitespace
 * "tagger" in front of the real rules) that counts how often it is built and used.
 */
class RunCacheTest {
    private final AtomicInteger builds = new AtomicInteger();
    private final AtomicInteger annotated = new AtomicInteger();
    /** How long each article takes to "tag", whatever interrupts the worker. */
    private volatile long tagMillis;

    /** Sentences end at ". ", tokens at spaces; capitalised words are PERSON, "will" is a modal. */
    private final class WhitespaceAnnotator implements Annotator {
        private final int failAfter;

        WhitespaceAnnotator(int failAfter) {
            this.failAfter = failAfter;
        }

        @Override
        public AnnotatedDoc annotate(Article article, ParseSelector toParse) {
            for (long end = System.nanoTime() + tagMillis * 1_000_000; System.nanoTime() < end; ) {
                Thread.onSpinWait();
            }
            if (annotated.incrementAndGet() > failAfter) {
                throw new AssertionError("killed");   // not an article's failure: the run dies
            }
            String text = article.text();
            List<Sentence> sentences = new ArrayList<>();
            int begin = 0;
            while (begin < text.length()) {
                int end = text.indexOf(". ", begin);
                end = end < 0 ? text.length() : end + 1;
                List<Token> tokens = new ArrayList<>();
                int at = begin;
                for (String w : text.substring(begin, end).split(" ")) {
                    if (!w.isEmpty()) {
                        String pos = w.equals("will") ? "MD" : w.endsWith(".") ? "." : "NN";
                        String ner = Character.isUpperCase(w.charAt(0)) ? "PERSON" : "O";
                        tokens.add(new Token(tokens.size(), w, at, at + w.length(), pos, w.toLowerCase(Locale.ROOT), ner));
                    }
                    at += w.length() + 1;
                }
                sentences.add(Sentence.shallow(sentences.size(), begin, end, text.substring(begin, end), tokens));
                begin = end + 1;
            }
            return new AnnotatedDoc(article, sentences, List.of());
        }
    }

    private LazyPipeline pipeline(int failAfter) {
        Taxonomy taxonomy = Taxonomy.standard();
        return new LazyPipeline(() -> {
            builds.incrementAndGet();
            return new Pipeline(new WhitespaceAnnotator(failAfter), RuleActorFinder.standard(),
                    RuleTopicFinder.standard(taxonomy), new Attribution(CueLexicon.standard()),
                    new RuleForecastFinder(CueLexicon.standard(), taxonomy),
                    new Horizons((a, s) -> List.<TimeExpression>of()));
        });
    }

    private static Path corpus(Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 0; i < 6; i++) {
            Files.writeString(corpus.resolve("a" + i + ".txt"), "Title " + i + "\n\nAlice Smith says peace will come. "
                    + "Bob Jones will visit Paris in year " + (2020 + i) + ". Nothing else happens here.");
        }
        return corpus;
    }

    private RunSummary run(Path corpus, Path out, LazyPipeline pipeline, ResultCache cache) throws RunException {
        RunOptions options = new RunOptions(List.of(corpus.toString()), false, out, Optional.empty(), Format.CSV,
                true, false, 1, 1_000_000);
        List<Source> sources = Run.list(options, new ByteArrayInputStream(new byte[0]));
        return new Run(pipeline, cache, options, new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new PrintWriter(new StringWriter()), Progress.NONE).execute(sources);
    }

    private static String tables(Path out) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Table t : Table.values()) {
            sb.append(Files.readString(out.resolve(t.label() + ".csv"), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    @Test
    void aRerunTakesEveryArticleFromTheCacheBuildsNoPipelineAndWritesTheSameBytes(@TempDir Path dir)
            throws Exception {
        Path corpus = corpus(dir);
        Path out = dir.resolve("out");
        ResultCache cache = new ResultCache(out.resolve(".augur-cache"), "config");
        RunSummary first = run(corpus, out, pipeline(Integer.MAX_VALUE), cache);
        String tables = tables(out);
        assertEquals(1, builds.get());
        assertEquals(0, first.cached());
        assertTrue(first.forecasts() > 0, tables);

        LazyPipeline second = pipeline(Integer.MAX_VALUE);
        RunSummary rerun = run(corpus, out, second, new ResultCache(out.resolve(".augur-cache"), "config"));
        assertFalse(second.loaded());
        assertEquals(1, builds.get());
        assertEquals(6, rerun.cached());
        assertEquals(tables, tables(out));
    }

    @Test
    void anotherConfigurationOrAChangedArticleMissesTheCache(@TempDir Path dir) throws Exception {
        Path corpus = corpus(dir);
        Path out = dir.resolve("out");
        run(corpus, out, pipeline(Integer.MAX_VALUE), new ResultCache(out.resolve(".augur-cache"), "config"));
        assertEquals(0, run(corpus, out, pipeline(Integer.MAX_VALUE),
                new ResultCache(out.resolve(".augur-cache"), "other models")).cached());
        Files.writeString(corpus.resolve("a0.txt"), "Changed. Carol will come.");
        assertEquals(5, run(corpus, out, pipeline(Integer.MAX_VALUE),
                new ResultCache(out.resolve(".augur-cache"), "other models")).cached());
    }

    /**
     * A worker still on an article when the run dies must not cache it after the run has ended: a
     * resumed run would then skip an article the dead run never finished.
     */
    @Test
    void aRunThatDiesLeavesNoWorkerBehind(@TempDir Path dir) throws Exception {
        Path corpus = corpus(dir);
        Path out = dir.resolve("out");
        tagMillis = 100;
        assertThrows(IllegalStateException.class,
                () -> run(corpus, out, pipeline(4), new ResultCache(out.resolve(".augur-cache"), "config")));
        annotated.set(0);   // a worker left behind would now tag its article and cache it
        Thread.sleep(3 * tagMillis);
        assertEquals(0, annotated.get());
        assertEquals(4, cacheEntries(out).size());
    }

    private static List<Path> cacheEntries(Path out) throws IOException {
        try (var files = Files.walk(out.resolve(".augur-cache"))) {
            return files.filter(f -> f.toString().endsWith(".csv") && !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    @Test
    void aKilledRunResumesFromItsFinishedArticlesToTheTablesOfAnUninterruptedRun(@TempDir Path dir)
            throws Exception {
        Path corpus = corpus(dir);
        Path whole = dir.resolve("whole");
        run(corpus, whole, pipeline(Integer.MAX_VALUE), new ResultCache(whole.resolve(".augur-cache"), "config"));

        Path out = dir.resolve("out");
        ResultCache cache = new ResultCache(out.resolve(".augur-cache"), "config");
        assertFalse(cache.interrupted());
        annotated.set(0);
        assertThrows(IllegalStateException.class, () -> run(corpus, out, pipeline(4), cache));
        assertTrue(cache.interrupted());
        assertFalse(Files.exists(out.resolve("documents.csv")));

        annotated.set(0);
        ResultCache resumed = new ResultCache(out.resolve(".augur-cache"), "config");
        RunSummary s = run(corpus, out, pipeline(Integer.MAX_VALUE), resumed);
        assertEquals(4, s.cached());
        assertEquals(2, annotated.get());
        assertFalse(resumed.interrupted());
        assertEquals(tables(whole), tables(out));
    }
}
