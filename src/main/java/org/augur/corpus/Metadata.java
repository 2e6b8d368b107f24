package org.augur.corpus;

import java.time.LocalDate;
import java.util.Optional;

/** What metadata.csv says about one article; every field may be absent. */
public record Metadata(Optional<LocalDate> date, Optional<String> title, Optional<String> author,
                       Optional<String> source, Optional<String> url) {

    public static final Metadata NONE =
            new Metadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Metadata {
        java.util.Objects.requireNonNull(date);
        java.util.Objects.requireNonNull(title);
        java.util.Objects.requireNonNull(author);
        java.util.Objects.requireNonNull(source);
        java.util.Objects.requireNonNull(url);
    }
}
