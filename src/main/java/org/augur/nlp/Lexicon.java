package org.augur.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Augur's word lists: one entry a line, {@code #} starts a comment, blank lines ignored, fields
 * separated by tabs. Lists ship as classpath resources; a user may give a file instead.
 */
public final class Lexicon {
    private Lexicon() {
    }

    /** Lines of a classpath resource relative to {@code owner}'s package. */
    public static List<String> lines(Class<?> owner, String name) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource missing from the build: " + owner.getPackageName() + "/" + name);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return clean(r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of a file. */
    public static List<String> lines(Path file) throws IOException {
        return clean(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** Tab-separated fields of each line. */
    public static List<String[]> rows(List<String> lines) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].strip();
            }
            out.add(f);
        }
        return out;
    }

    private static List<String> clean(List<String> raw) {
        List<String> out = new ArrayList<>();
        for (String line : raw) {
            int hash = line.indexOf('#');
            String l = (hash >= 0 ? line.substring(0, hash) : line).stripTrailing();
            if (!l.isBlank()) {
                out.add(l.stripLeading());
            }
        }
        return out;
    }
}
