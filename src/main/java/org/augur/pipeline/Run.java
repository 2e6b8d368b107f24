package org.augur.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.augur.corpus.Article;
import org.augur.corpus.ArticleException;
import org.augur.corpus.ArticleReader;
import org.augur.corpus.CorpusLister;
import org.augur.corpus.ReplacedBytes;
import org.augur.corpus.Source;
import org.augur.table.Rows;
import org.augur.table.Table;
import org.augur.table.TableWriter;

/**
 * One run over a corpus. Articles are read and processed on {@code threads} workers, at most a few
 * per worker ahead of the writer, and their rows written in doc_id order as they complete, so memory
 * stays flat however large the corpus. An article found in the result cache is not processed again,
 * and the pipeline (with its models) is built only when an article needs it. A failing article becomes
 * an errors.csv row and a stderr line; the others go on. An article read with bad bytes as U+FFFD is a
 * stderr line too, cached or not, and its documents.csv status says so.
 */
public final class Run {
    /** How long a run that stops early waits for the articles its workers are still on. */
    private static final long WORKER_WAIT_SECONDS = 60;

    private final LazyPipeline pipeline;
    private final ResultCache cache;
    private final RunOptions options;
    private final InputStream stdin;
    private final OutputStream stdout;
    private final PrintWriter err;
    private final Progress progress;
    private final ArticleExtraction extraction = new ArticleExtraction();

    public Run(LazyPipeline pipeline, ResultCache cache, RunOptions options, InputStream stdin, OutputStream stdout,
               PrintWriter err, Progress progress) {
        this.pipeline = pipeline;
        this.cache = cache;
        this.options = options;
        this.stdin = stdin;
        this.stdout = stdout;
        this.err = err;
        this.progress = progress;
    }

    /**
     * The outcome of one article: its rows (computed or cached), or the error that stopped it; and the
     * bytes of its file read as U+FFFD, if any (known from reading it, so a cached article has them too).
     */
    private record Outcome(Source source, ArticleRows rows, boolean cached, String stage, String error,
                           String message, Optional<ReplacedBytes> replaced) {
        static Outcome failed(Source source, ArticleException e, Optional<ReplacedBytes> replaced) {
            return new Outcome(source, null, false, e.stage(), e.error(), e.getMessage(), replaced);
        }
    }

    /** Loading the models failed in a worker: the run cannot go on. */
    private static final class LoadFailure extends RuntimeException {
        LoadFailure(RunException cause) {
            super(cause);
        }
    }

    /** Lists the corpus; a malformed corpus (bad metadata.csv, missing folder) throws before anything is written. */
    public static List<Source> list(RunOptions options, InputStream stdin) {
        return list(options, stdin, d -> { });
    }

    /** Lists the corpus, handing each file left out for an earlier one's doc_id to {@code duplicates}. */
    public static List<Source> list(RunOptions options, InputStream stdin, Consumer<CorpusLister.Duplicate> duplicates) {
        return new CorpusLister(stdin, options.nulSeparated(), duplicates).list(options.inputs());
    }

