package org.augur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.augur.table.Table;
import org.augur.testing.Cli;
import org.augur.testing.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spreadsheet safety on a corpus built to attack it: file names and article text (titles, sentences)
 * that start with {@code = + - @}, tab or CR, and cells holding quotes, commas and newlines. Every table
 * is read back with commons-csv: no cell may start with a formula character, and guarded cells must be
 * the original value behind one apostrophe. Loads CoreNLP.
 */
class FormulaInjectionTest {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /**
     * Article file name → its text: a title line, a neutral sentence (CoreNLP runs an unpunctuated title
     * into the sentence after it, since it does not split at blank lines), then the sentences under test.
     */
    private static final Map<String, String> ARTICLES = new TreeMap<>(Map.of(
            "=HYPERLINK(\"http-evil\").txt", article("=HYPERLINK(\"http://evil.example\",\"click me\")",
                    "=1+2 will surely rise next year, analysts said.\n\n"
                    + "+SUM(A1:A9) prices may fall in May, said Angela Merkel."),
            "+plus.txt", article("+cmd|' /C calc'!A0", "-2 percent growth is expected to follow next year, said Olaf Scholz."),
            "-minus.txt", article("-minus title", "@Trump will probably win the vote in November, he said."),
            "@at.txt", article("@SUM(1)", "The talks will resume in Geneva next week, a spokesman said."),
            "\ttab.txt", article("\tTabbed title", "The summit will open on Monday, officials said."),
            "\rcr.txt", article("Title of a CR-named file", "The ministers will meet again next month, she said."),
            "quote\"d, comma.txt", article("A \"quoted\", comma title",
                    "He said: \"We will, without doubt,\nwin the vote\", and left the room.")));

    private static String article(String title, String body) {
        return title + "\n\nReported on Monday.\n\n" + body + "\n";
    }

    private static final Map<String, byte[]> FAILING = Map.of(
            "=bad.txt", new byte[0],
            "@bad \"quote\", comma\nnewline.txt", new byte[] {'%', 'P', 'D', 'F', '-', '1'});

    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void run() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (var e : ARTICLES.entrySet()) {
            Files.writeString(corpus.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        for (var e : FAILING.entrySet()) {
            Files.write(corpus.resolve(e.getKey()), e.getValue());
        }
        out = dir.resolve("out");
        Cli r = Cli.run("extract", corpus.toString(), "-o", out.toString(), "--quiet");
        assertEquals(ExitCodes.PARTIAL, r.exitCode(), r.err());
    }

    private static String guarded(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    @Test
    void noCellInAnyTableStartsWithAFormulaCharacter() throws IOException {
        int cells = 0;
        for (Table t : Table.values()) {
            for (List<String> row : Tables.rows(out, t)) {
                for (String cell : row) {
                    assertTrue(cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0,
                            t.label() + " cell " + cell + " in " + row);
                    cells++;
                }
            }
        }
        assertTrue(cells > 100, "cells read: " + cells);
    }

    @Test
    void fileNamesComeBackGuardedAndOtherwiseExact() throws IOException {
        TreeSet<String> expected = new TreeSet<>();
        ARTICLES.keySet().forEach(n -> expected.add(guarded(n)));
        FAILING.keySet().forEach(n -> expected.add(guarded(n)));
        TreeSet<String> ids = new TreeSet<>();
        Tables.rows(out, Table.DOCUMENTS).forEach(r -> ids.add(r.get(0)));
        assertEquals(expected, ids);

        TreeSet<String> errors = new TreeSet<>();
        Tables.rows(out, Table.ERRORS).forEach(r -> errors.add(r.get(0)));
        TreeSet<String> failing = new TreeSet<>();
        FAILING.keySet().forEach(n -> failing.add(guarded(n)));
        assertEquals(failing, errors);
    }

    @Test
    void titlesComeBackGuardedAndOtherwiseExact() throws IOException {
        Map<String, String> titles = new TreeMap<>();
        Tables.rows(out, Table.DOCUMENTS).forEach(r -> titles.put(r.get(0), r.get(1)));
        ARTICLES.forEach((name, text) -> {
            String firstLine = text.substring(0, text.indexOf('\n')).strip();
            assertEquals(guarded(firstLine), titles.get(guarded(name)), name);
        });
    }

    @Test
    void forecastSentencesComeBackGuardedWithTheirQuotesCommasAndNewlines() throws IOException {
        Map<String, List<String>> byDoc = new TreeMap<>();
        for (List<String> r : Tables.rows(out, Table.FORECASTS)) {
            byDoc.computeIfAbsent(r.get(0), k -> new java.util.ArrayList<>()).add(r.get(4));
            String text = ARTICLES.get(unguarded(r.get(0)));
            String sentence = text.substring(Integer.parseInt(r.get(2)), Integer.parseInt(r.get(3)));
            assertEquals(guarded(sentence), r.get(4), "offsets of " + r);
        }
        assertEquals(List.of("'=1+2 will surely rise next year, analysts said.",
                "'+SUM(A1:A9) prices may fall in May, said Angela Merkel."),
                byDoc.get("'=HYPERLINK(\"http-evil\").txt"));
        assertEquals(List.of("'-2 percent growth is expected to follow next year, said Olaf Scholz."),
                byDoc.get("'+plus.txt"));
        assertEquals(List.of("'@Trump will probably win the vote in November, he said."), byDoc.get("'-minus.txt"));
        assertEquals(List.of("He said: \"We will, without doubt,\nwin the vote\", and left the room."),
                byDoc.get("quote\"d, comma.txt"));
    }

    private static String unguarded(String cell) {
        return cell.startsWith("'") && !ARTICLES.containsKey(cell) ? cell.substring(1) : cell;
    }
}
