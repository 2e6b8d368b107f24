package org.augur.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Well-formed articles to mix into generated test corpora: the seed commentary from corpus/ and two short
 * news reports from src/test/resources/articles, with a metadata.csv giving two of them a date and an author.
 */
public final class Corpora {
    public static final String SEED = "valdai-bolton-in-moscow.txt";
    public static final String TARIFFS = "eu-tariffs.txt";
    public static final String PACIFIC = "pacific-talks.txt";
    public static final List<String> GOOD = List.of(PACIFIC, TARIFFS, SEED);

    public static final String METADATA = "file,date,title,author\n"
            + TARIFFS + ",2024-03-12,,\n"
            + PACIFIC + ",2024-05-02,,Staff reporter\n";

    private Corpora() {
    }

    /** The text of one of the {@link #GOOD} articles. */
    public static String text(String name) throws IOException {
        if (name.equals(SEED)) {
            return Files.readString(Path.of("corpus", SEED), StandardCharsets.UTF_8);
        }
        try (InputStream in = Corpora.class.getResourceAsStream("/articles/" + name)) {
            if (in == null) {
                throw new IOException("no test article " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Writes the good articles and their metadata.csv into {@code dir} (created if missing). */
    public static Path writeGood(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : GOOD) {
            Files.writeString(dir.resolve(name), text(name), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("metadata.csv"), METADATA, StandardCharsets.UTF_8);
        return dir;
    }
}
