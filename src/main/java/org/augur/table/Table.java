package org.augur.table;

import java.util.List;
import java.util.Locale;

/** The tables Augur writes, with their columns in order (DESIGN.md, "Output tables"). */
public enum Table {
    DOCUMENTS("doc_id", "title", "date", "sentences", "tokens", "actors", "forecasts", "status"),
    ACTORS("doc_id", "actor", "type", "title", "mentions", "first_sentence", "aliases"),
    TOPICS("doc_id", "topic", "source", "score", "mentions", "first_sentence"),
    FORECASTS("doc_id", "sentence", "begin", "end", "text", "gist", "certainty", "polarity", "cues", "predictor",
            "actors", "topics", "horizon", "horizon_text"),
    ERRORS("doc_id", "stage", "error", "message");

    private final List<String> columns;

    Table(String... columns) {
        this.columns = List.of(columns);
    }

    public List<String> columns() {
        return columns;
    }

    /** The name used on the command line and for the file (without extension). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Table of(String label) {
        for (Table t : values()) {
            if (t.label().equals(label.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new IllegalArgumentException("no table '" + label + "' (choose from documents, actors, topics, forecasts, errors)");
    }
}
