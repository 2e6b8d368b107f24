package org.augur.nlp;

import org.augur.corpus.Article;

/**
 * Turns an article into an {@link AnnotatedDoc}. Every sentence is tokenised, tagged, lemmatised and
 * entity-tagged; only the sentences {@code toParse} selects are parsed, because the parse is where the
 * time goes and only some forecast candidates need it.
 */
public interface Annotator {
    /**
     * Sentences longer than this many tokens (a page of links or a token dump with no sentence end) are
     * tokenised but not tagged, entity-tagged, parsed or time-tagged: their cost grows faster than their
     * length (SUTime alone took over two minutes on a 100,000-token sentence) and tags that long are noise.
     */
    int MAX_TAGGED_TOKENS = 400;

    AnnotatedDoc annotate(Article article, ParseSelector toParse);

    /**
     * The document with these sentences parsed too (those already parsed stay as they are): a stage that
     * learns only after annotation which sentences it needs parsed asks here. Annotators without a
     * parser return the document unchanged.
     */
    default AnnotatedDoc parse(AnnotatedDoc doc, java.util.Set<Integer> sentences) {
        return doc;
    }
}
