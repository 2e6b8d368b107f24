package org.augur.pipeline;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a run did: articles seen, failed, taken from the result cache and read with bad bytes as U+FFFD,
 * rows written per table, characters CoreNLP could not tokenize (in all, and by doc_id for the articles
 * that had any), and where the time went.
 */
public record RunSummary(int articles, int failed, int cached, int replaced, int actors, int topics, int forecasts,
                         long tokens, long untokenizable, SortedMap<String, Long> untokenizableByArticle,
                         double seconds) {
    public RunSummary {
        untokenizableByArticle = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(untokenizableByArticle));
    }

    /** A summary of a run that found no bad bytes and no untokenizable character. */
    public RunSummary(int articles, int failed, int cached, int actors, int topics, int forecasts, long tokens,
                      double seconds) {
        this(articles, failed, cached, 0, actors, topics, forecasts, tokens, 0, new TreeMap<>(Map.of()), seconds);
    }
}
