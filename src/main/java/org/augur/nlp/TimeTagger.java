package org.augur.nlp;

import java.util.List;
import org.augur.corpus.Article;

/**
 * Finds the time expressions of one sentence, normalised against the article's date ("next week" →
 * {@code 2018-W29}). Asked only for the sentences that need them (forecasts, for their horizon),
 * because temporal tagging costs as much per sentence as parsing.
 */
public interface TimeTagger {
    List<TimeExpression> find(Article article, Sentence sentence);
}
