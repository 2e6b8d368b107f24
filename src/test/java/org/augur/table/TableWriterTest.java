package org.augur.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cells and TableWriter: exact table text, formula guard, temporary file moved into place on commit. */
class TableWriterTest {
    private static final String ERRORS_HEADER = "doc_id,stage,error,message\n";

    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "=SUM(A1:A9)"   | "'=SUM(A1:A9)"
            "+1 555 0100"   | "'+1 555 0100"
            "-5 reasons"    | "'-5 reasons"
            "@cmd"          | "'@cmd"
            "<TAB>x"        | "'<TAB>x"
            "<CR>x"         | "'<CR>x"
            "plain text"    | "plain text"
            "a=b"           | "a=b"
            "'quoted"       | "'quoted"
            ""              | ""
            """)
    void guardPrefixesFormulaStartsWithAnApostrophe(String value, String guarded) {
        assertEquals(control(guarded), Cells.guard(control(value)));
    }

    private static String control(String s) {
        return s.replace("<TAB>", "\t").replace("<CR>", "\r");
    }

    @Test
    void listJoinsWithBars() {
        assertEquals("Putin|Trump", Cells.list(List.of("Putin", "Trump")));
        assertEquals("", Cells.list(List.of()));
    }

    @Test
    void fileTableIsWrittenExactlyOnlyAfterCommit() throws IOException {
        try (TableWriter w = TableWriter.toFile(Table.ERRORS, dir, Format.CSV, true, false)) {
            w.row(List.of("a.txt", "read", "encoding", "invalid UTF-8 at byte 3; save the file as UTF-8"));
            w.row(List.of("b, c.txt", "extract", "resources", "said \"no\"\nthen left"));
            w.row(List.of("c.txt", "read", "binary", "=HYPERLINK(\"x\")"));
            w.row(List.of("d.txt", "", "", ""));
            assertEquals(List.of(".errors.csv.tmp"), files());
            w.commit();
        }
        assertEquals(List.of("errors.csv"), files());
        assertEquals(ERRORS_HEADER
                + "a.txt,read,encoding,invalid UTF-8 at byte 3; save the file as UTF-8\n"
                + "\"b, c.txt\",extract,resources,\"said \"\"no\"\"\nthen left\"\n"
                + "c.txt,read,binary,\"'=HYPERLINK(\"\"x\"\")\"\n"
                + "d.txt,,,\n",
                Files.readString(dir.resolve("errors.csv")));
    }

    @Test
    void numbersAreNotGuardedButTextIs() throws IOException {
        try (TableWriter w = TableWriter.toFile(Table.DOCUMENTS, dir, Format.CSV, true, false)) {
            w.row(List.of("a.txt", "-5 reasons", "2024-01-05", 3, -1, 0, 2, "ok"));
            w.commit();
        }
        assertEquals("doc_id,title,date,sentences,tokens,actors,forecasts,status\n"
                + "a.txt,'-5 reasons,2024-01-05,3,-1,0,2,ok\n", Files.readString(dir.resolve("documents.csv")));
    }

    @Test
    void closeWithoutCommitKeepsThePreviousTableAndRemovesTheTemporaryFile() throws IOException {
        Path target = dir.resolve("errors.csv");
        Files.writeString(target, ERRORS_HEADER + "old.txt,read,empty,the file holds no text\n");
        try (TableWriter w = TableWriter.toFile(Table.ERRORS, dir, Format.CSV, true, false)) {
            w.row(List.of("new.txt", "read", "binary", "not a text file (PDF)"));
        }
        assertEquals(List.of("errors.csv"), files());
        assertEquals(ERRORS_HEADER + "old.txt,read,empty,the file holds no text\n", Files.readString(target));
    }

    @Test
    void commitReplacesThePreviousTable() throws IOException {
        Files.writeString(dir.resolve("errors.csv"), "stale\n");
        try (TableWriter w = TableWriter.toFile(Table.ERRORS, dir, Format.CSV, true, false)) {
            w.commit();
        }
        assertEquals(List.of("errors.csv"), files());
        assertEquals(ERRORS_HEADER, Files.readString(dir.resolve("errors.csv")));
    }

    @Test
    void withoutHeaderOnlyRowsAreWritten() throws IOException {
        try (TableWriter w = TableWriter.toFile(Table.ERRORS, dir, Format.CSV, false, false)) {
            w.row(List.of("a.txt", "read", "empty", "the file holds no text"));
            w.commit();
        }
        assertEquals("a.txt,read,empty,the file holds no text\n", Files.readString(dir.resolve("errors.csv")));
    }

    @Test
    void tsvUsesTabsAndQuotesCellsHoldingTabs() throws IOException {
        try (TableWriter w = TableWriter.toFile(Table.ERRORS, dir, Format.TSV, true, false)) {
            w.row(List.of("a b.txt", "read", "x\ty", "commas, stay bare"));
            w.row(List.of("c.txt", "read", "@x", "\tindented"));
            w.commit();
        }
        assertEquals(List.of("errors.tsv"), files());
        assertEquals("doc_id\tstage\terror\tmessage\n"
                + "a b.txt\tread\t\"x\ty\"\tcommas, stay bare\n"
                + "c.txt\tread\t'@x\t\"'\tindented\"\n", Files.readString(dir.resolve("errors.tsv")));
    }

    @Test
    void bomOptionStartsTheFileWithAByteOrderMark() throws IOException {
        try (TableWriter w = TableWriter.toFile(Table.ERRORS, dir, Format.CSV, true, true)) {
            w.row(List.of("ö.txt", "read", "empty", "none"));
            w.commit();
        }
        byte[] bytes = Files.readAllBytes(dir.resolve("errors.csv"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals(ERRORS_HEADER + "ö.txt,read,empty,none\n",
                new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void streamTableIsWrittenThroughAndTheStreamStaysOpen() throws IOException {
        class Recording extends ByteArrayOutputStream {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        Recording out = new Recording();
        try (TableWriter w = TableWriter.toStream(Table.ERRORS, out, Format.CSV, true, false)) {
            w.row(List.of("a.txt", "read", "binary", "+not a formula"));
            w.commit();
        }
        assertFalse(out.closed);
        assertEquals(ERRORS_HEADER + "a.txt,read,binary,'+not a formula\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(), files());
    }

    @Test
    void streamTableWithBom() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter w = TableWriter.toStream(Table.ERRORS, out, Format.TSV, true, true)) {
            w.commit();
        }
        assertEquals("\uFEFFdoc_id\tstage\terror\tmessage\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void rowWithTheWrongNumberOfCellsIsRefused() throws IOException {
        try (TableWriter w = TableWriter.toFile(Table.ERRORS, dir, Format.CSV, true, false)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> w.row(List.of("a.txt", "read")));
            assertEquals("errors has 4 columns, got 2", e.getMessage());
        }
        assertTrue(files().isEmpty());
    }

    /** Excel refuses cells over 32,767 characters; every table's cells pass through row(), so none can be longer. */
    @Test
    void noCellExceedsTheSpreadsheetLimit() throws IOException {
        String huge = "word ".repeat(100_000);
        String pairs = "x".repeat(Cells.MAX_CHARS - 2) + "\uD83D\uDE00\uD83D\uDE00";
        try (TableWriter w = TableWriter.toFile(Table.ERRORS, dir, Format.CSV, false, false)) {
            w.row(List.of(huge, "=" + huge, "x".repeat(Cells.MAX_CHARS), pairs));
            w.commit();
        }
        List<String> cells;
        try (var p = org.apache.commons.csv.CSVParser.parse(dir.resolve("errors.csv"), StandardCharsets.UTF_8,
                org.apache.commons.csv.CSVFormat.RFC4180)) {
            cells = p.getRecords().get(0).toList();
        }
        assertEquals(Cells.MAX_CHARS, cells.get(0).length());
        assertTrue(cells.get(0).startsWith("word word ") && cells.get(0).endsWith("…"), cells.get(0).substring(32_700));
        assertEquals(Cells.MAX_CHARS, cells.get(1).length());
        assertTrue(cells.get(1).startsWith("'=word "));
        assertEquals("x".repeat(Cells.MAX_CHARS), cells.get(2), "a cell of exactly the limit is kept whole");
        assertEquals("x".repeat(Cells.MAX_CHARS - 2) + "…", cells.get(3), "a surrogate pair is never split");
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "'=SUM(A1:A9)"  | "=SUM(A1:A9)"
            "'-5 reasons"   | "-5 reasons"
            "'<TAB>x"       | "<TAB>x"
            "'quoted"       | "'quoted"
            "'"             | "'"
            "plain"         | "plain"
            ""              | ""
            """)
    void unguardUndoesTheGuard(String cell, String value) {
        assertEquals(control(value), Cells.unguard(control(cell)));
        assertEquals(control(value), Cells.unguard(Cells.guard(control(value))));
    }
}
