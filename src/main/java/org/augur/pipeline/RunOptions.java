package org.augur.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.augur.corpus.Decoding;
import org.augur.table.Format;
import org.augur.table.Table;

/**
 * How to run over a corpus: the inputs, how their files are decoded, where the tables go (a folder, or
 * one table to stdout), their format, and how many worker threads.
 */
public record RunOptions(List<String> inputs, boolean nulSeparated, Path outDir, Optional<Table> stdoutTable,
                         Format format, boolean header, boolean bom, int threads, long maxBytes, Decoding decoding) {
    public RunOptions {
        inputs = List.copyOf(inputs);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        java.util.Objects.requireNonNull(decoding);
    }

    /** Options that read UTF-8 and refuse a file with a bad byte. */
    public RunOptions(List<String> inputs, boolean nulSeparated, Path outDir, Optional<Table> stdoutTable,
                      Format format, boolean header, boolean bom, int threads, long maxBytes) {
        this(inputs, nulSeparated, outDir, stdoutTable, format, header, bom, threads, maxBytes, Decoding.STRICT_UTF8);
    }
}
