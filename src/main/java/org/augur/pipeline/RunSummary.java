package org.augur.pipeline;

/** What a run did: articles seen and failed, rows written per table, and where the time went. */
public record RunSummary(int articles, int failed, int actors, int topics, int forecasts, long tokens,
                         double seconds) {
}
