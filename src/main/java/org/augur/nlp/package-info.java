/**
 * The natural-language layer: Augur's own immutable records for annotated text (tokens, sentences,
 * entity mentions, dependencies, time expressions) and the one adapter that fills them from Stanford
 * CoreNLP. No other package imports CoreNLP, so every extractor can be tested on hand-built documents.
 */
package org.augur.nlp;
