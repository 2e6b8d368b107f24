package org.augur.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** metadata.csv: columns in any subset, values trimmed, malformed files refused naming the file. */
class MetadataFileTest {
    @TempDir
    Path root;

    private Path csv(String text) throws IOException {
        return Files.writeString(root.resolve("metadata.csv"), text);
    }

    private CorpusException refused(String text) throws IOException {
        csv(text);
        return assertThrows(CorpusException.class, () -> MetadataFile.read(root));
    }

    @Test
    void noMetadataFileMeansNoMetadata() {
        assertEquals(Map.of(), MetadataFile.read(root));
    }

    @Test
    void allColumnsAreRead() throws IOException {
        csv("file,date,title,author,source,url\n"
                + "a.txt,2024-03-01,\"Summit, at last\",Jane Roe,Valdai,https://example.org/a\n");
        assertEquals(Map.of("a.txt", new Metadata(Optional.of(LocalDate.of(2024, 3, 1)), Optional.of("Summit, at last"),
                Optional.of("Jane Roe"), Optional.of("Valdai"), Optional.of("https://example.org/a"))),
                MetadataFile.read(root));
    }

    @Test
    void anySubsetOfColumnsInAnyOrderOtherColumnsIgnored() throws IOException {
        csv("license,author,file\nCC BY 2.5,Jane Roe,a.txt\n");
        assertEquals(Map.of("a.txt", new Metadata(Optional.empty(), Optional.empty(), Optional.of("Jane Roe"),
                Optional.empty(), Optional.empty())), MetadataFile.read(root));
    }

    @Test
    void emptyAndBlankCellsAreAbsentAndValuesAreTrimmed() throws IOException {
        csv("file,date,title,author\n  b.txt , 2024-03-02 ,   ,\n");
        assertEquals(Map.of("b.txt", new Metadata(Optional.of(LocalDate.of(2024, 3, 2)), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty())), MetadataFile.read(root));
    }

    @Test
    void dateTimeKeepsItsDateAndBackslashPathsGetSlashes() throws IOException {
        csv("file,date\nsub\\c.txt,2020-11-26T10:30:00Z\n");
        assertEquals(Map.of("sub/c.txt", new Metadata(Optional.of(LocalDate.of(2020, 11, 26)), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty())), MetadataFile.read(root));
    }

    @Test
    void headerWithoutFileColumnIsRefusedNamingTheFile() throws IOException {
        CorpusException e = refused("name,date\na.txt,2024-01-05\n");
        assertEquals(root.resolve("metadata.csv") + ": the header has no 'file' column (found: name,date)",
                e.getMessage());
    }

    @Test
    void badDateIsRefusedNamingFileAndLine() throws IOException {
        CorpusException e = refused("file,date\na.txt,2024-01-05\nb.txt,05/01/2024\n");
        assertEquals(root.resolve("metadata.csv") + ":3: date '05/01/2024' is not an ISO 8601 date (YYYY-MM-DD)",
                e.getMessage());
    }

    @Test
    void impossibleCalendarDateIsRefused() throws IOException {
        CorpusException e = refused("file,date\na.txt,2024-02-30\n");
        assertEquals(root.resolve("metadata.csv") + ":2: date '2024-02-30' is not an ISO 8601 date (YYYY-MM-DD)",
                e.getMessage());
    }

    @Test
    void emptyFileCellIsRefusedNamingTheFile() throws IOException {
        CorpusException e = refused("file,date\n,2024-01-05\n");
        assertTrue(e.getMessage().startsWith(root.resolve("metadata.csv") + ":"), e.getMessage());
        assertTrue(e.getMessage().endsWith(": the 'file' cell is empty"), e.getMessage());
    }

    @Test
    void unterminatedQuoteIsMalformedCsvNamingTheFileAndLine() throws IOException {
        CorpusException e = refused("file,title\na.txt,\"never closed\n");
        assertEquals(root.resolve("metadata.csv")
                + ": malformed CSV: (startline 2) EOF reached before encapsulated token finished", e.getMessage());
    }

    @Test
    void windows1252IsRefusedAsNotUtf8() throws IOException {
        Files.write(root.resolve("metadata.csv"), "file,author\na.txt,Jos\u00e9\n".getBytes("windows-1252"));
        CorpusException e = assertThrows(CorpusException.class, () -> MetadataFile.read(root));
        assertEquals(root.resolve("metadata.csv") + ": not valid UTF-8; save it as UTF-8", e.getMessage());
    }
}
