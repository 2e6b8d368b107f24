package org.augur.nlp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.augur.corpus.FileErrors;

/**
 * The models the pipeline loads, as models.txt declares them: CoreNLP property name → resource
 * (a classpath path inside the models jar, or a file path). Several resources for one key are
 * comma-separated, as CoreNLP expects.
 */
public record Models(Path source, Map<String, String> entries) {

    public Models {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /**
     * The models file used when none is named: ./models.txt, else the one in Augur's own folder
     * (the launcher passes it as {@code -Daugur.home}), so that augur runs from any directory.
     */
    public static Path defaultFile() {
        Path here = Path.of("models.txt");
        String home = System.getProperty("augur.home");
        if (Files.isRegularFile(here) || home == null) {
            return here;
        }
        return Path.of(home, "models.txt");
    }

    /** Reads a models.txt file; a line that is neither blank, a comment nor {@code key = value} is an error. */
    public static Models read(Path file) throws ModelException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new ModelException("cannot read models file " + file + ": " + FileErrors.reason(e));
        }
        Map<String, String> entries = new LinkedHashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0 || eq == line.length() - 1) {
                throw new ModelException(file + ":" + (n + 1) + ": expected 'key = resource', got: " + line);
            }
            entries.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return new Models(file, entries);
    }

    /** Every resource named, one per list element, in declaration order. */
    public List<Resource> resources() {
        List<Resource> out = new ArrayList<>();
        entries.forEach((key, value) -> {
            for (String r : value.split(",")) {
                if (!r.isBlank()) {
                    out.add(new Resource(key, r.strip()));
                }
            }
        });
        return out;
    }

    /** The resources that exist neither on the classpath nor as files. */
    public List<Resource> missing() {
        return resources().stream().filter(r -> !r.exists()).toList();
    }

    /** Fails, naming each missing model and how to get it, unless every declared resource exists. */
    public void verify() throws ModelException {
        List<Resource> missing = missing();
        if (!missing.isEmpty()) {
            StringBuilder sb = new StringBuilder("missing model");
            sb.append(missing.size() > 1 ? "s" : "").append(" declared in ").append(source).append(':');
            for (Resource r : missing) {
                sb.append("\n  ").append(r.key()).append(" = ").append(r.path());
            }
            sb.append("\nCoreNLP's models come from Maven (edu.stanford.nlp:stanford-corenlp:4.5.10:models);"
                    + " rebuild with 'mvn package' or fix the path in ").append(source).append('.');
            throw new ModelException(sb.toString());
        }
    }

    /** The same declaration without {@code key} (to load CoreNLP before the model that key names exists). */
    public Models without(String key) {
        Map<String, String> rest = new LinkedHashMap<>(entries);
        rest.remove(key);
        return new Models(source, rest);
    }

    public String get(String key) {
        return entries.get(key);
    }

    /** The resource declared for {@code key}; fails when models.txt does not declare it. */
    public String require(String key) throws ModelException {
        String value = entries.get(key);
        if (value == null) {
            throw new ModelException(source + " does not declare '" + key + "', which Augur needs");
        }
        return value;
    }

    /**
     * What identifies the models without reading them: each key and resource with, for a file, its size
     * and modification time, for a classpath resource, where it was found (the models jar, whose name
     * carries CoreNLP's version). The result cache keys on it.
     */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder();
        for (Resource r : resources()) {
            sb.append(r.key()).append('=').append(r.path()).append('@').append(r.identity()).append('\n');
        }
        return sb.toString();
    }

    /** One declared resource. */
    public record Resource(String key, String path) {
        public boolean exists() {
            if (Files.isRegularFile(Path.of(path))) {
                return true;
            }
            return Models.class.getClassLoader().getResource(path) != null;
        }

        String identity() {
            Path file = Path.of(path);
            try {
                if (Files.isRegularFile(file)) {
                    return Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
                }
            } catch (IOException e) {
                return "unreadable";
            }
            java.net.URL url = Models.class.getClassLoader().getResource(path);
            return url == null ? "missing" : url.toString();
        }
    }
}
