package org.augur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The heap budget's arithmetic and its waiting, on made-up heap sizes. */
class HeapBudgetTest {
    private static final long MB = 1L << 20;

    @Test
    void tokensAreWordRunsAndOtherNonBlankCharacters() {
        assertEquals(0, HeapBudget.tokens(" \n\t "));
        assertEquals(3, HeapBudget.tokens("A short article"));
        assertEquals(12, HeapBudget.tokens("Kim Jong-un's \"summit\", 2018."));
        assertEquals(2, HeapBudget.tokens("東京会談 summit"));
    }

    @Test
    void costIsTheEstimatedTokensInWholeMegabytes() {
        assertEquals(1, HeapBudget.cost(""));
        assertEquals(1, HeapBudget.cost("A short article."));
        assertEquals(3_900, HeapBudget.cost("x ".repeat(1 << 20)));
        assertEquals(3_900, HeapBudget.cost("word ".repeat(1 << 20) + " \n\t".repeat(100_000)));
    }

    @Test
    void anArticleLargerThanTheWholeBudgetIsRefusedSayingWhatToDo() {
        HeapBudget budget = new HeapBudget(2048 * MB);   // -Xmx2g: 1,448 MB for articles
        assertNull(budget.refusal("word ".repeat(380_000)));   // 1,414 MB, like the 2 MB article measured
        assertEquals("the text would need about 1.5 GB of heap, more than the 1.4 GB this JVM has for articles; "
                + "raise -Xmx (AUGUR_JAVA_OPTS) or split the file", budget.refusal("word ".repeat(400_000)));
    }

    @Test
    void aSecondLargeArticleWaitsUntilTheFirstIsDone() throws InterruptedException {
        HeapBudget budget = new HeapBudget(HeapBudget.RESERVED + 1000 * MB);
        budget.acquire(600);
        CountDownLatch second = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            budget.acquire(600);
            second.countDown();
            budget.release(600);
        });
        t.start();
        assertFalse(second.await(200, TimeUnit.MILLISECONDS), "both 600 MB articles in a 1,000 MB budget");
        budget.release(600);
        assertTrue(second.await(10, TimeUnit.SECONDS));
        t.join();
    }
}
