package org.augur.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.augur.corpus.Article;
import org.augur.corpus.ArticleException;
import org.augur.corpus.ArticleReader;
import org.augur.corpus.CorpusLister;
import org.augur.corpus.Source;
import org.augur.eval.Evaluator.GoldSentence;
import org.augur.forecast.Candidate;
import org.augur.forecast.ForecastFeatures;
import org.augur.forecast.ForecastTraining.Labelled;
import org.augur.forecast.RuleForecastFinder;
import org.augur.pipeline.Pipeline;

/**
 * The forecast candidates of a gold folder's articles, each labelled by the gold sentence it matches
 * (the evaluator's matching): the examples the forecast model is trained and cross-validated on. Each
 * article is annotated once, by the same pipeline that extracts, so training and extraction read the
 * same records.
 */
public final class GoldCandidates {

    /** A gold folder's sentences and its candidates, labelled. */
    public record Folder(Path dir, List<GoldSentence> gold, Map<String, String> authors, List<Labelled> candidates) {
    }

    private GoldCandidates() {
    }

    /** Reads, annotates and labels every article of {@code goldDir}/corpus, on {@code threads} threads. */
    public static Folder of(Path goldDir, Pipeline pipeline, RuleForecastFinder rules, int threads) throws IOException {
        return of(goldDir, pipeline, rules, threads, EncoderScores.NONE);
    }

    /**
     * As {@link #of(Path, Pipeline, RuleForecastFinder, int)}, each candidate with the sentence encoder's
     * features from {@code scores} (out-of-fold probabilities: see src/train/README.md) when it holds
     * this folder.
     */
    public static Folder of(Path goldDir, Pipeline pipeline, RuleForecastFinder rules, int threads,
                            EncoderScores scores) throws IOException {
        List<GoldSentence> gold = Evaluator.gold(goldDir);
        Map<String, List<GoldSentence>> byDoc = new HashMap<>();
        gold.forEach(g -> byDoc.computeIfAbsent(g.doc(), k -> new ArrayList<>()).add(g));
        List<Source> sources = new CorpusLister(System.in, false).list(List.of(goldDir.resolve("corpus").toString()));
        ArticleReader reader = new ArticleReader(Long.MAX_VALUE);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<List<Labelled>>> futures = new ArrayList<>();
            Map<String, Double> encoderScores = scores.ofFolder(goldDir);
            for (Source source : sources) {
                futures.add(pool.submit(() -> label(reader.read(source), pipeline, rules, byDoc, encoderScores)));
            }
            List<Labelled> out = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    out.addAll(futures.get(i).get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    throw new IOException(sources.get(i).docId() + ": " + (cause instanceof ArticleException a
                            ? a.getMessage() : cause.toString()), cause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
            return new Folder(goldDir, gold, Evaluator.authors(goldDir), out);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Labelled> label(Article article, Pipeline pipeline, RuleForecastFinder rules,
                                        Map<String, List<GoldSentence>> byDoc, Map<String, Double> scores) {
        Pipeline.Analysis a = pipeline.analyse(article);
        List<Labelled> out = new ArrayList<>();
        for (Candidate c : rules.candidates(a.doc(), a.actors())) {
            if (!scores.isEmpty()) {
                Double p = scores.get(article.docId() + "\t" + c.sentence());
                if (p == null) {
                    throw new IllegalArgumentException("the encoder scores give no probability for sentence "
                            + c.sentence() + " of " + article.docId());
                }
                c = c.withFeatures(ForecastFeatures.encoder(p));
            }
            GoldSentence g = Evaluator.match(byDoc, article.docId(), c.outline().begin(), c.outline().end());
            boolean forecast = g != null && g.forecast();
            out.add(new Labelled(article.docId(), c, forecast, forecast ? g.certainty() : ""));
        }
        return out;
    }
}
