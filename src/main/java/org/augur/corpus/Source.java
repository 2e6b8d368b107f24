package org.augur.corpus;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * An article file found in the corpus, not yet read: its id, where it is, and the metadata.csv row
 * that names it. {@code problem} is set when the file could not even be listed (a link loop, no access).
 */
public record Source(String docId, Path path, Metadata metadata, Optional<String> problem) {
    public Source {
        Objects.requireNonNull(docId);
        Objects.requireNonNull(path);
        Objects.requireNonNull(metadata);
        Objects.requireNonNull(problem);
    }

    public static Source of(String docId, Path path, Metadata metadata) {
        return new Source(docId, path, metadata, Optional.empty());
    }
}
