package org.augur.table;

/** Output formats: RFC 4180 CSV, or tab-separated values with the same quoting rules. */
public enum Format {
    CSV(',', "csv"), TSV('\t', "tsv");

    private final char delimiter;
    private final String extension;

    Format(char delimiter, String extension) {
        this.delimiter = delimiter;
        this.extension = extension;
    }

    public char delimiter() {
        return delimiter;
    }

    public String extension() {
        return extension;
    }
}
