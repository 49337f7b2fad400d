package dev.localizer.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One {@code localizer} invocation inside the test JVM: its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        return of(new Cancellation(), args);
    }

    static CliRun of(Cancellation cancellation, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int exitCode = Main.execute(args, new Output(outStream, errStream, false, cancellation));
            return new CliRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** The first line written to standard error, where a failing command says what was wrong. */
    String firstErrorLine() {
        return err.lines().findFirst().orElse("");
    }
}
