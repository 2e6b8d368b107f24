/**
 * Cues: the ConText-style lexicon (cues.tsv) of the words that may make a sentence a forecast, hedge it,
 * negate it or report it, and the verb lists read on either side of the decision. Consumes tagged
 * {@link org.augur.nlp.Sentence}s; produces {@link org.augur.cue.Cue}s (a kind and the tokens spanned).
 * Matching needs no parse, so it runs on every sentence; attribution and the forecast decision both read
 * it, and it reads neither.
 */
package org.augur.cue;
