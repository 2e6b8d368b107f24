package org.augur.pipeline;

/** The run cannot proceed at all (e.g. the output folder is not writable): exit code 3. */
public class RunException extends Exception {
    public RunException(String message, Throwable cause) {
        super(message, cause);
    }
}
