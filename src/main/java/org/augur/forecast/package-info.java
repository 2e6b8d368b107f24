/**
 * Forecasts: sentences that claim something about the future, with certainty, polarity, the cues that
 * decided them, who predicts, about whom and what, and by when. Cues come from a ConText-style lexicon
 * (cues.tsv); the dependency parse of candidate sentences decides which cues really predict, the scope
 * of negation, the reporting speaker and the gist. {@code EventClause} finds the
 * predicted event's own clause in the parse; the gist ({@code Gist}, checked by {@link
 * org.augur.forecast.GistRules}) and the horizon ({@link org.augur.forecast.Horizons}) are made only from it.
 */
package org.augur.forecast;
