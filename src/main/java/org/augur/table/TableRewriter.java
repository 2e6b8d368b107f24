package org.augur.table;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a finished table back and writes it again with each row changed by a function, through a
 * {@link TableWriter} (so atomically, formula-guarded). Rows are streamed, never all in memory.
 */
public final class TableRewriter {
    private TableRewriter() {
    }

    /** Calls {@code each} with every data row's cells (as written, in column order). */
    public static void read(Path dir, Table table, Format format, boolean header, java.util.function.Consumer<List<String>> each)
            throws IOException {
        Path file = dir.resolve(table.label() + "." + format.extension());
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(org.augur.corpus.Bom.skip(r), parseFormat(format, header))) {
            for (CSVRecord rec : p) {
                each.accept(rec.toList());
            }
        }
    }

    public static void rewrite(Path dir, Table table, Format format, boolean header, boolean bom,
                               UnaryOperator<List<String>> change) throws IOException {
        Path file = dir.resolve(table.label() + "." + format.extension());
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(org.augur.corpus.Bom.skip(r), parseFormat(format, header));
             TableWriter w = TableWriter.toFile(table, dir, format, header, bom)) {
            for (CSVRecord rec : p) {
                w.row(new ArrayList<Object>(change.apply(rec.toList())));
            }
            w.commit();
        }
    }

    private static CSVFormat parseFormat(Format format, boolean header) {
        CSVFormat.Builder b = CSVFormat.RFC4180.builder().setDelimiter(format.delimiter());
        if (header) {
            b.setHeader().setSkipHeaderRecord(true);
        }
        return b.get();
    }

}
