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
import org.augur.nlp.CoreNlpModels;
import org.augur.nlp.ModelException;
import org.augur.nlp.Models;
import org.augur.pipeline.LazyPipeline;
import org.augur.pipeline.Pipeline;
import org.augur.pipeline.Progress;
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

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Folder of cached per-article results (default: OUTPUT/.augur-cache).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Neither use nor store cached results.")
    boolean noCache;

    @Option(names = "--resume", description = "Continue a run that was killed: its finished articles come from the cache. "
            + "Fails when the cache holds no interrupted run.")
    boolean resume;

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
        Models declared;
        try {
            declared = Models.read(models);
            declared.verify();
        } catch (ModelException e) {
            throw new AugurException(ExitCodes.CANNOT_RUN, e.getMessage());
        }
        ResultCache cache = noCache ? ResultCache.NONE
                : new ResultCache(cacheDir != null ? cacheDir : output.resolve(".augur-cache"), fingerprint(declared));
        if (resume && !cache.interrupted()) {
            throw new AugurException(ExitCodes.USAGE, "nothing to resume: " + cache.dir().map(Path::toString)
                    .orElse("--no-cache") + " holds no interrupted run");
        }
        // Models load when the first article misses the cache: a rerun on an unchanged corpus loads none.
        LazyPipeline pipeline = new LazyPipeline(() -> {
            CoreNlpModels loaded = CoreNlpModels.load(declared);
            return Pipeline.standard(loaded.annotator(), loaded.timeTagger(), taxonomy);
        });
        Progress progress = quiet ? Progress.NONE : ConsoleProgress.forStderr();
        RunSummary summary;
        try {
            summary = new Run(pipeline, cache, options, System.in, System.out, err, progress).execute(sources);
            if (only.isEmpty()) {
                Manifest.write(output.resolve("manifest.json"), declared, options, summary, pipeline.loaded(),
                        pipeline.loadSeconds());
            }
        } catch (RunException e) {
            throw new AugurException(ExitCodes.CANNOT_RUN, e.getMessage());
        } catch (IOException e) {
            throw new AugurException(ExitCodes.CANNOT_RUN, "cannot write the manifest: " + e.getMessage());
        }
        if (!quiet) {
            err.printf(java.util.Locale.ROOT, "augur: %d articles (%d failed, %d from the cache), %d actors, %d topics, "
                            + "%d forecasts in %.1f s%s%n",
                    summary.articles(), summary.failed(), summary.cached(), summary.actors(), summary.topics(),
                    summary.forecasts(), summary.seconds(), only.isEmpty() ? " → " + output : "");
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

    /** Whatever besides the article can change its rows: Augur's build, the models, the taxonomy. */
    private String fingerprint(Models declared) {
        StringBuilder sb = new StringBuilder(Main.Version.build()).append('\n').append(declared.fingerprint());
        if (topics != null) {
            try {
                sb.append("topics=").append(java.util.HexFormat.of().formatHex(java.security.MessageDigest
                        .getInstance("SHA-256").digest(Files.readAllBytes(topics))));
            } catch (IOException | java.security.NoSuchAlgorithmException e) {
                throw new AugurException(ExitCodes.USAGE, "cannot read the topic taxonomy " + topics + ": " + e.getMessage());
            }
        }
        return sb.toString();
    }
}
