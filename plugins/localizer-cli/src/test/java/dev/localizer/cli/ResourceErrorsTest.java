package dev.localizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Running out of stack or memory is reported like any input the command cannot handle: one line, exit code 2. */
class ResourceErrorsTest {

    @Command(name = "recurse")
    static final class Recursing extends Subcommand {
        @Override
        void run(Output output) {
            descend(0);
        }

        private static int descend(int depth) {
            return descend(depth + 1) + 1;
        }
    }

    @Command(name = "allocate")
    static final class Allocating extends Subcommand {
        @Option(names = "--batch")
        int batch;

        @Override
        void run(Output output) {
            long[] tooLarge = new long[Integer.MAX_VALUE];
            output.info("allocated " + tooLarge.length);
        }
    }

    @Command(name = "allocate-plain")
    static final class AllocatingWithoutOptions extends Subcommand {
        @Override
        void run(Output output) {
            long[] tooLarge = new long[Integer.MAX_VALUE];
            output.info("allocated " + tooLarge.length);
        }
    }

    private static CliRun run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            CommandLine commandLine = Main.commandLine(new Output(outStream, errStream, false, new Cancellation()));
            commandLine.addSubcommand(new Recursing());
            commandLine.addSubcommand(new Allocating());
            commandLine.addSubcommand(new AllocatingWithoutOptions());
            // Subcommands added later print where the command line told its own to, once told again.
            commandLine.setOut(new PrintWriter(outStream, true));
            commandLine.setErr(new PrintWriter(errStream, true));
            int exitCode = commandLine.execute(args);
            return new CliRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void stackOverflowIsOneLineWithExitCode2() {
        CliRun run = run("recurse");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("localizer: Java ran out of stack space"), run.err());
    }

    @Test
    void outOfMemoryAdviceNamesOnlyOptionsTheCommandHas() {
        CliRun withBatch = run("allocate");
        assertEquals(2, withBatch.exitCode(), withBatch.err());
        assertEquals(1, withBatch.err().lines().count(), withBatch.err());
        assertTrue(withBatch.err().contains("a smaller --batch") && !withBatch.err().contains("--input-size"),
                withBatch.err());
        CliRun plain = run("allocate-plain");
        assertEquals(2, plain.exitCode(), plain.err());
        assertTrue(plain.err().startsWith("localizer: Java ran out of memory"), plain.err());
        assertFalse(plain.err().contains("--batch"), plain.err());
    }
}
