package org.augur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Across a run, an article that says only "Putin" reports him as "Vladimir Putin". Loads CoreNLP. */
class RunCanonicalNamesTest {
    @Test
    void anArticleSayingOnlyTheSurnameGetsTheFullNameFromAnotherArticle(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Russian President Vladimir Putin met Joe Biden in Geneva.\n");
        Files.writeString(corpus.resolve("b.txt"), "Putin said that the talks will continue next year.\n");
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setErr(new PrintWriter(err))
                .execute("extract", corpus.toString(), "-o", dir.resolve("out").toString(), "--quiet");
        assertEquals(0, code, err.toString());
        String actors = Files.readString(dir.resolve("out/actors.csv"));
        assertTrue(actors.contains("\nb.txt,Vladimir Putin,PERSON,,1,0,Putin\n"), actors);
        String forecasts = Files.readString(dir.resolve("out/forecasts.csv"));
        assertTrue(forecasts.contains(",Vladimir Putin,Vladimir Putin,"), forecasts);
    }
}
