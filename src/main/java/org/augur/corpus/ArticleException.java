package org.augur.corpus;

/**
 * One article could not be processed. {@code error} is a short machine-readable kind (e.g.
 * {@code binary}, {@code encoding}, {@code empty}); the message says what is wrong in words.
 */
public class ArticleException extends Exception {
    private final String stage;
    private final String error;

    public ArticleException(String stage, String error, String message) {
        super(message);
        this.stage = stage;
        this.error = error;
    }

    public String stage() {
        return stage;
    }

    public String error() {
        return error;
    }
}
