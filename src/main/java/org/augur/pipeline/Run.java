package org.augur.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.augur.actor.Actor;
import org.augur.corpus.Article;
import org.augur.corpus.ArticleException;
import org.augur.corpus.ArticleReader;
import org.augur.corpus.CorpusLister;
import org.augur.corpus.Source;
import org.augur.forecast.Forecast;
import org.augur.table.Rows;
import org.augur.table.Table;
import org.augur.table.TableWriter;
import org.augur.topic.Topic;

/**
 * One run over a corpus. Articles are read and processed on {@code threads} workers, at most a few
 * per worker ahead of the writer, and their rows written in doc_id order as they complete, so memory
 * stays flat however large the corpus. A failing article becomes an errors.csv row and a stderr line;
 * the others go on.
 */
public final class Run {
    private final Pipeline pipeline;
    private final RunOptions options;
    private final InputStream stdin;
    private final OutputStream stdout;
    private final PrintWriter err;
    private final Progress progress;
    private final HeapBudget budget = HeapBudget.ofThisJvm();

    public Run(Pipeline pipeline, RunOptions options, InputStream stdin, OutputStream stdout, PrintWriter err,
               Progress progress) {
        this.pipeline = pipeline;
        this.options = options;
        this.stdin = stdin;
        this.stdout = stdout;
        this.err = err;
        this.progress = progress;
    }

    /** The outcome of one article: a result, or the error that stopped it. */
    private record Outcome(Source source, ArticleResult result, String stage, String error, String message) {
    }

    /** Lists the corpus; a malformed corpus (bad metadata.csv, missing folder) throws before anything is written. */
    public static List<Source> list(RunOptions options, InputStream stdin) {
        return new CorpusLister(stdin, options.nulSeparated()).list(options.inputs());
    }

    public RunSummary execute(List<Source> sources) throws RunException {
        long start = System.nanoTime();
        Map<Table, TableWriter> writers = open();
        ArticleReader reader = new ArticleReader(options.maxBytes());
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "augur-worker");
            t.setDaemon(true);
            return t;
        });
        int failed = 0;
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
                if (o.result() == null) {
                    failed++;
                    write(writers, Table.ERRORS, Rows.error(o.source().docId(), o.stage(), o.error(), o.message()));
                    write(writers, Table.DOCUMENTS, List.of(o.source().docId(), "", "", 0, 0, 0, 0, "failed"));
                    err.println("augur: " + oneLine(o.source().docId()) + ": " + oneLine(o.message()));
                    err.flush();
                } else {
                    ArticleResult r = o.result();
                    actors += r.actors().size();
                    topics += r.topics().size();
                    forecasts += r.forecasts().size();
                    tokens += r.tokens();
                    writeResult(writers, r);
                }
                progress.step();
            }
            for (TableWriter w : writers.values()) {
                w.commit();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("worker failed outside an article", e.getCause());
        } catch (IOException e) {
            throw new RunException("cannot write the tables: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
            progress.finish();
            for (TableWriter w : writers.values()) {
                try {
                    w.close();
                } catch (IOException ignored) {
                    // the temporary file stays behind; the previous table is intact
                }
            }
        }
        return new RunSummary(sources.size(), failed, actors, topics, forecasts, tokens,
                (System.nanoTime() - start) / 1e9);
    }

    private Outcome process(ArticleReader reader, Source source) {
        Article article;
        try {
            article = reader.read(source);
        } catch (ArticleException e) {
            return new Outcome(source, null, e.stage(), e.error(), e.getMessage());
        }
        String tooLarge = budget.refusal(article.text());
        if (tooLarge != null) {
            return new Outcome(source, null, "extract", "too-large", tooLarge);
        }
        int heap = HeapBudget.cost(article.text());
        budget.acquire(heap);
        try {
            return new Outcome(source, pipeline.process(article), null, null, null);
        } catch (RuntimeException e) {
            return new Outcome(source, null, "extract", e.getClass().getSimpleName(),
                    "processing failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (OutOfMemoryError | StackOverflowError e) {
            return new Outcome(source, null, "extract", "resources",
                    "the article is too large to process (" + e.getClass().getSimpleName() + ")");
        } finally {
            budget.release(heap);
        }
    }

    /** One stderr line per failed article, even when its file name holds a newline. */
    private static String oneLine(String s) {
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

    private static void writeResult(Map<Table, TableWriter> writers, ArticleResult r) {
        String id = r.article().docId();
        for (Actor a : r.actors()) {
            write(writers, Table.ACTORS, Rows.actor(id, a));
        }
        for (Topic t : r.topics()) {
            write(writers, Table.TOPICS, Rows.topic(id, t));
        }
        for (Forecast f : r.forecasts()) {
            write(writers, Table.FORECASTS, Rows.forecast(id, f));
        }
        List<Object> doc = new ArrayList<>(List.of(id, r.article().title().orElse(""),
                r.article().metadata().date().map(Object::toString).orElse(""), r.sentences(), r.tokens(),
                r.actors().size(), r.forecasts().size(), "ok"));
        write(writers, Table.DOCUMENTS, doc);
    }
}
