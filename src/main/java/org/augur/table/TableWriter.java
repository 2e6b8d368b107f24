package org.augur.table;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes one table, row by row. To a file, it writes {@code .NAME.tmp} beside the target and moves it
 * into place on {@link #commit()}, so a killed run never leaves a half-written table; to a stream
 * (stdout), it writes straight through. Every text cell passes the formula guard and is cut to the
 * size a spreadsheet cell holds ({@link Cells#fit}).
 */
public final class TableWriter implements Closeable {
    private final Table table;
    private final CSVPrinter printer;
    private final Path target;
    private final Path temp;

    private TableWriter(Table table, Writer out, Format format, boolean header, Path target, Path temp) throws IOException {
        this.table = table;
        this.target = target;
        this.temp = temp;
        CSVFormat.Builder b = CSVFormat.RFC4180.builder().setDelimiter(format.delimiter()).setRecordSeparator("\n")
                .setQuoteMode(QuoteMode.MINIMAL);
        if (header) {
            b.setHeader(table.columns().toArray(String[]::new));
        }
        this.printer = new CSVPrinter(out, b.get());
    }

    /** A writer to {@code dir/NAME.ext}, via a temporary file. */
    public static TableWriter toFile(Table table, Path dir, Format format, boolean header, boolean bom) throws IOException {
        Path target = dir.resolve(table.label() + "." + format.extension());
        Path temp = dir.resolve("." + table.label() + "." + format.extension() + ".tmp");
        Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
        if (bom) {
            w.write('\uFEFF');
        }
        return new TableWriter(table, w, format, header, target, temp);
    }

    /** A writer straight to a stream, e.g. stdout; the stream is flushed but not closed. */
    public static TableWriter toStream(Table table, OutputStream out, Format format, boolean header, boolean bom)
            throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8));
        if (bom) {
            w.write('\uFEFF');
        }
        return new TableWriter(table, w, format, header, null, null);
    }

    public Table table() {
        return table;
    }

    public void row(List<?> cells) {
        if (cells.size() != table.columns().size()) {
            throw new IllegalArgumentException(table.label() + " has " + table.columns().size() + " columns, got " + cells.size());
        }
        try {
            printer.printRecord(cells.stream().map(c -> c instanceof String s ? Cells.fit(Cells.guard(s)) : c).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finishes the table: flushes it, and for a file moves it into place atomically. */
    public void commit() throws IOException {
        printer.close(true);
        if (target != null) {
            AtomicFiles.moveIntoPlace(temp, target);
        }
    }

    /** Abandons an unfinished table: the temporary file goes, the previous table stays. */
    @Override
    public void close() throws IOException {
        if (target != null && Files.exists(temp)) {
            printer.close();
            Files.deleteIfExists(temp);
        }
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
