package org.augur.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.augur.corpus.BadBytes;
import org.augur.corpus.CorpusException;
import org.augur.corpus.Decoding;
import org.augur.corpus.FileErrors;
import org.augur.corpus.Source;
import org.augur.forecast.ForecastModel;
import org.augur.nlp.CoreNlpModels;
import org.augur.nlp.ModelException;
import org.augur.nlp.Models;
import org.augur.pipeline.CanonicalNames;
import org.augur.pipeline.LazyPipeline;
import org.augur.pipeline.Pipeline;
import org.augur.pipeline.ResultCache;
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

/**
 * {@code augur extract}: corpus in, tables out. Reads path lists from the stdin it is given and writes a
 * {@code --table} to the stdout it is given, byte for byte; everything else (progress, the summary, each
 * failed article) goes to picocli's {@code getErr()}.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Extract actors, topics and forecasts from a corpus into CSV tables.",
        footerHeading = "%nExamples:%n",
        footer = {"  augur extract corpus -o output",
                "  augur extract article.txt --table forecasts",
                "  augur extract corpus --table forecasts | csvgrep -c certainty -m possible",
                "  find corpus -name '*.txt' -print0 | augur extract - -0 --table actors",
                "  augur extract corpus -o output --bom    # Excel shows non-ASCII names right",
                "  augur extract more --table actors --no-header >> actors.csv   # append",
                "  augur extract corpus -o output --report   # and output/report.html",
                "  augur extract scraped --encoding windows-1252 --bad-bytes refuse",
                "%nOnly the table goes to stdout. Progress (when stderr is a terminal), the summary and each "
                        + "failed article go to stderr.",
                "%nExit codes: 0 every article processed, 1 some failed (see errors.csv), 2 usage or corpus "
                        + "error, 3 cannot run (a model missing, output folder not writable)."})
public final class ExtractCommand implements Callable<Integer> {
    /** The models.txt key that names the trained forecast model. */
    static final String FORECAST_MODEL = "forecast.model";
    /** The models.txt key that names the fine-tuned sentence encoder's weights, which the model reads. */
    static final String FORECAST_ENCODER = "forecast.encoder";

    private final InputStream stdin;
    private final OutputStream stdout;

    /** On the process's own stdin and stdout. */
    public ExtractCommand() {
        this(System.in, System.out);
    }

    /** On the given streams: {@code stdin} holds path lists for {@code -}, {@code stdout} receives a {@code --table}. */
    public ExtractCommand(InputStream stdin, OutputStream stdout) {
        this.stdin = stdin;
        this.stdout = stdout;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "CORPUS",
            description = "Folders (read recursively: .txt, .md, .html, .htm), files, or '-' for paths on stdin. Default: corpus")
    List<Path> inputs = List.of(); // Paths, not Strings, so that shell completion offers file names

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder for the tables (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("output");

    @Option(names = "--models", paramLabel = "FILE", description = "Models file (default: ${DEFAULT-VALUE}).")
    Path models = Models.defaultFile();

    @Option(names = "--topics", paramLabel = "FILE", description = "Topic taxonomy replacing the built-in one (label<TAB>phrase|phrase…).")
    Path topics;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--table", paramLabel = "NAME", completionCandidates = TableNames.class,
            description = "Write only this table, to stdout: documents, actors, topics, forecasts or errors. "
                    + "Nothing is written to the output folder (its cache is read, never changed).")
    String table;

    @Option(names = "--format", paramLabel = "csv|tsv", completionCandidates = FormatNames.class, description = "Table format: csv (the default) or tsv.")
    Format format = Format.CSV;

    @Option(names = "--bom", description = "Start each table with a UTF-8 byte-order mark (Excel needs it for non-ASCII names).")
    boolean bom;

    @Option(names = "--no-header", description = "Leave out the header row (for appending).")
    boolean noHeader;

    @Option(names = "-0", description = "Paths on stdin are NUL-separated (find -print0).")
    boolean nul;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Refuse articles larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes = 10_000_000;

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "Encoding of files without a byte-order mark: any Java knows, e.g. windows-1252, "
                    + "ISO-8859-1, UTF-16LE (default: ${DEFAULT-VALUE}). A file with a BOM is read by its BOM.")
    String encoding = "UTF-8";

    @Option(names = "--bad-bytes", paramLabel = "refuse|replace", completionCandidates = BadBytesNames.class,
            description = "Bytes the encoding cannot decode: replace reads each bad sequence as U+FFFD and keeps "
                    + "the article (status 'replaced', a line on stderr); refuse fails the article "
                    + "(default: replace).")
    BadBytes badBytes = BadBytes.REPLACE;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Folder of cached per-article results (default: OUTPUT/.augur-cache).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Neither use nor store cached results.")
    boolean noCache;

    @Option(names = "--resume", description = "Continue a run that was killed: its finished articles come from the cache. "
            + "Fails when the cache holds no interrupted run.")
    boolean resume;

    @Option(names = "--report", description = "Also write OUTPUT/report.html from the tables (as augur report does).")
    boolean report;

    @Option(names = "--quiet", description = "Print nothing but errors: no progress bar, no summary.")
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
        if (report && only.isPresent()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--report needs the tables in a folder, not --table");
        }
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        Decoding decoding;
        try {
            decoding = Decoding.of(encoding, badBytes);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--encoding: " + e.getMessage());
        }
        exclusive(quiet, "--quiet", verbose, "--verbose");
        exclusive(cacheDir != null, "--cache", noCache, "--no-cache");
        exclusive(resume, "--resume", noCache, "--no-cache");
        // --table writes no folder, and a resumed run's cache must be completed, which --table never does
        exclusive(resume, "--resume", only.isPresent(), "--table");
        List<String> corpus = inputs.isEmpty() ? List.of("corpus") : inputs.stream().map(Path::toString).toList();
        RunOptions options = new RunOptions(corpus, nul, output, only, format,
                !noHeader, bom, threads, maxBytes, decoding);
        List<Source> sources;
        try {
            // Not an errors.csv row: that table is one row per failed article, each with a "failed" row in
            // documents.csv, and this doc_id is in the tables (from the first file).
            sources = Run.list(options, stdin, d -> err.println("augur: " + Run.oneLine(d.docId()) + ": "
                    + Run.oneLine(d.skipped().toString()) + " is skipped: " + Run.oneLine(d.kept().toString())
                    + " has the same doc_id and is kept"));
        } catch (CorpusException e) {
            throw new AugurException(ExitCodes.USAGE, e.getMessage());
        }
        Taxonomy taxonomy = taxonomy();
        Path cacheFolder = noCache ? null : cacheDir != null ? cacheDir : output.resolve(".augur-cache");
        // before the output folder is made: a mistyped -o must leave nothing behind
        if (resume && !ResultCache.interrupted(cacheFolder)) {
            throw new AugurException(ExitCodes.USAGE, "nothing to resume: " + cacheFolder + " holds no interrupted run");
        }
        if (only.isEmpty()) {
            prepareOutput(output);
        }
        Models declared;
        try {
            declared = Models.read(models);
            declared.verify();
        } catch (ModelException e) {
            throw new AugurException(ExitCodes.CANNOT_RUN, e.getMessage());
        }
        Optional<ForecastModel> forecastModel = forecastModel(declared, err);
        ResultCache cache = cacheFolder == null ? ResultCache.NONE
                : new ResultCache(cacheFolder, fingerprint(declared, forecastModel));
        if (only.isPresent()) {
            // --table writes nothing: it takes what an earlier run cached, and leaves that cache (even an
            // interrupted run's, which --resume can still continue) exactly as it was
            cache = cache.readOnly();
        }
        // Models load when the first article misses the cache: a rerun on an unchanged corpus loads none.
        LazyPipeline pipeline = new LazyPipeline(() -> {
            CoreNlpModels loaded = CoreNlpModels.load(declared);
            if (forecastModel.isPresent()) {
                forecastModel.get().loadEncoder();
            }
            return Pipeline.standard(loaded.annotator(), loaded.timeTagger(), taxonomy, forecastModel);
        });
        ConsoleProgress progress = ConsoleProgress.on(err, quiet ? OptionalInt.empty() : ConsoleProgress.stderrWidth());
        RunSummary summary;
        try {
            summary = new Run(pipeline, cache, options, stdin, stdout, progress.messages(), progress).execute(sources);
            if (only.isEmpty()) {
                CanonicalNames.apply(output, options);
                Manifest.write(output.resolve("manifest.json"), declared, options, summary, pipeline.loaded(),
                        pipeline.loadSeconds());
            }
        } catch (RunException e) {
            throw new AugurException(ExitCodes.CANNOT_RUN, e.getMessage());
        } catch (IOException e) {
            throw new AugurException(ExitCodes.CANNOT_RUN, "cannot write the manifest: " + FileErrors.reason(e));
        }
        if (!quiet) {
            err.printf(java.util.Locale.ROOT, "augur: %s (%d failed%s%s), %s, %s, %s%s in %.1f s%s%n",
                    count(summary.articles(), "article"), summary.failed(),
                    summary.cached() > 0 ? ", " + summary.cached() + " from the cache" : "",
                    summary.replaced() > 0 ? ", " + summary.replaced() + " with bad bytes replaced" : "",
                    count(summary.actors(), "actor"), count(summary.topics(), "topic"),
                    count(summary.forecasts(), "forecast"),
                    summary.untokenizable() > 0 ? ", " + count(summary.untokenizable(), "untokenizable character") : "",
                    summary.seconds(), only.isEmpty() ? " → " + output : "");
        }
        if (report && only.isEmpty()) {
            Path written = ReportCommand.write(output);
            if (!quiet) {
                err.println(ReportCommand.describe(written));
            }
        }
        err.flush();
        return summary.failed() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    /** Options shown as alternatives ({@code [--quiet|--verbose]}) are a usage error together. */
    private void exclusive(boolean a, String aName, boolean b, String bName) {
        if (a && b) {
            throw new CommandLine.ParameterException(spec.commandLine(), aName + " and " + bName + " cannot be combined");
        }
    }

    private Taxonomy taxonomy() {
        if (topics == null) {
            return Taxonomy.standard();
        }
        try {
            return Taxonomy.read(topics);
        } catch (IOException e) {
            throw new AugurException(ExitCodes.USAGE, "cannot read the topic taxonomy " + topics + ": " + FileErrors.reason(e));
        } catch (IllegalArgumentException e) {
            throw new AugurException(ExitCodes.USAGE, "cannot read the topic taxonomy " + topics + ": " + e.getMessage());
        }
    }

    /** Table names for shell completion of --table. */
    static final class TableNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Table.values()).map(Table::label).iterator();
        }
    }

    /** The --bad-bytes values for shell completion, in the lower case the documentation uses. */
    static final class BadBytesNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(BadBytes.values()).map(BadBytes::label).iterator();
        }
    }

    /** Format names for shell completion of --format, in the lower case the documentation uses. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Format.values()).map(Format::extension).iterator();
        }
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * Creates the output folder if missing and checks that it takes files, so that an unusable folder is
     * reported (exit 3) before the models load, which takes tens of seconds.
     */
    static void prepareOutput(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.delete(Files.createTempFile(dir, ".augur-", ".probe"));
        } catch (IOException e) {
            throw new AugurException(ExitCodes.CANNOT_RUN, "cannot write to the output folder " + dir + ": " + why(e));
        }
    }

    /** Why the output folder cannot be used, in the terms of making a folder. */
    private static String why(IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return "it is a file, not a folder";
        }
        if (e instanceof NoSuchFileException f) {
            return "cannot create " + f.getFile();
        }
        return FileErrors.reason(e);
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    /**
     * The forecast model that models.txt names as {@value #FORECAST_MODEL} (it is small and read before
     * CoreNLP loads, so a bad one stops the run at once); without one, the cue rules alone decide.
     */
    private Optional<ForecastModel> forecastModel(Models declared, PrintWriter err) {
        String resource = declared.get(FORECAST_MODEL);
        if (resource == null) {
            if (!quiet) {
                err.println("augur: " + declared.source() + " names no " + FORECAST_MODEL
                        + ": forecasts are decided by the cue rules alone");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(ForecastModel.load(resource, declared.get(FORECAST_ENCODER)));
        } catch (IOException e) {
            throw new AugurException(ExitCodes.CANNOT_RUN, "cannot read the forecast model " + resource + ": "
                    + FileErrors.reason(e));
        }
    }

    /** Whatever besides the article can change its rows: Augur's build, the models, the taxonomy. */
    private String fingerprint(Models declared, Optional<ForecastModel> forecastModel) {
        StringBuilder sb = new StringBuilder(Main.Version.build()).append('\n').append(declared.fingerprint());
        forecastModel.ifPresent(m -> sb.append(FORECAST_MODEL).append(" sha256=").append(sha256(m.format(List.of())))
                .append('\n').append(FORECAST_ENCODER).append(" sha256=").append(m.encoderSha256()).append('\n'));
        if (topics != null) {
            try {
                sb.append("topics=").append(java.util.HexFormat.of().formatHex(java.security.MessageDigest
                        .getInstance("SHA-256").digest(Files.readAllBytes(topics))));
            } catch (IOException e) {
                throw new AugurException(ExitCodes.USAGE, "cannot read the topic taxonomy " + topics + ": " + FileErrors.reason(e));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this Java", e);
            }
        }
        return sb.toString();
    }
}
