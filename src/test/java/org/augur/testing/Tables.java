package org.augur.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.augur.table.Table;

/**
 * Output tables read back with commons-csv, as a spreadsheet or a script would read them. A table is its
 * rows of cells, header excluded; reading checks that the file is complete (header present, every row as
 * wide as the header, a final newline), so a truncated table fails here.
 */
public final class Tables {
    private Tables() {
    }

    public static Path file(Path dir, Table table) {
        return dir.resolve(table.label() + ".csv");
    }

    /** The rows of {@code dir/TABLE.csv}, each a list of cells; fails if the file is not a complete table. */
    public static List<List<String>> rows(Path dir, Table table) throws IOException {
        return parse(table, Files.readString(file(dir, table), StandardCharsets.UTF_8));
    }

    /** The rows of a table's text; fails if it is not a complete table. */
    public static List<List<String>> parse(Table table, String text) throws IOException {
        assertTrue(text.endsWith("\n"), table.label() + " does not end with a newline: truncated?");
        List<List<String>> rows = new ArrayList<>();
        try (Reader r = new StringReader(text);
             CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180)) {
            boolean header = true;
            for (CSVRecord rec : p) {
                List<String> cells = rec.toList();
                if (header) {
                    assertEquals(table.columns(), cells, table.label() + " header");
                    header = false;
                    continue;
                }
                assertEquals(table.columns().size(), cells.size(), table.label() + " row " + rec.getRecordNumber()
                        + " has the wrong number of cells: " + cells);
                rows.add(cells);
            }
            assertTrue(!header, table.label() + " has no header row");
        }
        return rows;
    }

    /** Rows whose doc_id (first cell) passes {@code keep}. */
    public static List<List<String>> whereDocId(List<List<String>> rows, Predicate<String> keep) {
        return rows.stream().filter(r -> keep.test(r.get(0))).toList();
    }

    /** Rows of one doc_id with the doc_id cell replaced by {@code as}, to compare two copies of one article. */
    public static List<List<String>> renamed(List<List<String>> rows, String docId, String as) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : rows) {
            if (r.get(0).equals(docId)) {
                List<String> copy = new ArrayList<>(r);
                copy.set(0, as);
                out.add(copy);
            }
        }
        return out;
    }
}
