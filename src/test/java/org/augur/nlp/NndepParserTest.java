package org.augur.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.augur.corpus.Article;
import org.augur.corpus.ArticleReader;
import org.augur.corpus.Metadata;
import org.augur.corpus.Source;
import org.augur.testing.Corpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Augur's scoring of CoreNLP's parser model gives CoreNLP's own parses: the same typed dependencies as
 * {@link DependencyParser#predict} for every sentence of the test articles. Loads the tagger and the
 * parser (a few seconds).
 */
class NndepParserTest {

    @Test
    void parsesEverySentenceExactlyAsCoreNlpDoes(@TempDir Path dir) throws Exception {
        Models models = Models.read(Path.of("models.txt"));
        CoreNlpAnnotator tagger = new CoreNlpAnnotator(models);
        DependencyParser coreNlp = DependencyParser.loadFromModelFile(models.require("depparse.model"), new Properties());
        NndepParser augur = new NndepParser(coreNlp);
        Corpora.writeGood(dir);
        ArticleReader reader = new ArticleReader(10_000_000);
        List<String> differing = new ArrayList<>();
        int parsed = 0;
        for (String name : Corpora.GOOD) {
            Article article = reader.read(Source.of(name, dir.resolve(name), Metadata.NONE));
            for (Sentence s : tagger.annotate(article, sentences -> Set.of()).sentences()) {
                String expected = coreNlp.predict(CoreMaps.sentence(s, article.text())).typedDependencies().toString();
                String actual = augur.predict(CoreMaps.sentence(s, article.text())).typedDependencies().toString();
                parsed++;
                if (!expected.equals(actual)) {
                    differing.add(s.text());
                }
            }
        }
        assertTrue(parsed > 30, "sentences parsed: " + parsed);
        assertEquals(List.of(), differing);
    }
}
