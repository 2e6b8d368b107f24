package org.augur.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.augur.corpus.Article;
import org.augur.corpus.ArticleReader;
import org.augur.corpus.Metadata;
import org.augur.corpus.Source;
import org.augur.testing.Corpora;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Augur's scoring of CoreNLP's parser model gives CoreNLP's own parses: the same typed dependencies as
 * {@link DependencyParser#predict} for every sentence of the test articles and of the dev gold corpus.
 * Loads the tagger and the parser (a few seconds).
 */
class NndepParserTest {

    private static Models models;
    private static CoreNlpAnnotator tagger;
    private static DependencyParser coreNlp;
    private static NndepParser augur;

    @BeforeAll
    static void load() throws Exception {
        models = Models.read(Path.of("models.txt"));
        tagger = new CoreNlpAnnotator(models);
        // CoreNLP's parser with its defaults (precomputed rows) against Augur's as the pipeline loads it.
        coreNlp = DependencyParser.loadFromModelFile(models.require("depparse.model"), new Properties());
        augur = NndepParser.load(models.require("depparse.model"));
    }

    /** Parses every sentence (up to the parser's length limit) both ways; the sentences that differ. */
    private static List<String> differences(Path dir, List<String> names) throws Exception {
        ArticleReader reader = new ArticleReader(10_000_000);
        List<String> differing = new ArrayList<>();
        int parsed = 0;
        for (String name : names) {
            Article article = reader.read(Source.of(name, dir.resolve(name), Metadata.NONE));
            for (Sentence s : tagger.annotate(article, sentences -> Set.of()).sentences()) {
                if (s.tokens().size() > CoreNlpAnnotator.MAX_PARSE_TOKENS) {
                    continue;
                }
                String expected = coreNlp.predict(CoreMaps.sentence(s, article.text())).typedDependencies().toString();
                String actual = augur.predict(CoreMaps.sentence(s, article.text())).typedDependencies().toString();
                parsed++;
                if (!expected.equals(actual)) {
                    differing.add(name + ": " + s.text());
                }
            }
        }
        assertTrue(parsed > 30, "sentences parsed: " + parsed);
        return differing;
    }

    @Test
    void parsesEverySentenceOfTheTestArticlesExactlyAsCoreNlpDoes(@TempDir Path dir) throws Exception {
        Corpora.writeGood(dir);
        assertEquals(List.of(), differences(dir, Corpora.GOOD));
    }

    /** One article of {@code text}, tagged, with the sentences {@code parse} parsed. */
    private static AnnotatedDoc annotated(Path dir, String text, Set<Integer> parse) throws Exception {
        Path file = dir.resolve("article.txt");
        Files.writeString(file, text);
        Article article = new ArticleReader(10_000_000).read(Source.of("article.txt", file, Metadata.NONE));
        return tagger.annotate(article, sentences -> parse);
    }

    @Test
    void aHeadlineJoinedToTheSentenceUnderItIsParsedOnItsOwn(@TempDir Path dir) throws Exception {
        Sentence s = annotated(dir, "Peru to auction new gas blocks\n\nPeru's energy minister, Ana Ruiz, says the "
                + "government will auction six blocks next year.\n", Set.of(0)).sentences().get(0);
        assertTrue(s.text().startsWith("Peru to auction") && s.text().endsWith("next year."), s.text());
        // The body's clause is the sentence's: "minister" is the subject of "says", not of the headline.
        int says = 14;
        assertEquals("says", s.token(says).word());
        assertEquals(says, s.root());
        assertEquals("nsubj", s.relation(9));
        assertEquals(says, s.head(9));
        // The headline is a clause of its own beside it, and no other word links across the blank line.
        assertEquals("auction", s.token(2).word());
        assertEquals("parataxis", s.relation(2));
        assertEquals(says, s.head(2));
        for (Dependency d : s.dependencies()) {
            boolean crosses = d.governor() >= 0 && (d.governor() < 6) != (d.dependent() < 6);
            assertTrue(!crosses || d.relation().equals("parataxis"), d.toString());
        }
    }

    @Test
    void aSentenceAPageBreakCutsWithALineOfSpacesIsParsedAsOne(@TempDir Path dir) throws Exception {
        // Text taken from a PDF leaves a line of spaces where a page ended, in the middle of a sentence: no
        // paragraph ends there, so no clause of the sentence is parsed apart from the rest.
        AnnotatedDoc doc = annotated(dir, "We continue to see the United Nations\n \nas a multilateral instrument that "
                + "will deliver peace.\n", Set.of(0));
        Sentence s = doc.sentences().get(0);
        assertEquals("as", s.token(7).word());
        assertTrue(s.sameParagraph(6, 7));
        assertTrue(s.dependencies().stream().noneMatch(d -> d.relation().equals("parataxis")), s.dependencies().toString());
        assertEquals(List.of("United Nations"), doc.mentions().stream().map(EntityMention::text).toList());
    }

    @Test
    void aNameNeverRunsAcrossAnEmptyLine(@TempDir Path dir) throws Exception {
        // A signature under a quotation, then the next paragraph: the tagger reads the two names as one.
        List<String> names = annotated(dir, "\u2014The mayor of London, Sadiq Khan\n\nAlexis Boon, the head of the "
                + "Metropolitan Police, said the threat would remain.\n", Set.of()).mentions().stream()
                .map(m -> m.text() + "/" + m.type()).toList();
        assertTrue(names.contains("Sadiq Khan/PERSON") && names.contains("Alexis Boon/PERSON"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.contains("\n")), names.toString());
    }

    /** The dev gold corpus of ../shared (24 news articles, ~600 sentences); skipped when it is absent. */
    @Test
    void parsesEverySentenceOfTheDevCorpusExactlyAsCoreNlpDoes() throws Exception {
        Path dev = Path.of("../shared/data/eval/dev/corpus");
        assumeTrue(Files.isDirectory(dev), "no dev corpus at " + dev);
        List<String> names;
        try (Stream<Path> files = Files.list(dev)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        }
        assertEquals(List.of(), differences(dev, names));
    }
}
