package org.augur.corpus;

/** A corpus-level problem that stops the run before any article is read (e.g. a malformed metadata.csv). */
public class CorpusException extends RuntimeException {
    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
