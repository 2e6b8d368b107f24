package org.augur.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.augur.corpus.Article;
import org.augur.corpus.Metadata;
import org.augur.nlp.AnnotatedDoc;
import org.augur.nlp.Dependency;
import org.augur.nlp.EntityMention;
import org.augur.nlp.Sentence;
import org.augur.nlp.Token;

/**
 * Hand-built documents for model-free extractor tests. A sentence is written as tokens
 * {@code word/POS[/lemma[/NER]]} separated by spaces; dependencies as {@code "rel gov dep"} with
 * 0-based token indices and -1 for the root. Entity mentions are built from runs of equal NER tags.
 */
public final class Docs {
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<EntityMention> mentions = new ArrayList<>();
    private Metadata metadata = Metadata.NONE;
    private boolean paragraphBreak;

    public static Docs doc() {
        return new Docs();
    }

    public Docs author(String author) {
        metadata = new Metadata(metadata.date(), Optional.empty(), Optional.of(author), Optional.empty(), Optional.empty());
        return this;
    }

    /** The article's date (ISO 8601), which anchors relative time expressions. */
    public Docs date(String date) {
        metadata = new Metadata(Optional.of(java.time.LocalDate.parse(date)), Optional.empty(), metadata.author(),
                Optional.empty(), Optional.empty());
        return this;
    }

    /** Starts a new paragraph: the next sentence follows a blank line. */
    public Docs paragraph() {
        paragraphBreak = true;
        return this;
    }

    /**
     * Adds a sentence; a word written {@code ~word} stands without a space before it ("Jong-un"), one written
     * {@code ¶word} after a blank line (a headline the sentence splitter joined to the sentence under it), one
     * written {@code ↵word} after a line break (a line wrapped in the middle of a sentence).
     */
    public Docs sentence(String tokens, String... deps) {
        if (text.length() > 0) {
            text.append(paragraphBreak ? "\n\n" : " ");
        }
        paragraphBreak = false;
        int begin = text.length();
        List<Token> list = new ArrayList<>();
        String[] parts = tokens.split(" ");
        for (int i = 0; i < parts.length; i++) {
            String[] f = parts[i].split("/");
            String word = f[0].replace('_', ' ');
            boolean glued = word.startsWith("~");
            boolean paragraph = word.startsWith("¶");
            boolean wrapped = word.startsWith("↵");
            if (glued || paragraph || wrapped) {
                word = word.substring(1);
            }
            if (paragraph) {
                text.append("\n\n");
            } else if (wrapped) {
                text.append('\n');
            } else if (!glued && i > 0) {
                text.append(' ');
            }
            int b = text.length();
            text.append(word);
            String pos = f.length > 1 ? f[1] : "NN";
            String lemma = f.length > 2 && !f[2].isEmpty() ? f[2] : word.toLowerCase(java.util.Locale.ROOT);
            String ner = f.length > 3 ? f[3] : "O";
            list.add(new Token(i, word, b, text.length(), pos, lemma, ner));
        }
        int index = sentences.size();
        String sentenceText = text.substring(begin);
        Sentence s = Sentence.shallow(index, begin, text.length(), sentenceText, list);
        if (deps.length > 0) {
            List<Dependency> d = new ArrayList<>();
            for (String dep : deps) {
                String[] f = dep.split(" ");
                d.add(new Dependency(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2])));
            }
            s = s.withAnalysis(d);
        }
        sentences.add(s);
        int i = 0;
        while (i < list.size()) {
            String tag = list.get(i).ner();
            int j = i + 1;
            while (j < list.size() && list.get(j).ner().equals(tag)) {
                j++;
            }
            if (!tag.equals("O")) {
                int b = list.get(i).begin();
                int e = list.get(j - 1).end();
                mentions.add(new EntityMention(index, i, j, b, e, text.substring(b, e), tag));
            }
            i = j;
        }
        return this;
    }

    public AnnotatedDoc build() {
        return new AnnotatedDoc(new Article("test.txt", text.toString(), metadata), sentences, mentions);
    }
}
