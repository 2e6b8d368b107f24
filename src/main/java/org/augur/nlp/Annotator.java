package org.augur.nlp;

import java.util.function.Predicate;
import org.augur.corpus.Article;

/**
 * Turns an article into an {@link AnnotatedDoc}. Every sentence is tokenised, tagged, lemmatised and
 * entity-tagged; only the sentences {@code needsAnalysis} accepts are parsed and time-tagged, because
 * the parse is where the time goes and only forecast candidates need it.
 */
public interface Annotator {
    AnnotatedDoc annotate(Article article, Predicate<Sentence> needsAnalysis);
}
