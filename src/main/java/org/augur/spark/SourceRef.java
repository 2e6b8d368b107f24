package org.augur.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.augur.corpus.Metadata;

/**
 * An article file as the driver lists it and a task receives it: its place in doc_id order, its doc_id,
 * its Hadoop path, size and file name, and its metadata.csv row (as plain strings: {@link Metadata}'s
 * {@code Optional}s do not serialise).
 */
record SourceRef(long index, String docId, String path, long size, String fileName, String date, String title,
                 String author, String source, String url) implements Serializable {

    static SourceRef of(long index, String docId, String path, long size, String fileName, Metadata m) {
        return new SourceRef(index, docId, path, size, fileName, m.date().map(LocalDate::toString).orElse(null),
                m.title().orElse(null), m.author().orElse(null), m.source().orElse(null), m.url().orElse(null));
    }

    SourceRef withIndex(long i) {
        return new SourceRef(i, docId, path, size, fileName, date, title, author, source, url);
    }

    Metadata metadata() {
        return new Metadata(Optional.ofNullable(date).map(LocalDate::parse), Optional.ofNullable(title),
                Optional.ofNullable(author), Optional.ofNullable(source), Optional.ofNullable(url));
    }
}
