package org.augur.cli;

/** Augur's exit codes, as README.md documents them. */
public final class ExitCodes {
    /** Every article processed. */
    public static final int OK = 0;
    /** Some articles failed; they are listed in errors.csv. */
    public static final int PARTIAL = 1;
    /** The command line or the corpus (e.g. metadata.csv) is malformed. */
    public static final int USAGE = 2;
    /** Augur could not run at all: models missing, output not writable. */
    public static final int CANNOT_RUN = 3;

    private ExitCodes() {
    }
}
