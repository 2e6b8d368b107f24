package org.augur.pipeline;

import java.util.Locale;
import java.util.concurrent.Semaphore;

/**
 * The heap the articles in flight may take. CoreNLP holds an article's whole annotation at once, so an
 * article's cost grows with its tokens: a 2 MB news article (378,000 tokens) took the live heap from the
 * models' ~0.5 GB to 1.8 GB, about 3.7 KB per token. A worker takes its article's share before annotating
 * and waits while others hold the rest, so large articles run one at a time instead of together, and an
 * article that could never fit is refused. Without this, an
 * article too large for the heap did not fail with OutOfMemoryError: the JVM went into back-to-back full
 * collections (over 1,000 in 15 minutes) and the run never ended.
 */
final class HeapBudget {
    /** Heap per token, rounded up from the measured 3,670 bytes. */
    static final long BYTES_PER_TOKEN = 3_900;
    /** Heap kept for the models (~0.5 GB as models.txt ships them) and everything else. */
    static final long RESERVED = 600L << 20;
    private static final long MB = 1L << 20;
    private static final double GB = 1L << 30;

    private final long budget;
    private final Semaphore megabytes;

    HeapBudget(long maxHeap) {
        this.budget = Math.max(maxHeap - RESERVED, 64 * MB);
        this.megabytes = new Semaphore((int) Math.min(budget / MB, Integer.MAX_VALUE), true);
    }

    static HeapBudget ofThisJvm() {
        return new HeapBudget(Runtime.getRuntime().maxMemory());
    }

    /** An article's share in whole megabytes (at least one), from an estimate of its tokens. */
    static int cost(String text) {
        return (int) Math.max(1, (tokens(text) * BYTES_PER_TOKEN + MB - 1) / MB);
    }

    /**
     * About as many tokens as CoreNLP will make, counted cheaply: every run of letters and digits, and
     * every other non-blank character, is one (the 2 MB article: 382,800 for CoreNLP's 377,520).
     */
    static long tokens(String text) {
        long n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean word = Character.isLetterOrDigit(c);
            if (word && !inWord || !word && !Character.isWhitespace(c)) {
                n++;
            }
            inWord = word;
        }
        return n;
    }

    /** Why this article can never be processed in this JVM, or null when it can. */
    String refusal(String text) {
        int cost = cost(text);
        if (cost * MB <= budget) {
            return null;
        }
        return String.format(Locale.ROOT, "the text would need about %.1f GB of heap, more than the %.1f GB this "
                + "JVM has for articles; raise -Xmx (AUGUR_JAVA_OPTS) or split the file", cost * MB / GB, budget / GB);
    }

    /** Waits until an article of this cost fits beside the others in flight. */
    void acquire(int cost) {
        megabytes.acquireUninterruptibly(cost);
    }

    void release(int cost) {
        megabytes.release(cost);
    }
}
