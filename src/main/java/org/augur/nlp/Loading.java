package org.augur.nlp;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** Loads a model on a thread of its own, so that models load side by side (one per core). */
final class Loading<T> {
    private final FutureTask<T> task;

    private Loading(Callable<T> load, String name) {
        this.task = new FutureTask<>(load);
        Thread t = new Thread(task, "augur-load-" + name);
        t.setDaemon(true);
        t.start();
    }

    static <T> Loading<T> start(String name, Callable<T> load) {
        return new Loading<>(load, name);
    }

    /** The loaded model; the loader's failure, rethrown. */
    T get() throws ModelException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading models", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ModelException m) {
                throw m;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
