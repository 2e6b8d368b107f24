package org.augur.spark;

import java.util.Locale;
import org.apache.spark.util.LongAccumulator;
import org.augur.pipeline.ArticleExtraction;
import org.augur.pipeline.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one pipeline of this executor JVM, built by the first task that needs it and then shared by every
 * task the executor runs, concurrently (the pipeline is stateless apart from its stages, as in the CLI's
 * worker threads). Each build adds one to the job's {@code augur.pipelineLoads} accumulator and logs a
 * line, so that the event log shows one load per executor, not per task.
 */
final class ExecutorPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorPipeline.class);
    /** Static state on purpose: it is what makes the models load once per JVM rather than per task. */
    private static Pipeline pipeline;
    private static PipelineSpec builtFrom;
    private static ArticleExtraction extraction;

    private ExecutorPipeline() {
    }

    /** This JVM's pipeline for {@code spec}, loading it now if no task has yet. */
    static synchronized Pipeline get(PipelineSpec spec, LongAccumulator loads) throws Exception {
        if (pipeline == null || !spec.equals(builtFrom)) {
            long start = System.nanoTime();
            pipeline = spec.build();
            builtFrom = spec;
            loads.add(1);
            LOG.info(String.format(Locale.ROOT, "augur: pipeline loaded in %.1f s in this JVM (%s)",
                    (System.nanoTime() - start) / 1e9, ProcessHandle.current().pid()));
        }
        return pipeline;
    }

    /** This JVM's heap budget for articles in flight, shared by its tasks. */
    static synchronized ArticleExtraction extraction() {
        if (extraction == null) {
            extraction = new ArticleExtraction();
        }
        return extraction;
    }
}
