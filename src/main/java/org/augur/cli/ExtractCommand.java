package org.augur.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.augur.corpus.CorpusException;
import org.augur.corpus.Source;
import org.augur.nlp.CoreNlpAnnotator;
import org.augur.nlp.CoreNlpTimeTagger;
import org.augur.nlp.ModelException;
import org.augur.nlp.Models;
import org.augur.pipeline.Pipeline;
import org.augur.pipeline.Progress;
import org.augur.pipeline.Run;
import org.augur.pipeline.RunException;
import org.augur.pipeline.RunOptions;
import org.augur.pipeline.RunSummary;
import org.augur.table.Format;
import org.augur.table.Table;
import org.augur.topic.Taxonomy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code augur extract}: corpus in, tables out. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Extract actors, topics and forecasts from a corpus into CSV tables.",
        footerHeading = "%nExamples:%n",
        footer = {"  augur extract corpus -o output",
                "  augur extract article.txt --table forecasts",
                "  find corpus -name '*.txt' -print0 | augur extract - -0 --table actors --format tsv"})
public final class ExtractCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "CORPUS",
            description = "Folders (read recursively: .txt, .md, .html, .htm), files, or '-' for paths on stdin. Default: corpus")
    List<String> inputs = List.of();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder for the tables (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("output");

    @Option(names = "--models", paramLabel = "FILE", description = "Models file (default: ${DEFAULT-VALUE}).")
    Path models = Path.of("models.txt");

    @Option(names = "--topics", paramLabel = "FILE", description = "Topic taxonomy replacing the built-in one (label<TAB>phrase|phrase…).")
    Path topics;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--table", paramLabel = "NAME", description = "Write only this table, to stdout: documents, actors, topics, forecasts or errors.")
    String table;

    @Option(names = "--format", paramLabel = "csv|tsv", description = "Table format (default: ${DEFAULT-VALUE}).")
    Format format = Format.CSV;

    @Option(names = "--bom", description = "Start each table with a UTF-8 byte-order mark (Excel needs it for non-ASCII names).")
    boolean bom;

    @Option(names = "--no-header", description = "Leave out the header row (for appending).")
    boolean noHeader;

    @Option(names = "-0", description = "Paths on stdin are NUL-separated (find -print0).")
    boolean nul;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Refuse articles larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes = 10_000_000;

    @Option(names = "--quiet", description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--verbose", description = "Show CoreNLP's own log on stderr.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Table> only;
        try {
            only = Optional.ofNullable(table).map(Table::of);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        RunOptions options = new RunOptions(inputs.isEmpty() ? List.of("corpus") : inputs, nul, output, only, format,
                !noHeader, bom, threads, maxBytes);
        List<Source> sources;
        try {
            sources = Run.list(options, System.in);
        } catch (CorpusException e) {
            throw new AugurException(ExitCodes.USAGE, e.getMessage());
        }
        Taxonomy taxonomy = taxonomy();
        long loadStart = System.nanoTime();
        Models declared;
        CoreNlpAnnotator annotator;
        CoreNlpTimeTagger timeTagger;
        try {
            declared = Models.read(models);
            annotator = new CoreNlpAnnotator(declared);
            timeTagger = new CoreNlpTimeTagger(declared);
        } catch (ModelException e) {
            throw new AugurException(ExitCodes.CANNOT_RUN, e.getMessage());
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        Pipeline pipeline = Pipeline.standard(annotator, timeTagger, taxonomy);
        Progress progress = quiet ? Progress.NONE : ConsoleProgress.forStderr();
        RunSummary summary;
        try {
            summary = new Run(pipeline, options, System.in, System.out, err, progress).execute(sources);
            if (only.isEmpty()) {
                Manifest.write(output.resolve("manifest.json"), declared, options, summary, loadSeconds);
            }
        } catch (RunException e) {
            throw new AugurException(ExitCodes.CANNOT_RUN, e.getMessage());
        } catch (IOException e) {
            throw new AugurException(ExitCodes.CANNOT_RUN, "cannot write the manifest: " + e.getMessage());
        }
        if (!quiet) {
            err.printf(java.util.Locale.ROOT, "augur: %d articles (%d failed), %d actors, %d topics, %d forecasts in %.1f s%s%n",
                    summary.articles(), summary.failed(), summary.actors(), summary.topics(), summary.forecasts(),
                    summary.seconds() + loadSeconds, only.isEmpty() ? " → " + output : "");
        }
        err.flush();
        return summary.failed() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    private Taxonomy taxonomy() {
        if (topics == null) {
            return Taxonomy.standard();
        }
        try {
            return Taxonomy.read(topics);
        } catch (IOException | IllegalArgumentException e) {
            throw new AugurException(ExitCodes.USAGE, "cannot read the topic taxonomy " + topics + ": " + e.getMessage());
        }
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
