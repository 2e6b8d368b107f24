package org.augur.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.augur.nlp.ModelException;
import org.augur.nlp.Models;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code augur models}: lists models.txt and says which models are missing. */
@Command(name = "models", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "List the models that models.txt declares and check that each is present.",
        footerHeading = "%nExamples:%n",
        footer = {"  augur models                        # check the default models.txt",
                "  augur models --models my-models.txt # check another models file before a run",
                "%nExit codes: 0 every model present, 3 some missing (each is listed as MISSING)."})
public final class ModelsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--models", paramLabel = "FILE", description = "Models file (default: ${DEFAULT-VALUE}).")
    Path models = Models.defaultFile();

    @Override
    public Integer call() {
        Models m;
        try {
            m = Models.read(models);
        } catch (ModelException e) {
            throw new AugurException(ExitCodes.CANNOT_RUN, e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        int missing = 0;
        for (Models.Resource r : m.resources()) {
            boolean ok = r.exists();
            missing += ok ? 0 : 1;
            out.printf("%-8s %-16s %s%n", ok ? "ok" : "MISSING", r.key(), r.path());
        }
        out.flush();
        if (missing > 0) {
            throw new AugurException(ExitCodes.CANNOT_RUN, missing + " model(s) missing; they come from Maven "
                    + "(edu.stanford.nlp:stanford-corenlp:4.5.10:models): rebuild with 'mvn package' or fix " + models);
        }
        return ExitCodes.OK;
    }
}
