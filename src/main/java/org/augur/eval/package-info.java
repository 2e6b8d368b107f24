/**
 * Evaluation of a finished run against a gold folder (DESIGN.md, "Gold format"): forecast
 * precision/recall/F1 by sentence overlap, certainty/polarity/predictor accuracy on matched forecasts,
 * and actor precision/recall/F1 by alias.
 */
package org.augur.eval;
