package org.augur.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.augur.corpus.Article;

/**
 * CoreNLP's tagging and parsing. A cheap pass over every sentence (tokenize, ssplit, pos, lemma, coarse
 * 3-class NER without SUTime or the fine-grained regexner), then the dependency parser over the
 * sentences the caller selects. The models are loaded once, from {@link Models}, and are safe to share
 * between threads.
 */
public final class CoreNlpAnnotator implements Annotator {

    /** Sentences longer than this are tagged but not parsed: the parser's cost grows with length. */
    public static final int MAX_PARSE_TOKENS = 120;
    /** CoreNLP gets the text in pieces of at most this many chars (see {@link TextPieces}). */
    static final int MAX_PIECE_CHARS = 100_000;

    private final StanfordCoreNLP shallow;
    private final NndepParser parser;

    public CoreNlpAnnotator(Models models) throws ModelException {
        models.verify();
        // The parser itself, not CoreNLP's depparse annotator: that one also builds the collapsed and
        // CC-processed graphs of every sentence, which Augur never reads (a sixth of the parse time).
        // It loads while the tagger's models do.
        String parserModel = models.require("depparse.model");
        Loading<NndepParser> parserLoad = Loading.start("parser", () -> NndepParser.load(parserModel));
        Properties base = new Properties();
        base.setProperty("tokenize.language", "en");
        base.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        base.setProperty("pos.model", models.require("pos.model"));
        base.setProperty("ner.model", models.require("ner.model"));
        base.setProperty("ner.applyFineGrained", "false");
        base.setProperty("ner.useSUTime", "false");
        base.setProperty("ner.applyNumericClassifiers", "false");
        base.setProperty("ner.buildEntityMentions", "true");
        // Known CoreNLP issue #669: NER output can depend on the order documents are seen.
        base.setProperty("ner.maxAdditionalKnownLCWords", "0");
        base.setProperty("pos.maxlen", Integer.toString(MAX_TAGGED_TOKENS));
        base.setProperty("ner.maxlen", Integer.toString(MAX_TAGGED_TOKENS));
        this.shallow = new StanfordCoreNLP(base);
        this.parser = parserLoad.get();
    }

    /**
     * Tags the article a piece at a time ({@link TextPieces}), keeping only Augur's records of each
     * piece, then parses the selected sentences from those records: CoreNLP's own objects, several
     * times the size of the text, never exist for more than one piece.
     */
    @Override
    public AnnotatedDoc annotate(Article article, ParseSelector toParse) {
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> mentions = new ArrayList<>();
        for (TextPieces.Piece piece : TextPieces.of(text, MAX_PIECE_CHARS)) {
            Annotation doc = new Annotation(forTagger(text.substring(piece.begin(), piece.end())));
            shallow.annotate(doc);
            for (CoreMap cs : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                int index = sentences.size();
                Sentence sentence = toSentence(index, cs, text, piece.begin());
                sentences.add(sentence);
                for (EntityMention m : toMentions(index, cs, text, piece.begin())) {
                    mentions.addAll(byParagraph(m, sentence, text));
                }
            }
        }
        for (int i : toParse.select(sentences)) {
            sentences.set(i, sentences.get(i).withAnalysis(parse(sentences.get(i), text)));
        }
        return new AnnotatedDoc(article, sentences, mentions);
    }

    /**
     * The text as CoreNLP's models should read it: a curly apostrophe between two letters ("He’ll",
     * "won’t", "it’s") as the straight one they were trained on. Read curly, "’ll" was tagged VBD or VBP,
     * so "He’ll be missed." held no modal and no forecast, and the verb after it was tagged a noun. One
     * character for one, so every offset still points into the article's own text, which sentences and
     * names are cut from; only token words show the straight apostrophe.
     */
    static String forTagger(String text) {
        if (text.indexOf('’') < 0) {
            return text;
        }
        char[] c = text.toCharArray();
        for (int i = 1; i + 1 < c.length; i++) {
            if (c[i] == '’' && Character.isLetter(c[i - 1]) && Character.isLetter(c[i + 1])) {
                c[i] = '\'';
            }
        }
        return new String(c);
    }

    @Override
    public AnnotatedDoc parse(AnnotatedDoc doc, java.util.Set<Integer> toParse) {
        List<Sentence> sentences = new ArrayList<>(doc.sentences());
        boolean changed = false;
        for (int i : toParse) {
            Sentence s = sentences.get(i);
            if (!s.parsed() && !s.tokens().isEmpty()) {
                sentences.set(i, s.withAnalysis(parse(s, doc.article().text())));
                changed = true;
            }
        }
        return changed ? new AnnotatedDoc(doc.article(), sentences, doc.mentions()) : doc;
    }

