package dev.localizer.cli;

import java.io.PrintWriter;
import java.util.List;

import dev.localizer.engine.CancelledException;
import dev.localizer.engine.LocalizerException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Entry point of the {@code localizer} command. */
public final class Main {

    static final int EXIT_OK = 0;
    /** A bug or an environment problem the user cannot fix by changing the command line. */
    static final int EXIT_FAILURE = 1;
    /** A user mistake: bad option or value, missing file, or an error the engine explains. */
    static final int EXIT_USAGE = 2;
    /** Stopped by Ctrl-C, as shells report a process ended by SIGINT. */
    static final int EXIT_CANCELLED = 130;

    private Main() {
    }

    public static void main(String[] args) {
        Cancellation cancellation = Cancellation.onShutdown();
        int exitCode;
        try {
            exitCode = execute(args, new Output(System.out, System.err, System.console() != null, cancellation));
        } finally {
            cancellation.commandFinished();
        }
        // During a shutdown System.exit would block forever; the JVM is on its way out already.
        if (!cancellation.isRequested()) {
            System.exit(exitCode);
        }
    }

    /** Runs one command line and returns its exit code; never exits the JVM. */
    static int execute(String[] args, Output output) {
        return commandLine(output).execute(args);
    }

    static CommandLine commandLine(Output output) {
        CommandLine commandLine = new CommandLine(new LocalizerCommand(output));
        commandLine.setOut(new PrintWriter(output.out(), true));
        commandLine.setErr(new PrintWriter(output.err(), true));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(usageErrorHandler());
        commandLine.setExecutionExceptionHandler(executionErrorHandler(output));
        commandLine.setExecutionStrategy(parseResult -> {
            List<CommandLine> invoked = parseResult.asCommandLineList();
            LocalizerCommand root = commandLine.getCommand();
            output.setVerbosity(root.verbosity(invoked.get(invoked.size() - 1)));
            Logging.configure(output.verbosity());
            return new CommandLine.RunLast().execute(parseResult);
        });
        return commandLine;
    }

    private static IParameterExceptionHandler usageErrorHandler() {
        return (ParameterException error, String[] args) -> {
            CommandLine commandLine = error.getCommandLine();
            PrintWriter err = commandLine.getErr();
            err.println("localizer: " + error.getMessage());
            UnmatchedArgumentException.printSuggestions(error, err);
            commandLine.usage(err);
            return EXIT_USAGE;
        };
    }

    private static IExecutionExceptionHandler executionErrorHandler(Output output) {
        return (Exception error, CommandLine commandLine, CommandLine.ParseResult parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (error instanceof LocalizerException) {
                err.println("localizer: " + error.getMessage());
                return EXIT_USAGE;
            }
            if (error instanceof CancelledException) {
                err.println("localizer: cancelled; no partly written output was left behind");
                return EXIT_CANCELLED;
            }
            err.println("localizer: unexpected error: " + error);
            if (output.verbosity() == Output.Verbosity.VERBOSE) {
                error.printStackTrace(err);
            } else {
                err.println("Run the command again with --verbose to see where it happened.");
            }
            return EXIT_FAILURE;
        };
    }
}
