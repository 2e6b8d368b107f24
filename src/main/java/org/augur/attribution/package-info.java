/**
 * Attribution: who speaks each sentence of an article. Consumes an {@link org.augur.nlp.AnnotatedDoc},
 * its actors and each sentence's cues (the reporting verbs are the lexicon's REPORT cues); produces one
 * immutable {@link org.augur.attribution.Discourse} per article, read once in sentence order:
 * paragraphs, quotations and who opens or closes them, interview turns, reported sources and the
 * documents that speak for whoever issued them, the lede's speaker. The forecast decision reads it (the
 * speaker is a feature of the model; the voice names the predictor); this package never reads the
 * decision.
 * <ul>
 *   <li>{@code DiscourseReader}: the one pass over the sentences, and the only mutable state.</li>
 *   <li>{@code Subjects}: who a reporting verb, a plan or a pronoun names; {@code Names}: the article's
 *       actors under a token, descriptions of sources, which names can stand as a predictor.</li>
 *   <li>{@link org.augur.attribution.SpeechSigns}: signs of speech read from words alone.</li>
 * </ul>
 */
package org.augur.attribution;