    /**
     * Basic (uncollapsed) dependencies; none for a sentence too long to parse. The sentence splitter joins
     * a headline or a dateline to the sentence under it ("Peru to auction new gas blocks⏎⏎Peru's energy
     * minister, Ana Ruiz, says…"); parsed as one, the headline takes the body's subject and verb. So each
     * paragraph of the sentence is parsed on its own, and the root of each but the longest (the body, the
     * last of equals) hangs on the body's root as a parataxis: a clause beside the sentence's own.
     */
    private List<Dependency> parse(Sentence sentence, String text) {
        if (sentence.tokens().size() > MAX_PARSE_TOKENS) {
            return List.of();
        }
        List<Integer> starts = paragraphStarts(sentence);
        if (starts.size() == 2) {
            return parsePiece(CoreMaps.sentence(sentence, text), 0);
        }
        int body = 0;
        for (int p = 1; p + 1 < starts.size(); p++) {
            if (starts.get(p + 1) - starts.get(p) >= starts.get(body + 1) - starts.get(body)) {
                body = p;
            }
        }
        List<Dependency> out = new ArrayList<>(parsePiece(CoreMaps.span(sentence, starts.get(body), starts.get(body + 1), text),
                starts.get(body)));
        int root = out.stream().filter(d -> d.governor() < 0).mapToInt(Dependency::dependent).findFirst().orElse(-1);
        for (int p = 0; p + 1 < starts.size(); p++) {
            if (p != body) {
                for (Dependency d : parsePiece(CoreMaps.span(sentence, starts.get(p), starts.get(p + 1), text), starts.get(p))) {
                    out.add(d.governor() < 0 ? new Dependency("parataxis", root, d.dependent()) : d);
                }
            }
        }
        return out;
    }

    /** The first token of each paragraph of a sentence, then its token count. */
    private static List<Integer> paragraphStarts(Sentence sentence) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 1; i < sentence.tokens().size(); i++) {
            if (!sentence.sameParagraph(i - 1, i)) {
                starts.add(i);
            }
        }
        starts.add(sentence.tokens().size());
        return starts;
    }

    /** The dependencies of tokens parsed as a sentence of their own, numbered from token {@code from}. */
    private List<Dependency> parsePiece(CoreMap piece, int from) {
        List<Dependency> out = new ArrayList<>();
        for (TypedDependency d : parser.predict(piece).typedDependencies()) {
            int gov = d.gov().index() - 1;
            out.add(new Dependency(d.reln().toString(), gov < 0 ? -1 : gov + from, d.dep().index() - 1 + from));
        }
        return out;
    }

    /** Augur's sentence from CoreNLP's, whose offsets count from {@code shift} in {@code text}. */
    private static Sentence toSentence(int index, CoreMap cs, String text, int shift) {
        int begin = cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + shift;
        int end = cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) + shift;
        List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String ner = l.ner() == null ? "O" : l.ner();
            String lemma = l.lemma() == null ? l.word() : l.lemma();
            tokens.add(new Token(i, l.word(), l.beginPosition() + shift, l.endPosition() + shift, l.tag(), lemma, ner));
        }
        return Sentence.shallow(index, begin, end, text.substring(begin, end), TagRepairs.repaired(tokens));
    }

    /**
     * A mention cut where a paragraph ends inside it: the tagger reads a headline, caption or signature
     * with the paragraph under it ("—The mayor of London, Sadiq Khan⏎⏎Alexis Boon, the head of…"), and
     * took the two names for one.
     */
    static List<EntityMention> byParagraph(EntityMention m, Sentence s, String text) {
        List<EntityMention> parts = new ArrayList<>();
        int from = m.tokenBegin();
        for (int i = from + 1; i <= m.tokenEnd(); i++) {
            if (i == m.tokenEnd() || !s.sameParagraph(i - 1, i)) {
                int b = from == m.tokenBegin() ? m.begin() : s.token(from).begin();
                int e = i == m.tokenEnd() ? m.end() : s.token(i - 1).end();
                parts.add(parts.isEmpty() && i == m.tokenEnd() ? m
                        : new EntityMention(m.sentence(), from, i, b, e, text.substring(b, e), m.type()));
                from = i;
            }
        }
        return parts;
    }

    private static List<EntityMention> toMentions(int index, CoreMap cs, String text, int shift) {
        List<CoreMap> found = cs.get(CoreAnnotations.MentionsAnnotation.class);
        if (found == null) {
            return List.of();
        }
        int sentenceTokenBegin = cs.get(CoreAnnotations.TokenBeginAnnotation.class);
        List<EntityMention> out = new ArrayList<>();
        for (CoreMap m : found) {
            int b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + shift;
            int e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) + shift;
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
