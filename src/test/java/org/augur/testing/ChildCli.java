package org.augur.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real CLI ({@code org.augur.cli.Main}, with its {@code System.exit}) in a child JVM, on this test
 * run's own class path: the classes under test, never a stale or missing target/augur.jar (Maven runs the
 * tests before it packages the jar).
 */
public final class ChildCli {
    private ChildCli() {
    }

    /** Runs {@code augur ARGS} to its end, failing after {@code minutes}; stdout and stderr are kept in {@code logs}. */
    public static Cli run(List<String> jvmOptions, Path logs, int minutes, String... args)
            throws IOException, InterruptedException {
        Process p = start(jvmOptions, logs, args);
        if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("augur " + String.join(" ", args) + " did not finish in " + minutes + " min");
        }
        return new Cli(p.exitValue(), Files.readString(logs.resolve("stdout.txt")), Files.readString(logs.resolve("stderr.txt")));
    }

    /**
     * Starts {@code augur ARGS} with the given JVM options, after the collector the {@code ./augur} launcher
     * chooses (the serial one) unless they name another; stdout and stderr go to files in {@code logs}.
     */
    public static Process start(List<String> jvmOptions, Path logs, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (jvmOptions.stream().noneMatch(o -> o.matches("-XX:\\+Use\\w+GC"))) {
            cmd.add("-XX:+UseSerialGC");
        }
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.augur.cli.Main");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectOutput(logs.resolve("stdout.txt").toFile());
        pb.redirectError(logs.resolve("stderr.txt").toFile());
        Process p = pb.start();
        p.getOutputStream().close();   // no stdin
        return p;
    }
}
