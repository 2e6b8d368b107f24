/**
 * Forecasts: sentences that claim something about the future, with certainty, polarity, the cues that
 * decided them, who predicts, about whom and what, and by when. Cues come from a ConText-style lexicon
 * (cues.tsv); the dependency parse of candidate sentences decides which cues really predict, the scope
 * of negation, the reporting speaker and the gist.
 */
package org.augur.forecast;
