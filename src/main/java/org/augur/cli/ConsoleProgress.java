package org.augur.cli;

import java.io.PrintStream;
import org.augur.pipeline.Progress;

/** A one-line progress report on stderr (articles done, rate, ETA), only when there is a console. */
final class ConsoleProgress implements Progress {
    private final PrintStream out;
    private int total;
    private int done;
    private long start;
    private long lastPrint;

    private ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    static Progress forStderr() {
        return System.console() != null ? new ConsoleProgress(System.err) : Progress.NONE;
    }

    @Override
    public void start(int total) {
        this.total = total;
        this.start = System.nanoTime();
    }

    @Override
    public void step() {
        done++;
        long now = System.nanoTime();
        if (now - lastPrint > 200_000_000L || done == total) {
            lastPrint = now;
            double secs = (now - start) / 1e9;
            double rate = done / Math.max(secs, 1e-3);
            long eta = Math.round((total - done) / Math.max(rate, 1e-3));
            out.printf(java.util.Locale.ROOT, "\raugur: %d/%d articles, %.1f/s, ETA %ds   ", done, total, rate, eta);
        }
    }

    @Override
    public void finish() {
        if (total > 0) {
            out.print("\r\033[K");
        }
    }
}
