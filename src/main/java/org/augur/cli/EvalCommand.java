package org.augur.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.augur.eval.Evaluator;
import org.augur.eval.Scores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code augur eval}: scores a finished run against a gold folder. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Score a finished run's forecasts.csv and actors.csv against a gold folder.",
        footerHeading = "%nExample (run, then score the run):%n",
        footer = {"  augur extract ../shared/data/eval/dev/corpus -o out-dev --quiet",
                "  augur eval --gold ../shared/data/eval/dev -o out-dev",
                "%nExit codes: 0 scored, 2 the gold folder or the run's tables cannot be read."})
public final class EvalCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Gold folder holding corpus/ and gold/.")
    Path gold;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "The run's output folder (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("output");

    @Override
    public Integer call() {
        Scores s;
        try {
            s = new Evaluator().evaluate(gold, output);
        } catch (IOException | RuntimeException e) {
            throw new AugurException(ExitCodes.USAGE, "cannot evaluate: " + e.getMessage());
        }
        spec.commandLine().getOut().print(s.table());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
