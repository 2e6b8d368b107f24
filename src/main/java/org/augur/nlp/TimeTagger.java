package org.augur.nlp;

import java.util.List;
import java.util.function.IntPredicate;
import org.augur.corpus.Article;

/**
 * Finds the time expressions of one sentence, normalised against the article's date ("next week" →
 * {@code 2018-W29}). Asked only for the sentences that need them (forecasts, for their horizon),
 * because temporal tagging costs as much per sentence as parsing.
 */
public interface TimeTagger {
    List<TimeExpression> find(Article article, Sentence sentence);

    /**
     * As {@link #find(Article, Sentence)}, but a tagger may leave out the expressions that cannot hold a
     * token for which {@code wanted} holds (by token index), and read less of the sentence for it. The
     * expressions it does return are the same as {@link #find(Article, Sentence)}'s.
     */
    default List<TimeExpression> find(Article article, Sentence sentence, IntPredicate wanted) {
        return find(article, sentence);
    }
}
