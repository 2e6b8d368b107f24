package org.augur.pipeline;

/**
 * What a run did: articles seen, failed and taken from the result cache, rows written per table, and
 * where the time went.
 */
public record RunSummary(int articles, int failed, int cached, int actors, int topics, int forecasts, long tokens,
                         double seconds) {
}
