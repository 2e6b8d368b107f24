/**
 * The natural-language layer: Augur's own immutable records for annotated text (tokens, sentences,
 * entity mentions, dependencies, time expressions) and the one adapter that fills them from Stanford
 * CoreNLP. No other package imports CoreNLP, so every extractor can be tested on hand-built documents.
 * {@link org.augur.nlp.Syntax} and {@link org.augur.nlp.WholeWords} answer the questions on a parse or a
 * text that every later stage asks the same way.
 */
package org.augur.nlp;
