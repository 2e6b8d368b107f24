package org.augur.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.augur.pipeline.Progress;

/**
 * A progress bar on stderr (articles done, rate, elapsed / remaining time), drawn by me.tongfei:progressbar,
 * shown only when stderr is a terminal. The bar is written through the same writer as Augur's other stderr
 * messages, and {@link #messages()} clears the bar's line before each message, so an article's error never
 * lands in the middle of the bar. The library is given its own consumer with a known width, so it never
 * opens a terminal itself (which would probe stdin and stdout, neither of which is ours to touch).
 */
final class ConsoleProgress implements Progress {
    private final PrintWriter err;
    private final int width;
    private final Object lock = new Object();
    private ProgressBar bar;
    private boolean drawn;
    private boolean messageOpen;

    private ConsoleProgress(PrintWriter err, int width) {
        this.err = err;
        this.width = width;
    }

    /**
     * Progress for a terminal {@code width} columns wide, or none at all when {@code terminalWidth} is empty
     * (stderr is a file, a pipe, a CI log).
     */
    static ConsoleProgress on(PrintWriter err, OptionalInt terminalWidth) {
        return new ConsoleProgress(err, terminalWidth.orElse(0));
    }

    /** Whether a bar will be drawn at all. */
    boolean active() {
        return width > 0;
    }

    /** The writer for other stderr messages: the same as {@code err}, but clearing the bar's line first. */
    PrintWriter messages() {
        return active() ? new PrintWriter(new ClearingWriter(), true) : err;
    }

    @Override
    public void start(int total) {
        if (!active()) {
            return;
        }
        bar = new ProgressBarBuilder()
                .setTaskName("augur")
                .setInitialMax(total)
                .setUnit(" articles", 1)
                .showSpeed(new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)))
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .continuousUpdate()
                .clearDisplayOnFinish()
                .setConsumer(new Consumer())
                .build();
    }

    @Override
    public void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    /**
     * The width of the terminal that stderr writes to, or empty when stderr is not a terminal. Java 17 cannot
     * ask this of file descriptor 2 ({@code System.console()} looks at stdin and stdout, which are pipes in
     * {@code find … | augur extract - --table forecasts | csvgrep …} while stderr is still the user's terminal),
     * so a shell answers: {@code test -t 2} on our inherited stderr, then {@code stty size} on it.
     */
    static OptionalInt stderrWidth() {
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return System.console() != null ? OptionalInt.of(80) : OptionalInt.empty();
        }
        try {
            Process p = new ProcessBuilder("sh", "-c", "test -t 2 || exit 1; stty size <&2 2>/dev/null || echo 0 80")
                    .redirectError(Redirect.INHERIT)
                    .redirectInput(Redirect.from(new java.io.File("/dev/null")))
                    .start();
            String answer = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroy();
                return OptionalInt.empty();
            }
            if (p.exitValue() != 0) {
                return OptionalInt.empty();
            }
            String[] rowsCols = answer.split("\\s+");
            int cols = rowsCols.length == 2 ? Integer.parseInt(rowsCols[1]) : 0;
            return OptionalInt.of(cols >= 20 ? cols : 80);
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }

    private void clearLine() {
        if (drawn) {
            err.print("\r" + " ".repeat(width - 1) + "\r");
            drawn = false;
        }
    }

    /** Draws the library's rendering on one line of stderr, one column short of the edge so it never wraps. */
    private final class Consumer implements ProgressBarConsumer {
        @Override
        public int getMaxRenderedLength() {
            return width - 1;
        }

        @Override
        public void accept(String rendered) {
            synchronized (lock) {
                if (messageOpen) {
                    return; // a message line is half written: draw again at the next tick
                }
                err.print("\r" + rendered);
                err.flush();
                drawn = true;
            }
        }

        @Override
        public void clear() {
            synchronized (lock) {
                clearLine();
                err.flush();
            }
        }

        @Override
        public void close() {
            err.flush();
        }
    }

    /** A message writer that wipes the bar's line before a message starts on it; the bar redraws below. */
    private final class ClearingWriter extends Writer {
        @Override
        public void write(char[] cbuf, int off, int len) {
            synchronized (lock) {
                clearLine();
                err.write(cbuf, off, len);
                if (len > 0) {
                    messageOpen = cbuf[off + len - 1] != '\n';
                }
            }
        }

        @Override
        public void flush() {
            synchronized (lock) {
                err.flush();
            }
        }

        @Override
        public void close() {
            flush();
        }
    }
}
