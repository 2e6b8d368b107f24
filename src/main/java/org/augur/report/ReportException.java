package org.augur.report;

/** A report that cannot be made: the run's tables are missing or unreadable, or report.html cannot be written. */
public class ReportException extends Exception {
    private final boolean tables;

    ReportException(String message, Throwable cause, boolean tables) {
        super(message, cause);
        this.tables = tables;
    }

    /** True when the fault is in the run folder's tables (missing, malformed), false when writing failed. */
    public boolean tables() {
        return tables;
    }
}
