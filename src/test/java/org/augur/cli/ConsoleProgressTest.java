package org.augur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The progress bar on a pretend terminal, and its absence when stderr is not one. No model. */
class ConsoleProgressTest {
    private final StringWriter err = new StringWriter();

    @Test
    void notATerminalMeansNoBarAndPlainMessages() {
        PrintWriter w = new PrintWriter(err, true);
        ConsoleProgress p = ConsoleProgress.on(w, OptionalInt.empty());
        assertFalse(p.active());
        assertSame(w, p.messages());
        p.start(3);
        p.step();
        p.finish();
        assertEquals("", err.toString());
    }

    @Test
    void barShowsArticlesDoneRateAndTimeThenClearsItself() {
        ConsoleProgress p = ConsoleProgress.on(new PrintWriter(err, true), OptionalInt.of(72));
        assertTrue(p.active());
        p.start(3);
        p.step();
        awaitDrawn(); // the library draws on its own thread
        p.messages().println("augur: b.txt: not a text file (NUL bytes)");
        p.step();
        p.step();
        p.finish();
        String s = err.toString();
        assertTrue(s.contains("3/3 articles"), s);
        assertTrue(s.contains("articles/s"), "the rate: " + s);
        assertTrue(s.matches("(?s).*\\(\\d+:\\d\\d:\\d\\d / \\d+:\\d\\d:\\d\\d\\).*"), "elapsed / remaining: " + s);
        String blank = "\r" + " ".repeat(71) + "\r";
        assertTrue(s.contains(blank + "augur: b.txt: not a text file (NUL bytes)" + System.lineSeparator()),
                "a message starts on a cleared line: " + s);
        assertTrue(s.endsWith(blank), "the bar is wiped at the end, so the summary starts on a clean line: " + s);
        for (String drawn : s.split("\r")) {
            assertTrue(drawn.length() <= 71, "never wider than the terminal less one column: " + drawn);
        }
    }

    private void awaitDrawn() {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!err.toString().contains(" articles") && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }
}
