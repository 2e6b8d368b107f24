/**
 * Evaluation of a finished run against a gold folder (DESIGN.md, "Gold format"): forecast
 * precision/recall/F1 by sentence overlap, certainty/polarity/predictor accuracy on matched forecasts,
 * and actor precision/recall/F1 by alias; on matched forecasts also horizon precision/recall, gist
 * token-F1 and the count of gists that break the headline rules ({@link org.augur.eval.TextScores}).
 */
package org.augur.eval;
