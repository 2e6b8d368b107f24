package org.augur.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.augur.corpus.Article;

/**
 * Time expressions by SUTime, one sentence at a time, each as if SUTime had seen no other sentence.
 *
 * <p>SUTime keeps state between calls (CoreNLP issue #1061): a rule that sees "will … Monday" tags the
 * shared value of "Monday" to resolve to the future, and every later "Monday", in any article, resolves
 * so. Results would then depend on which articles a worker saw before, hence on the thread count, and a
 * cached article could differ from a fresh one. So the tags of the rule environment's values are saved
 * after loading and put back before every sentence (reflection into CoreNLP 4.5.10's TimeAnnotator; the
 * constructor fails loudly if the fields move). Calls are serialised: the state is shared.
 */
public final class CoreNlpTimeTagger implements TimeTagger {
    /**
     * Tokens either side of a time word that SUTime reads. On the 4,049 sentences with a trigger cue in
     * the bench and gold corpora, a reach of 10 gave the same expressions as whole sentences but for
     * vague ones (PAST_REF, PRESENT_REF: never a horizon) and one second expression, and this reach the
     * same as 10 but for vague ones in 18 sentences, at a third of the cost of whole sentences (3.3 s of
     * CPU instead of 9.1 s; 4.8 s with a reach of 10). A reach of 4 cut "the" off "the end of the next
     * decade".
     */
    static final int REACH = 5;
    private final TimeAnnotator sutime;
    private final TimeWords timeWords = TimeWords.standard();
    /** The rule environment's values and the tags they had after loading. */
    private final Map<Value<?>, Tags> initialTags = new IdentityHashMap<>();

    public CoreNlpTimeTagger(Models models) throws ModelException {
        Properties p = new Properties();
        p.setProperty("sutime.rules", models.require("sutime.rules"));
        p.setProperty("sutime.binders", "0");
        p.setProperty("sutime.markTimeRanges", "false");
        p.setProperty("sutime.includeRange", "false");
        this.sutime = new TimeAnnotator("sutime", p);
        try {
            Object timex = Internals.field(TimeAnnotator.class, sutime, "timexExtractor");
            Object extractor = Internals.field(timex.getClass(), timex, "expressionExtractor");
            collect(((CoreMapExpressionExtractor<?>) extractor).getEnv().getVariables(), 0);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("cannot reach SUTime's rule environment in this CoreNLP version", e);
        }
    }

    /**
     * SUTime on the spans of one sentence around its time words ({@link #windows}), rebuilt from Augur's
     * tokens (word, tag, lemma, entity tag, offsets and the text between tokens): SUTime gives the same
     * expressions on such a sentence as on CoreNLP's own (checked on the 3,910 forecast candidates of the
     * bench and gold corpora). Sentences without a time word (time-words.tsv), and sentences too long to
     * be tagged, are not tagged at all.
     */
    @Override
    public List<TimeExpression> find(Article article, Sentence sentence) {
        return find(article, sentence, token -> true);
    }

    /**
     * SUTime only around the time words whose span ({@link #REACH} either side) holds a wanted token: an
     * expression lies within its time word's span, so the others cannot hold one. Horizons asks only for
     * the words of the predicted event; on the bench speeches this skips about half of SUTime's spans.
     */
    @Override
    public List<TimeExpression> find(Article article, Sentence sentence, IntPredicate wanted) {
        List<TimeExpression> out = new ArrayList<>();
        if (sentence.tokens().isEmpty() || sentence.tokens().size() > Annotator.MAX_TAGGED_TOKENS) {
            return out;
        }
        String text = article.text();
        String docDate = article.metadata().date().map(Object::toString).orElse(null);
        int size = sentence.tokens().size();
        List<Integer> timeTokens = timeWords.timeTokens(sentence).stream()
                .filter(i -> IntStream.range(Math.max(0, i - REACH), Math.min(size, i + REACH + 1)).anyMatch(wanted))
                .toList();
        for (int[] window : windows(timeTokens, size)) {
            CoreMap span = CoreMaps.span(sentence, window[0], window[1], text);
            List<CoreMap> found;
            synchronized (sutime) {
                initialTags.forEach((value, tags) -> value.setTags(copy(tags)));
                found = sutime.annotateSingleSentence(span, docDate, new SUTime.TimeIndex());
            }
            if (found == null) {
                continue;
            }
            for (CoreMap t : found) {
                Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
                Integer b = t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                Integer e = t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                if (timex == null || b == null || e == null) {
                    continue;
                }
                String value = timex.value() != null ? timex.value() : timex.altVal();
                out.add(new TimeExpression(b, e, text.substring(b, e), timex.timexType(), value == null ? "" : value));
            }
        }
        return out;
    }

    /**
     * The token spans SUTime reads: {@link #REACH} tokens either side of each time word, spans that touch
     * joined. SUTime's rules match a few tokens around such a word, and its cost grows with the length of
     * what it reads, so a whole sentence of fifty tokens costs several times a span of twenty.
     */
    static List<int[]> windows(List<Integer> timeTokens, int size) {
        List<int[]> out = new ArrayList<>();
        for (int i : timeTokens) {
            int from = Math.max(0, i - REACH);
            int to = Math.min(size, i + REACH + 1);
            if (!out.isEmpty() && from <= out.get(out.size() - 1)[1]) {
                out.get(out.size() - 1)[1] = to;
            } else {
                out.add(new int[] {from, to});
            }
        }
        return out;
    }

    /** Every value bound in the environment, also inside maps and lists of values ("MONTH_MAP"). */
    private void collect(Object o, int depth) {
        if (o instanceof Value<?> v) {
            if (!initialTags.containsKey(v)) {
                initialTags.put(v, copy(v.getTags()));
                collect(v.get(), depth + 1);
            }
        } else if (depth < 3 && o instanceof Map<?, ?> m) {
            m.values().forEach(x -> collect(x, depth + 1));
        } else if (depth < 3 && o instanceof Collection<?> c) {
            c.forEach(x -> collect(x, depth + 1));
        }
    }

    private static Tags copy(Tags tags) {
        if (tags == null) {
            return null;
        }
        Tags c = new Tags();
        for (String name : tags.getTags()) {
            c.setTag(name, tags.getTag(name));
        }
        return c;
    }
}
