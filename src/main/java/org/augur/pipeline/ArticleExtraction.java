package org.augur.pipeline;

import java.util.List;
import java.util.Map;
import org.augur.corpus.Article;
import org.augur.corpus.ArticleException;
import org.augur.table.Rows;
import org.augur.table.Table;

/**
 * One article read into its rows, as every way of running Augur does it (a {@link Run} on worker threads,
 * the Spark job in its tasks): an article that cannot fit in the heap is refused, large ones wait for room
 * ({@link HeapBudget}), and an article the pipeline fails on becomes an error rather than stopping the run.
 * One instance per JVM, shared by its workers: the heap budget is the JVM's.
 */
public final class ArticleExtraction {
    /** The errors.csv stage of failures after the article was read. */
    public static final String STAGE = "extract";

    private final HeapBudget budget = HeapBudget.ofThisJvm();

    /**
     * The article's rows; an {@link ArticleException} for an article that failed; a {@link RunException}
     * when the pipeline's models cannot load, which stops the whole run.
     */
    public ArticleRows rows(Article article, LazyPipeline pipeline) throws ArticleException, RunException {
        String tooLarge = budget.refusal(article.text());
        if (tooLarge != null) {
            throw new ArticleException(STAGE, "too-large", tooLarge);
        }
        int heap = HeapBudget.cost(article.text());
        budget.acquire(heap);
        try {
            Pipeline p = pipeline.get();
            try {
                return ArticleRows.of(p.process(article));
            } catch (RuntimeException e) {
                throw new ArticleException(STAGE, e.getClass().getSimpleName(), "processing failed: "
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            } catch (OutOfMemoryError | StackOverflowError e) {
                throw new ArticleException(STAGE, "resources",
                        "the article is too large to process (" + e.getClass().getSimpleName() + ")");
            }
        } finally {
            budget.release(heap);
        }
    }

    /** The rows of an article that failed: its errors row and a documents row with status "failed". */
    public static ArticleRows failed(String docId, ArticleException e) {
        return new ArticleRows(Map.of(
                Table.ERRORS, List.of(Rows.error(docId, e.stage(), e.error(), e.getMessage())),
                Table.DOCUMENTS, List.of(List.of(docId, "", "", 0, 0, 0, 0, "failed"))), 0);
    }
}
