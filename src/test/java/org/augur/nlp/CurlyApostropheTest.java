package org.augur.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.augur.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Curly apostrophes, as most news sites and commentaries type them ("He’ll", "won’t", "O’Rourke"),
 * read as the straight ones CoreNLP's models were trained on.
 */
class CurlyApostropheTest {

    @Test
    void anApostropheInsideAWordIsStraightenedOneCharacterForOne() {
        String text = "He’ll go; ‘quoted’ and the states’ rights, O’Rourke’s plan.";
        String read = CoreNlpAnnotator.forTagger(text);
        assertEquals("He'll go; ‘quoted’ and the states’ rights, O'Rourke's plan.", read);
        assertEquals(text.length(), read.length());
        assertEquals("no apostrophe", CoreNlpAnnotator.forTagger("no apostrophe"));
    }

    @Test
    void aCurlyContractionPredictsAsTheStraightOneDoes(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("curly.txt"), "He’ll be missed.\n\nShe’ll visit Paris next week.\n",
                StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("straight.txt"), "He'll be missed.\n\nShe'll visit Paris next week.\n",
                StandardCharsets.UTF_8);
        Cli run = Cli.run("extract", corpus.toString(), "-o", dir.resolve("out").toString(), "--quiet", "--no-cache");
        assertEquals(0, run.exitCode(), run.err());
        // doc_id, sentence, gist, certainty, polarity, cues: the same but for the cue's own apostrophe.
        List<String> rows = Files.readString(dir.resolve("out/forecasts.csv"), StandardCharsets.UTF_8).lines().skip(1)
                .map(l -> l.split(","))
                .map(c -> String.join(",", c[0], c[1], c[5], c[6], c[7], c[8]))
                .toList();
        assertEquals(List.of(
                "curly.txt,0,He will be missed,certain,positive,’ll",
                "curly.txt,1,She will visit Paris next week,certain,positive,’ll",
                "straight.txt,0,He will be missed,certain,positive,'ll",
                "straight.txt,1,She will visit Paris next week,certain,positive,'ll"), rows);
    }
}
