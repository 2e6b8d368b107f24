package org.augur.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.augur.cli.Main;

/** The real command line run in-process, its exit code and what it wrote to stdout and stderr. */
public record Cli(int exitCode, String out, String err) {

    public static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Cli(code, out.toString(), err.toString());
    }
}
