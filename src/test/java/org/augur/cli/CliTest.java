package org.augur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's contract: help, version, completion, exit codes. None of these load a model. */
class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void helpListsTheCommandsWithExamples() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("extract"), out.toString());
        assertTrue(out.toString().contains("augur extract corpus -o output"), out.toString());
        assertTrue(out.toString().contains("Exit codes: 0"), out.toString());
        assertFalse(out.toString().contains("completion  "), "completion is a hidden command: " + out);
        for (String command : List.of("extract", "eval", "models")) {
            out.getBuffer().setLength(0);
            assertEquals(0, run(command, "--help"));
            assertTrue(out.toString().contains("Example"), command + " --help has examples: " + out);
            assertTrue(out.toString().contains("  augur " + command), command + " --help: " + out);
        }
        assertTrue(out.toString().contains("--models"), out.toString());
    }

    /**
     * picocli starts each description element on a new line, and lists a command by its first one: an
     * element must end a sentence. An example longer than the help's width wraps to column 0.
     */
    @Test
    void helpHasNoSentenceCutByALineBreakAndNoWrappedExample() {
        CommandLine root = Main.commandLine();
        List<CommandLine> commands = new java.util.ArrayList<>(List.of(root));
        commands.addAll(root.getSubcommands().values());
        for (CommandLine c : commands) {
            for (String d : c.getCommandSpec().usageMessage().description()) {
                assertTrue(d.replace("%n", "").strip().endsWith("."), c.getCommandName() + " description element ends mid-sentence: " + d);
            }
            for (String f : c.getCommandSpec().usageMessage().footer()) {
                for (String line : f.replace("%n", "\n").split("\n")) {
                    assertFalse(line.startsWith("  ") && line.length() > c.getUsageHelpWidth(),
                            c.getCommandName() + " example wraps: " + line);
                }
            }
        }
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("  eval     Score a finished run against a gold folder, or cross-validate"),
                out.toString());
    }

    @Test
    void extractHelpShowsPipelinesAndExitCodes() {
        assertEquals(0, run("extract", "--help"));
        String help = out.toString();
        for (String expected : List.of("--table", "augur extract corpus --table forecasts | csvgrep",
                "find corpus -name '*.txt' -print0 | augur extract - -0", "--bom", "Exit codes: 0")) {
            assertTrue(help.contains(expected), expected + " in " + help);
        }
    }

    @Test
    void completionScriptCoversTheCommandsAndTheirValues() {
        assertEquals(0, run("completion"));
        String script = out.toString();
        assertTrue(script.startsWith("#!/usr/bin/env bash"), script);
        assertTrue(script.contains("complete -F _complete_augur"), script);
        assertTrue(script.contains("ZSH_VERSION"), "the script also serves zsh (bashcompinit)");
        assertTrue(script.contains("(\"documents\" \"actors\" \"topics\" \"forecasts\" \"errors\") # --table values"), script);
        assertTrue(script.contains("(\"csv\" \"tsv\") # --format values"), script);
    }

    @Test
    void completionScriptCompletesInBash(@TempDir Path dir) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        assertEquals(0, run("completion"));
        Path script = Files.writeString(dir.resolve("augur_completion"), out.toString());
        assertEquals("forecasts", complete(script, "augur extract corpus --table fo"));
        assertEquals("tsv", complete(script, "augur extract --format t"));
        assertEquals("eval extract", complete(script, "augur e"));
        assertEquals("eval extract help models report train", complete(script, "augur "), "as README.md lists them");
    }

    /** What bash's completion function offers for the last word of {@code line}, sorted, space-separated. */
    private static String complete(Path script, String line) throws IOException, InterruptedException {
        String words = String.join(" ", java.util.Arrays.stream(line.split(" ", -1)).map(w -> "'" + w + "'").toList());
        // compopt only works inside a real completion; outside one it is stubbed
        String program = "source '" + script + "'; compopt() { :; }; COMP_LINE='" + line + "'; COMP_WORDS=(" + words + "); "
                + "COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _complete_augur; printf '%s\\n' \"${COMPREPLY[@]}\" | sort | xargs";
        Process p = new ProcessBuilder("/bin/bash", "-c", program).redirectErrorStream(true).start();
        String result = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        assertEquals(0, p.waitFor(), result);
        return result;
    }

    @Test
    void formatIsCaseInsensitiveAsDocumented() {
        // the corpus is missing, so these stop at listing (exit 2 naming it) rather than at --format
        assertEquals(2, run("extract", "--format", "tsv", "no/such/folder"));
        assertEquals(2, run("extract", "--format", "TSV", "no/such/folder"));
        assertFalse(err.toString().contains("--format"), err.toString());
        assertEquals(2, run("extract", "--format", "xlsx", "corpus"));
        assertTrue(err.toString().contains("Invalid value for option '--format'"), err.toString());
    }

    @Test
    void versionNamesAugurAndCoreNlp() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().matches("(?s)augur \\d+\\.\\d+\\.\\d+.*Stanford CoreNLP 4\\.5\\.10.*"), out.toString());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("extract", "--no-such-option"));
        assertEquals(2, run("extract", "--table", "nonsense", "corpus"));
        assertEquals(2, run("extract", "no/such/folder"));
        assertTrue(err.toString().contains("no such file or folder: no/such/folder"), err.toString());
    }

    @Test
    void missingModelExitsWithThreeNamingIt(@TempDir Path dir) throws IOException {
        Path models = dir.resolve("models.txt");
        Files.writeString(models, "pos.model = edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger\n"
                + "ner.model = models/not-there.crf.ser.gz\n");
        assertEquals(3, run("extract", "corpus", "--models", models.toString(), "-o", dir.resolve("out").toString()));
        assertTrue(err.toString().contains("ner.model = models/not-there.crf.ser.gz"), err.toString());
        assertEquals(3, run("models", "--models", models.toString()));
        assertTrue(out.toString().contains("MISSING  ner.model"), out.toString());
    }

    /** Java's message for a missing or forbidden file is only its path; the message says why instead. */
    @Test
    void fileErrorsSayWhy(@TempDir Path dir) throws IOException {
        Path nope = dir.resolve("nope.tsv");
        assertEquals(2, run("extract", "corpus", "--topics", nope.toString(), "-o", dir.resolve("out").toString()));
        assertEquals("augur: cannot read the topic taxonomy " + nope + ": no such file\n", err.toString());
        err.getBuffer().setLength(0);
        Path models = dir.resolve("models.txt");
        assertEquals(3, run("models", "--models", models.toString()));
        assertEquals("augur: cannot read models file " + models + ": no such file\n", err.toString());
    }

    /** dir1/a.txt and dir2/a.txt are both doc_id a.txt: the first is kept, the second named on stderr. */
    @Test
    void aSecondFileWithTheSameDocIdIsNamedOnStderr(@TempDir Path dir) throws IOException {
        Path one = Files.createDirectories(dir.resolve("dir1"));
        Path two = Files.createDirectories(dir.resolve("dir2"));
        Files.writeString(one.resolve("a.txt"), "");   // empty: fails when read, so no model loads
        Files.writeString(two.resolve("a.txt"), "");
        assertEquals(1, run("extract", one.toString(), two.toString(), "--table", "errors", "--quiet"));
        assertEquals("augur: a.txt: " + two.resolve("a.txt") + " is skipped: " + one.resolve("a.txt")
                + " has the same doc_id and is kept\naugur: a.txt: the file holds no text\n", err.toString());
    }

    /** Nothing to do is not a failure: README's exit codes say so. No model loads (nothing misses the cache). */
    @Test
    void anEmptyCorpusFolderExitsZeroWithHeaderOnlyTables(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("empty"));
        Path out = dir.resolve("out");
        assertEquals(0, run("extract", corpus.toString(), "-o", out.toString()));
        assertTrue(err.toString().contains("augur: 0 articles (0 failed), 0 actors, 0 topics, 0 forecasts"), err.toString());
        for (org.augur.table.Table t : org.augur.table.Table.values()) {
            assertEquals(String.join(",", t.columns()) + "\n", Files.readString(out.resolve(t.label() + ".csv")), t.label());
        }
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"models_loaded\": false"),
                Files.readString(out.resolve("manifest.json")));
    }

    @Test
    void resumeWithoutAnInterruptedRunIsAUsageError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Some text.\n");
        assertEquals(2, run("extract", dir.toString(), "-o", dir.resolve("out").toString(), "--resume"));
        assertTrue(err.toString().contains("nothing to resume"), err.toString());
    }

    @Test
    void alternativesTogetherAreAUsageErrorNamingBoth(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Some text.\n");
        Path out = dir.resolve("out");
        for (List<String> both : List.of(List.of("--quiet", "--verbose"), List.of("--no-cache", "--cache", "c"),
                List.of("--no-cache", "--resume"), List.of("--resume", "--table", "forecasts"))) {
            err.getBuffer().setLength(0);
            List<String> args = new java.util.ArrayList<>(List.of("extract", dir.toString(), "-o", out.toString()));
            args.addAll(both);
            assertEquals(2, run(args.toArray(String[]::new)), both.toString());
            String first = err.toString().lines().findFirst().orElse("");
            List<String> options = both.stream().filter(o -> o.startsWith("--")).sorted().toList();
            assertTrue(first.matches(".*" + "(--quiet|--verbose|--no-cache|--cache|--resume|--table)"
                    + " and (--quiet|--verbose|--no-cache|--cache|--resume|--table) cannot be combined"), first);
            for (String option : options) {
                assertTrue(first.contains(option + " "), option + " named in: " + first);
            }
            assertFalse(Files.exists(out), "a usage error made the output folder");
        }
    }

    @Test
    void malformedMetadataExitsWithTwo(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Some text.\n");
        Files.writeString(dir.resolve("metadata.csv"), "name,date\na.txt,2020-01-01\n");
        assertEquals(2, run("extract", dir.toString(), "-o", dir.resolve("out").toString()));
        assertTrue(err.toString().contains("metadata.csv: the header has no 'file' column"), err.toString());
    }
}
