package org.augur.cli;

/** A failure with a documented exit code and a message for the user. */
public class AugurException extends RuntimeException {
    private final int exitCode;

    public AugurException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
