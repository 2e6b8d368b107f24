package org.augur.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.augur.report.ReportException;
import org.augur.report.ReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code augur report}: a finished run's tables in, {@code report.html} beside them. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Write DIR/report.html from the tables of a finished run in DIR: run facts, charts, the "
                + "forecasts filterable, and a page per article. One file that opens offline in any browser.",
        footerHeading = "%nExamples:%n",
        footer = {"  augur extract corpus -o output && augur report -o output",
                "  augur extract corpus -o output --report      # the same in one run",
                "%nExit codes: 0 written, 2 the folder holds no readable run tables, 3 the report cannot be written."})
public final class ReportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "The run's output folder (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("output");

    @Option(names = "--quiet", description = "Print nothing but errors.")
    boolean quiet;

    @Override
    public Integer call() {
        Path written = write(output);
        if (!quiet) {
            spec.commandLine().getErr().println(describe(written));
        }
        return ExitCodes.OK;
    }

    /** Writes the report of the run in {@code dir}: exit 2 when the tables cannot be read, 3 when it cannot be written. */
    static Path write(Path dir) {
        try {
            return ReportWriter.write(dir);
        } catch (ReportException e) {
            throw new AugurException(e.tables() ? ExitCodes.USAGE : ExitCodes.CANNOT_RUN, e.getMessage());
        }
    }

    static String describe(Path report) {
        long bytes;
        try {
            bytes = Files.size(report);
        } catch (IOException e) {
            bytes = -1;
        }
        return String.format(Locale.ROOT, bytes < 1_000_000 ? "augur: report → %s (%.0f KB)" : "augur: report → %s (%.1f MB)",
                report, bytes < 1_000_000 ? bytes / 1e3 : bytes / 1e6);
    }
}