    public RunSummary execute(List<Source> sources) throws RunException {
        long start = System.nanoTime();
        Map<Table, TableWriter> writers = open();
        cache.start();
        ArticleReader reader = new ArticleReader(options.maxBytes(), options.decoding());
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "augur-worker");
            t.setDaemon(true);
            return t;
        });
        int failed = 0;
        int cached = 0;
        int replaced = 0;
        long untokenizable = 0;
        SortedMap<String, Long> untokenizableByArticle = new TreeMap<>();
        int actors = 0;
        int topics = 0;
        int forecasts = 0;
        long tokens = 0;
        progress.start(sources.size());
        try {
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            int next = 0;
            while (next < sources.size() || !window.isEmpty()) {
                while (next < sources.size() && window.size() < 2 * options.threads()) {
                    Source s = sources.get(next++);
                    window.add(pool.submit(() -> process(reader, s)));
                }
                Outcome o = window.poll().get();
                if (o.replaced().isPresent()) {
                    replaced++;
                    err.println("augur: " + oneLine(o.source().docId()) + ": " + o.replaced().get().message());
                    err.flush();
                }
                if (o.rows() == null) {
                    failed++;
                    write(writers, Table.ERRORS, Rows.error(o.source().docId(), o.stage(), o.error(), o.message()));
                    write(writers, Table.DOCUMENTS, List.of(o.source().docId(), "", "", 0, 0, 0, 0, "failed"));
                    err.println("augur: " + oneLine(o.source().docId()) + ": " + oneLine(o.message()));
                    err.flush();
                } else {
                    ArticleRows r = o.rows();
                    cached += o.cached() ? 1 : 0;
                    actors += r.of(Table.ACTORS).size();
                    topics += r.of(Table.TOPICS).size();
                    forecasts += r.of(Table.FORECASTS).size();
                    tokens += r.tokens();
                    untokenizable += r.untokenizable();
                    if (r.untokenizable() > 0) {
                        untokenizableByArticle.put(o.source().docId(), r.untokenizable());
                    }
                    for (Table t : List.of(Table.ACTORS, Table.TOPICS, Table.FORECASTS, Table.DOCUMENTS)) {
                        r.of(t).forEach(row -> write(writers, t, row));
                    }
                }
                progress.step();
            }
            for (TableWriter w : writers.values()) {
                w.commit();
            }
            cache.finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof LoadFailure f) {
                throw (RunException) f.getCause();
            }
            throw new IllegalStateException("worker failed outside an article", e.getCause());
        } catch (IOException e) {
            throw new RunException("cannot write the tables: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
            awaitWorkers(pool);
            progress.finish();
            for (TableWriter w : writers.values()) {
                try {
                    w.close();
                } catch (IOException ignored) {
                    // the temporary file stays behind; the previous table is intact
                }
            }
        }
        return new RunSummary(sources.size(), failed, cached, replaced, actors, topics, forecasts, tokens, untokenizable,
                untokenizableByArticle, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Waits for the articles the workers are still on when a run stops early: they can still write
     * cache entries, which must not appear after the run has ended (a resumed run would find more than
     * the run finished). An interrupted run does not wait.
     */
    private static void awaitWorkers(ExecutorService pool) {
        try {
            pool.awaitTermination(WORKER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Outcome process(ArticleReader reader, Source source) {
        Article article;
        try {
            article = reader.read(source);
        } catch (ArticleException e) {
            return Outcome.failed(source, e, Optional.empty());
        }
        String key = cache.key(article);
        Optional<ArticleRows> hit = cache.get(key);
        if (hit.isPresent()) {
            return new Outcome(source, hit.get(), true, null, null, null, article.replaced());
        }
        try {
            ArticleRows rows = extraction.rows(article, pipeline);
            cache.put(key, rows);
            return new Outcome(source, rows, false, null, null, null, article.replaced());
        } catch (ArticleException e) {
            return Outcome.failed(source, e, article.replaced());
        } catch (RunException e) {
            throw new LoadFailure(e);
        }
    }

    /** One stderr line per failed article, even when its file name holds a newline. */
    public static String oneLine(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n");
    }

    private Map<Table, TableWriter> open() throws RunException {
        Map<Table, TableWriter> writers = new EnumMap<>(Table.class);
        try {
            if (options.stdoutTable().isPresent()) {
                Table t = options.stdoutTable().get();
                writers.put(t, TableWriter.toStream(t, stdout, options.format(), options.header(), options.bom()));
                return writers;
            }
            Path dir = options.outDir();
            Files.createDirectories(dir);
            if (!Files.isWritable(dir)) {
                throw new IOException(dir + " is not writable");
            }
            for (Table t : Table.values()) {
                writers.put(t, TableWriter.toFile(t, dir, options.format(), options.header(), options.bom()));
            }
            return writers;
        } catch (IOException e) {
            for (TableWriter w : writers.values()) {
                try {
                    w.close();
                } catch (IOException ignored) {
                    // nothing was written yet
                }
            }
            throw new RunException("cannot write to the output folder " + options.outDir() + ": " + e.getMessage(), e);
        }
    }

    private static void write(Map<Table, TableWriter> writers, Table table, List<Object> row) {
        TableWriter w = writers.get(table);
        if (w != null) {
            w.row(row);
        }
    }
}
