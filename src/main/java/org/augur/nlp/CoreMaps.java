package org.augur.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/** Augur's records back into CoreNLP's, for the annotators that run after tagging. */
final class CoreMaps {
    private CoreMaps() {
    }

    /**
     * A CoreNLP sentence rebuilt from Augur's tokens: word, tag, lemma, entity tag, char offsets and the
     * text between tokens, which is all that the parser and SUTime read.
     */
    static CoreMap sentence(Sentence s, String text) {
        return span(s, 0, s.tokens().size(), text);
    }

    /** The tokens {@code from} (inclusive) to {@code to} of a sentence, rebuilt as a sentence of their own. */
    static CoreMap span(Sentence s, int from, int to, String text) {
        List<Token> tokens = s.tokens().subList(from, to);
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            CoreLabel l = new CoreLabel();
            l.setWord(t.word());
            l.setValue(t.word());
            l.setOriginalText(text.substring(t.begin(), t.end()));
            l.setBeginPosition(t.begin());
            l.setEndPosition(t.end());
            l.setTag(t.pos());
            l.setLemma(t.lemma());
            l.setNER(t.ner());
            l.setIndex(i + 1);
            l.setSentIndex(s.index());
            l.setBefore(i == 0 ? "" : text.substring(tokens.get(i - 1).end(), t.begin()));
            l.setAfter(i + 1 < tokens.size() ? text.substring(t.end(), tokens.get(i + 1).begin()) : "");
            labels.add(l);
        }
        boolean whole = from == 0 && to == s.tokens().size();
        int begin = whole ? s.begin() : tokens.get(0).begin();
        int end = whole ? s.end() : tokens.get(tokens.size() - 1).end();
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
        sentence.set(CoreAnnotations.TextAnnotation.class, whole ? s.text() : text.substring(begin, end));
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, s.index());
        sentence.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
        sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokens.size());
        return sentence;
    }
}
