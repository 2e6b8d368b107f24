package org.augur.pipeline;

/**
 * The pipeline, built on first use: a run whose articles all come from the result cache never loads
 * a model. Thread-safe; records how long loading took.
 */
public final class LazyPipeline {

    /** Builds the pipeline, loading its models. */
    @FunctionalInterface
    public interface Factory {
        Pipeline build() throws Exception;
    }

    private final Factory factory;
    private Pipeline pipeline;
    private double loadSeconds;

    public LazyPipeline(Factory factory) {
        this.factory = factory;
    }

    /** A pipeline that is already built (tests, or callers that load eagerly). */
    public static LazyPipeline of(Pipeline pipeline) {
        LazyPipeline lazy = new LazyPipeline(() -> pipeline);
        lazy.pipeline = pipeline;
        return lazy;
    }

    /** The pipeline, building it now if no article needed it yet. */
    public synchronized Pipeline get() throws RunException {
        if (pipeline == null) {
            long start = System.nanoTime();
            try {
                pipeline = factory.build();
            } catch (Exception e) {
                throw new RunException("cannot load the models: " + e.getMessage(), e);
            }
            loadSeconds = (System.nanoTime() - start) / 1e9;
        }
        return pipeline;
    }

    public synchronized boolean loaded() {
        return pipeline != null;
    }

    public synchronized double loadSeconds() {
        return loadSeconds;
    }
}
