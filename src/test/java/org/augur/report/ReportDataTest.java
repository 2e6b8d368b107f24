package org.augur.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The report's data part (the JSON its script reads) for the seed run, against a golden file. The input
 * is the golden tables of the seed run (GoldenTest keeps them equal to a real run), so no model loads.
 * After a deliberate change, refresh with
 * {@code mvn test -Dtest=ReportDataTest -Daugur.golden.update=true} and read the diff before committing.
 */
class ReportDataTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void seedRunGivesTheGoldenData() throws IOException, ReportException {
        String actual = ReportData.json(RunTables.read(GOLDEN));
        Path golden = GOLDEN.resolve("report-data.json");
        if (Boolean.getBoolean("augur.golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "report data differs from " + golden);
    }
}
