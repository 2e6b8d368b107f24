package org.augur.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.augur.nlp.Sentence;
import org.augur.nlp.Token;

/**
 * A sentence as lower-case words for phrase matching: each word has its lemma and its form, and
 * hyphenated words the tokenizer split ("non", "-", "proliferation") are joined back into one.
 */
record Words(List<Word> list) {

    /** One word: lemma, lower-cased form, and the tokens [from, to) it covers. */
    record Word(String lemma, String form, String pos, int from, int to) {
        boolean matches(String key) {
            return key.equals("*") || key.equals(lemma) || key.equals(form);
        }
    }

    static Words of(Sentence s) {
        List<Word> out = new ArrayList<>();
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
            int j = i + 1;
            // Join "x - y" when written without spaces: x-y.
            while (j + 1 < t.size() && t.get(j).word().equals("-") && t.get(j).begin() == t.get(j - 1).end()
                    && t.get(j + 1).begin() == t.get(j).end()) {
                j += 2;
            }
            if (j == i + 1) {
                Token k = t.get(i);
                out.add(new Word(k.key(), k.word().toLowerCase(Locale.ROOT), k.pos(), i, j));
            } else {
                String form = s.span(i, j).toLowerCase(Locale.ROOT);
                out.add(new Word(form, form, t.get(j - 1).pos(), i, j));
            }
            i = j;
        }
        return new Words(out);
    }
}
