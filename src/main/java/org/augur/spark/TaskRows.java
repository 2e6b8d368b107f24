package org.augur.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.util.LongAccumulator;
import org.augur.corpus.Article;
import org.augur.corpus.ArticleException;
import org.augur.corpus.ArticleReader;
import org.augur.pipeline.ArticleExtraction;
import org.augur.pipeline.ArticleRows;
import org.augur.pipeline.LazyPipeline;
import org.augur.pipeline.RunException;
import org.augur.table.Cells;
import org.augur.table.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one Spark task does with its partition of articles: reads each through Hadoop's file system, runs
 * it through this JVM's pipeline and hands on its rows one article at a time, so a partition is never
 * all in memory. A failed article becomes its errors and documents rows, exactly as in the CLI.
 */
final class TaskRows {
    private static final Logger LOG = LoggerFactory.getLogger(TaskRows.class);

    /** One row of one table, with where it goes in the CLI's order: the article's index, then the row's. */
    record Cell(int table, long article, int row, String[] cells) implements Serializable {
    }

    private TaskRows() {
    }

    static Iterator<Cell> of(Iterator<SourceRef> sources, PipelineSpec spec, HadoopConf conf, LongAccumulator loads) {
        ArticleReader reader = new ArticleReader(spec.maxBytes());
        LazyPipeline pipeline = new LazyPipeline(() -> ExecutorPipeline.get(spec, loads));
        ArticleExtraction extraction = ExecutorPipeline.extraction();
        return new Iterator<>() {
            private final Deque<Cell> ready = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && sources.hasNext()) {
                    SourceRef s = sources.next();
                    ArticleRows rows = rows(s, reader, pipeline, extraction, conf);
                    for (Table t : Table.values()) {
                        List<List<Object>> of = rows.of(t);
                        for (int i = 0; i < of.size(); i++) {
                            ready.add(new Cell(t.ordinal(), s.index(), i,
                                    of.get(i).stream().map(Cells::written).toArray(String[]::new)));
                        }
                    }
                }
                return !ready.isEmpty();
            }

            @Override
            public Cell next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.poll();
            }
        };
    }

    private static ArticleRows rows(SourceRef s, ArticleReader reader, LazyPipeline pipeline,
                                    ArticleExtraction extraction, HadoopConf conf) {
        try {
            reader.checkSize(s.size());
            Article article = reader.read(s.docId(), s.fileName(), bytes(s, conf), s.metadata());
            return extraction.rows(article, pipeline);
        } catch (ArticleException e) {
            LOG.warn("augur: " + s.docId().replace("\n", "\\n") + ": " + e.getMessage().replace("\n", "\\n"));
            return ArticleExtraction.failed(s.docId(), e);
        } catch (RunException e) {
            // No model, no run: the task fails and Spark stops the job, as the CLI exits 3.
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static byte[] bytes(SourceRef s, HadoopConf conf) throws ArticleException {
        Path path = new Path(s.path());
        try {
            FileSystem fs = path.getFileSystem(conf.get());
            try (InputStream in = fs.open(path)) {
                return in.readAllBytes();
            }
        } catch (FileNotFoundException e) {
            String why = e.getMessage() != null && e.getMessage().contains("Permission denied") ? "permission denied"
                    : "no such file";
            throw new ArticleException(ArticleReader.STAGE, "unreadable", why);
        } catch (IOException e) {
            throw new ArticleException(ArticleReader.STAGE, "unreadable", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
