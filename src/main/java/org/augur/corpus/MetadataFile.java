package org.augur.corpus;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a corpus root's metadata.csv ({@code file,date,title,author,source,url}, any subset, header required). */
public final class MetadataFile {
    public static final String NAME = "metadata.csv";

    private MetadataFile() {
    }

    /** Metadata by file path relative to the root; empty when the root has no metadata.csv. */
    public static Map<String, Metadata> read(Path root) {
        Path file = root.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return new HashMap<>();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new CorpusException(file + ": " + why(e), e);
        }
    }

    /**
     * Metadata by file path from a metadata.csv opened elsewhere (the Spark job reads it through Hadoop's
     * file systems); {@code file} names it in error messages.
     */
    public static Map<String, Metadata> read(Reader in, String file) {
        Map<String, Metadata> out = new HashMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(Bom.skip(in), format)) {
            if (!parser.getHeaderMap().containsKey("file")) {
                throw new CorpusException(file + ": the header has no 'file' column (found: "
                        + String.join(",", parser.getHeaderNames()) + ")");
            }
            for (CSVRecord row : parser) {
                String name = field(row, "file").orElseThrow(() -> new CorpusException(
                        file + ":" + (row.getRecordNumber() + 1) + ": the 'file' cell is empty"));
                Optional<LocalDate> date;
                try {
                    date = field(row, "date").map(d -> LocalDate.parse(d.length() > 10 ? d.substring(0, 10) : d));
                } catch (DateTimeParseException e) {
                    throw new CorpusException(file + ":" + (row.getRecordNumber() + 1)
                            + ": date '" + row.get("date") + "' is not an ISO 8601 date (YYYY-MM-DD)");
                }
                out.put(name.replace('\\', '/'), new Metadata(date, field(row, "title"), field(row, "author"),
                        field(row, "source"), field(row, "url")));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new CorpusException(file + ": " + why(e), e);
        }
        return out;
    }

    /** The parser's reason without its wrapper ("UncheckedIOException: CSVException: …"). */
    private static String why(Exception e) {
        Throwable cause = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof java.nio.charset.CharacterCodingException) {
            return "not valid UTF-8; save it as UTF-8";
        }
        return "malformed CSV: " + cause.getMessage();
    }

    private static Optional<String> field(CSVRecord row, String name) {
        if (!row.isMapped(name) || !row.isSet(name)) {
            return Optional.empty();
        }
        String v = row.get(name).strip();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }
}
