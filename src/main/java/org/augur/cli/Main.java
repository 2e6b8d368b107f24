package org.augur.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code augur [extract|eval|train|report|models] ...}. The only place that calls {@code System.exit}. */
@Command(name = "augur", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Reads news and commentary articles and writes CSV tables of the actors they name, the "
                + "topics they discuss and the forecasts they make.",
        subcommands = {ExtractCommand.class, EvalCommand.class, TrainCommand.class, ReportCommand.class, ModelsCommand.class, CompletionCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  augur extract corpus -o output",
                "  find corpus -name '*.txt' | augur extract - --table forecasts",
                "  augur extract corpus --table actors | mlr --icsv --opprint count -g type",
                "  augur eval --gold ../shared/data/eval/dev -o output",
                "  augur eval --cv 10 --gold ../shared/data/eval/train",
                "  augur train --gold ../shared/data/eval/train -o my-model.tsv",
                "  augur report -o output          # output/report.html: charts, forecasts",
                "  source <(augur completion)      # TAB completion in bash or zsh",
                "%nExit codes: 0 all articles processed, 1 some failed (see errors.csv), 2 usage or corpus error, "
                        + "3 cannot run (models missing, output not writable)."})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        List<String> a = List.of(args);
        quietLogging(a.contains("--verbose"), a.contains("--quiet"));
        System.exit(commandLine().execute(args));
    }

    /**
     * CoreNLP logs through SLF4J to stderr: everything with --verbose, else its errors only. Its warnings
     * are its tokenizer's "Untokenizable: …" lines, one per piece of text with a control character or a
     * bidirectional mark, hundreds on a scraped corpus, burying the lines that name failed files; the run's
     * summary counts those characters instead. Other loggers (Spark, ONNX Runtime) warn as before.
     */
    static void quietLogging(boolean verbose, boolean quiet) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : quiet ? "error" : "warn");
        System.setProperty("org.slf4j.simpleLogger.log.edu.stanford.nlp", verbose ? "info" : "error");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }

    /** The command line on the process's own stdin and stdout. */
    public static CommandLine commandLine() {
        return commandLine(System.in, System.out);
    }

    /**
     * The command line with Augur's exit-code mapping, reading path lists from {@code stdin} and writing
     * {@code --table} output, help and version to {@code stdout}; tests pass their own streams. A table is
     * written to {@code stdout} as bytes (UTF-8, with the BOM if asked), not through picocli's
     * {@code getOut()} writer, so its bytes do not depend on the platform's default charset; help and
     * other text go through {@code getOut()}, which is set to UTF-8 on the same stream.
     */
    public static CommandLine commandLine(InputStream stdin, OutputStream stdout) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine cl = new CommandLine(new Main(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == ExtractCommand.class ? type.cast(new ExtractCommand(stdin, stdout)) : defaults.create(type);
            }
        });
        cl.setOut(new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true); // --format tsv, as documented
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("augur: " + e.getMessage());
            return e instanceof AugurException a ? a.exitCode() : ExitCodes.CANNOT_RUN;
        });
        cl.setExitCodeExceptionMapper(e -> e instanceof AugurException a ? a.exitCode() : ExitCodes.USAGE);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** Augur's version with CoreNLP's and the models'. */
    public static final class Version implements CommandLine.IVersionProvider {
        static Properties properties() {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/org/augur/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException ignored) {
                // fall through to "unknown"
            }
            return p;
        }

        /** This build of Augur: its version and build time. */
        static String build() {
            Properties p = properties();
            return p.getProperty("augur.version", "unknown") + "@" + p.getProperty("augur.build", "unknown");
        }

        @Override
        public String[] getVersion() {
            Properties p = properties();
            return new String[] {
                "augur " + p.getProperty("augur.version", "unknown"),
                "Stanford CoreNLP " + p.getProperty("corenlp.version", "unknown")
                        + ", models edu.stanford.nlp:stanford-corenlp:" + p.getProperty("corenlp.version", "unknown") + ":models",
                "Java " + System.getProperty("java.version")};
        }
    }
}
