package org.augur.nlp;

import java.util.List;
import java.util.Set;

/**
 * Chooses which sentences of an article to parse, after tagging and before parsing: the parse is where
 * the annotator spends its time, and only the sentences whose parse can change the output need one.
 */
@FunctionalInterface
public interface ParseSelector {
    /** The indexes of the sentences to parse, given every sentence tagged but unparsed, in order. */
    Set<Integer> select(List<Sentence> sentences);
}
