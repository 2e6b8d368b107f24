package org.augur.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.augur.corpus.Article;

/**
 * The only class that touches CoreNLP. A cheap pass over every sentence (tokenize, ssplit, pos, lemma,
 * coarse 3-class NER without SUTime or the fine-grained regexner), then the dependency parser over the
 * sentences the caller selects; SUTime afterwards, on the sentences the caller asks about. The models
 * are loaded once, from {@link Models}, and are safe to share between threads.
 */
public final class CoreNlpAnnotator implements Annotator, TimeTagger {

    /** Sentences longer than this are tagged but not parsed: the parser's cost grows with length. */
    public static final int MAX_PARSE_TOKENS = 120;

    private final StanfordCoreNLP shallow;
    /**
     * How many hidden-layer activations of input features the parser keeps (an LRU cache; CoreNLP's
     * default is 5,000). The cache only saves arithmetic, the parse is the same; 50,000 entries (about
     * 40 MB) made parsing 1.4x faster on UN speeches, while precomputing more at load time costs seconds.
     */
    private static final int PARSER_CACHE = 50_000;

    private final DependencyParser parser;
    private final TimeAnnotator time;
    private final TimeWords timeWords = TimeWords.standard();

    public CoreNlpAnnotator(Models models) throws ModelException {
        models.verify();
        Properties base = new Properties();
        base.setProperty("tokenize.language", "en");
        base.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        base.setProperty("pos.model", require(models, "pos.model"));
        base.setProperty("ner.model", require(models, "ner.model"));
        base.setProperty("ner.applyFineGrained", "false");
        base.setProperty("ner.useSUTime", "false");
        base.setProperty("ner.applyNumericClassifiers", "false");
        base.setProperty("ner.buildEntityMentions", "true");
        // Known CoreNLP issue #669: NER output can depend on the order documents are seen.
        base.setProperty("ner.maxAdditionalKnownLCWords", "0");
        base.setProperty("pos.maxlen", "400");
        this.shallow = new StanfordCoreNLP(base);

        // The parser itself, not CoreNLP's depparse annotator: that one also builds the collapsed and
        // CC-processed graphs of every sentence, which Augur never reads (a sixth of the parse time).
        Properties deep = new Properties();
        deep.setProperty("numCached", Integer.toString(PARSER_CACHE));
        this.parser = DependencyParser.loadFromModelFile(require(models, "depparse.model"), deep);

        Properties sutime = new Properties();
        sutime.setProperty("sutime.rules", require(models, "sutime.rules"));
        sutime.setProperty("sutime.binders", "0");
        sutime.setProperty("sutime.markTimeRanges", "false");
        sutime.setProperty("sutime.includeRange", "false");
        this.time = new TimeAnnotator("sutime", sutime);
    }

    private static String require(Models models, String key) throws ModelException {
        String value = models.get(key);
        if (value == null) {
            throw new ModelException(models.source() + " does not declare '" + key + "', which Augur needs");
        }
        return value;
    }

    @Override
    public AnnotatedDoc annotate(Article article, ParseSelector toParse) {
        Annotation doc = new Annotation(article.text());
        shallow.annotate(doc);
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        List<EntityMention> mentions = new ArrayList<>();
        for (int i = 0; i < coreSentences.size(); i++) {
            CoreMap cs = coreSentences.get(i);
            sentences.add(toSentence(i, cs, article.text()));
            mentions.addAll(toMentions(i, cs, article.text()));
        }
        for (int i : toParse.select(sentences)) {
            sentences.set(i, sentences.get(i).withAnalysis(parse(coreSentences.get(i))));
        }
        return new AnnotatedDoc(article, sentences, mentions);
    }

    /** Basic (uncollapsed) dependencies; none for a sentence too long to parse. */
    private List<Dependency> parse(CoreMap sentence) {
        List<Dependency> out = new ArrayList<>();
        if (sentence.get(CoreAnnotations.TokensAnnotation.class).size() > MAX_PARSE_TOKENS) {
            return out;
        }
        for (TypedDependency d : parser.predict(sentence).typedDependencies()) {
            out.add(new Dependency(d.reln().toString(), d.gov().index() - 1, d.dep().index() - 1));
        }
        return out;
    }

    /**
     * SUTime on one sentence, rebuilt from Augur's tokens (word, tag, lemma, entity tag, offsets and the
     * text between tokens): SUTime gives the same expressions on it as on CoreNLP's own sentence (checked
     * on the 3,910 forecast candidates of the bench and gold corpora). Sentences without a time word
     * are not tagged at all.
     */
    @Override
    public List<TimeExpression> find(Article article, Sentence sentence) {
        List<TimeExpression> out = new ArrayList<>();
        if (sentence.tokens().isEmpty() || !timeWords.mayHoldTime(sentence)) {
            return out;
        }
        String text = article.text();
        String docDate = article.metadata().date().map(Object::toString).orElse(null);
        List<CoreMap> found;
        synchronized (time) {
            found = time.annotateSingleSentence(toCoreMap(sentence, text), docDate, new SUTime.TimeIndex());
        }
        if (found == null) {
            return out;
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
        return out;
    }

    private static CoreMap toCoreMap(Sentence s, String text) {
        List<Token> tokens = s.tokens();
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
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
        sentence.set(CoreAnnotations.TextAnnotation.class, s.text());
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, s.begin());
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, s.end());
        sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, s.index());
        sentence.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
        sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokens.size());
        return sentence;
    }

    private static Sentence toSentence(int index, CoreMap cs, String text) {
        int begin = cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String ner = l.ner() == null ? "O" : l.ner();
            String lemma = l.lemma() == null ? l.word() : l.lemma();
            tokens.add(new Token(i, l.word(), l.beginPosition(), l.endPosition(), l.tag(), lemma, ner));
        }
        return Sentence.shallow(index, begin, end, text.substring(begin, end), tokens);
    }

    private static List<EntityMention> toMentions(int index, CoreMap cs, String text) {
        List<CoreMap> found = cs.get(CoreAnnotations.MentionsAnnotation.class);
        if (found == null) {
            return List.of();
        }
        int sentenceTokenBegin = cs.get(CoreAnnotations.TokenBeginAnnotation.class);
        List<EntityMention> out = new ArrayList<>();
        for (CoreMap m : found) {
            int b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            int tb = m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceTokenBegin;
            int te = m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceTokenBegin;
            String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            if (type != null && te > tb && e > b) {
                out.add(new EntityMention(index, tb, te, b, e, text.substring(b, e), type));
            }
        }
        return out;
    }
}
