package org.augur.nlp;

import java.util.List;
import org.augur.corpus.Article;

/** An article after the NLP layer: its sentences and the entity mentions the tagger found. */
public record AnnotatedDoc(Article article, List<Sentence> sentences, List<EntityMention> mentions) {
    public AnnotatedDoc {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
