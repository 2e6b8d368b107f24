package org.augur.nlp;

import org.augur.corpus.Article;

/**
 * Turns an article into an {@link AnnotatedDoc}. Every sentence is tokenised, tagged, lemmatised and
 * entity-tagged; only the sentences {@code toParse} selects are parsed, because the parse is where the
 * time goes and only some forecast candidates need it.
 */
public interface Annotator {
    AnnotatedDoc annotate(Article article, ParseSelector toParse);
}
