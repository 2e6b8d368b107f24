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

    /**
     * Characters of the text that no token holds and that are not white space: what CoreNLP's tokenizer
     * left out as untokenizable (control characters, U+FFFD, bidirectional marks such as U+2066), and the
     * invisible ones it drops without a word (U+200B, a stray U+FEFF).
     */
    public long untokenizable() {
        String text = article.text();
        long count = 0;
        int from = 0;
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                count += visible(text, from, Math.max(from, t.begin()));
                from = Math.max(from, t.end());
            }
        }
        return count + visible(text, from, text.length());
    }

    private static long visible(String text, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isLowSurrogate(c)) {
                n++;
            }
        }
        return n;
    }
}
