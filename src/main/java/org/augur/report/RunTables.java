package org.augur.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.json.Json;
import javax.json.JsonException;
import javax.json.JsonObject;
import javax.json.JsonReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.augur.corpus.Bom;
import org.augur.corpus.FileErrors;
import org.augur.table.Cells;
import org.augur.table.Format;
import org.augur.table.Table;

/**
 * A finished run's tables read back from its output folder: CSV or TSV (whichever documents table is
 * there), with or without a byte-order mark or header row; cells as they were before the formula guard.
 * The manifest is optional (a run written with {@code --table} has none, nor do hand-made tables).
 */
public record RunTables(List<Document> documents, List<ActorRow> actors, List<TopicRow> topics,
                        List<ForecastRow> forecasts, List<ErrorRow> errors, Optional<JsonObject> manifest) {

    public RunTables {
        documents = List.copyOf(documents);
        actors = List.copyOf(actors);
        topics = List.copyOf(topics);
        forecasts = List.copyOf(forecasts);
        errors = List.copyOf(errors);
    }

    /** A row of documents.csv. */
    public record Document(String docId, String title, String date, int sentences, int tokens, String status) {
    }

    /** A row of actors.csv. */
    public record ActorRow(String docId, String actor, String type, int mentions) {
    }

    /** A row of topics.csv. */
    public record TopicRow(String docId, String topic, String source, String score) {
    }

    /** A row of forecasts.csv, its list cells split. */
    public record ForecastRow(String docId, int sentence, String text, String gist, String certainty, String polarity,
                              List<String> cues, String predictor, List<String> actors, List<String> topics,
                              String horizon, String horizonText) {
    }

    /** A row of errors.csv. */
    public record ErrorRow(String docId, String stage, String error, String message) {
    }

    /** Reads the run in {@code dir}. */
    public static RunTables read(Path dir) throws ReportException {
        Format format = Files.exists(dir.resolve("documents.csv")) || !Files.exists(dir.resolve("documents.tsv"))
                ? Format.CSV : Format.TSV;
        try {
            return new RunTables(
                    rows(dir, Table.DOCUMENTS, format, c -> new Document(c[0], c[1], c[2], number(c[3]), number(c[4]), c[7])),
                    rows(dir, Table.ACTORS, format, c -> new ActorRow(c[0], c[1], c[2], number(c[4]))),
                    rows(dir, Table.TOPICS, format, c -> new TopicRow(c[0], c[1], c[2], c[3])),
                    rows(dir, Table.FORECASTS, format, c -> new ForecastRow(c[0], number(c[1]), c[4], c[5], c[6], c[7],
                            list(c[8]), c[9], list(c[10]), list(c[11]), c[12], c[13])),
                    rows(dir, Table.ERRORS, format, c -> new ErrorRow(c[0], c[1], c[2], c[3])),
                    manifest(dir.resolve("manifest.json")));
        } catch (NoSuchFileException e) {
            throw new ReportException("no " + e.getFile() + ": the folder holds no finished run (augur extract -o "
                    + dir + " writes one)", e, true);
        } catch (IOException e) {
            throw new ReportException("cannot read the tables in " + dir + ": " + FileErrors.reason(e), e, true);
        } catch (UncheckedIOException e) {
            throw new ReportException("cannot read the tables in " + dir + ": " + FileErrors.reason(e.getCause()), e, true);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ReportException("cannot read the tables in " + dir + ": " + e.getMessage(), e, true);
        }
    }

    /** The table's rows, each cell unguarded; a first row equal to the table's columns is the header. */
    private static <T> List<T> rows(Path dir, Table table, Format format, Function<String[], T> row) throws IOException {
        Path file = dir.resolve(table.label() + "." + format.extension());
        List<T> rows = new ArrayList<>();
        CSVFormat csv = CSVFormat.RFC4180.builder().setDelimiter(format.delimiter()).get();
        try (Reader r = Bom.skip(Files.newBufferedReader(file, StandardCharsets.UTF_8)); CSVParser p = CSVParser.parse(r, csv)) {
            boolean first = true;
            for (CSVRecord rec : p) {
                List<String> cells = rec.toList();
                if (first && cells.equals(table.columns())) {
                    first = false;
                    continue;
                }
                first = false;
                if (cells.size() != table.columns().size()) {
                    throw new IllegalArgumentException(file.getFileName() + " line " + p.getCurrentLineNumber() + " has "
                            + cells.size() + " cells, not " + table.columns().size());
                }
                rows.add(row.apply(cells.stream().map(Cells::unguard).toArray(String[]::new)));
            }
        }
        return rows;
    }

    private static Optional<JsonObject> manifest(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (JsonReader r = Json.createReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            return Optional.of(r.readObject());
        } catch (JsonException | ClassCastException e) {
            throw new IllegalArgumentException("manifest.json is not a JSON object: " + e.getMessage(), e);
        }
    }

    private static int number(String cell) {
        return cell.isEmpty() ? 0 : Integer.parseInt(cell);
    }

    private static List<String> list(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split("\\" + Cells.LIST_SEPARATOR, -1));
    }
}
