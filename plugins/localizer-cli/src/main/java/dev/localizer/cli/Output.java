package dev.localizer.cli;

import java.io.PrintStream;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.localizer.engine.Progress;

/**
 * Where a command's messages go and how much it says: results and errors always, progress and summaries unless
 * quiet, details only when verbose. Progress is drawn as a bar only when standard output is a terminal.
 */
final class Output {

    enum Verbosity { QUIET, NORMAL, VERBOSE }

    private static final int DEFAULT_LINE_WIDTH = 100;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final Cancellation cancellation;
    private Verbosity verbosity = Verbosity.NORMAL;

    Output(PrintStream out, PrintStream err, boolean terminal, Cancellation cancellation) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.cancellation = cancellation;
    }

    void setVerbosity(Verbosity verbosity) {
        this.verbosity = verbosity;
    }

    Verbosity verbosity() {
        return verbosity;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /** A summary line; suppressed by {@code --quiet}. */
    void info(String line) {
        if (verbosity != Verbosity.QUIET) {
            out.println(line);
        }
    }

    /** A detail line; shown only with {@code --verbose}. */
    void detail(String line) {
        if (verbosity == Verbosity.VERBOSE) {
            out.println(line);
        }
    }

    /** A problem that does not stop the command; suppressed by {@code --quiet}. */
    void warn(String line) {
        if (verbosity != Verbosity.QUIET) {
            err.println("localizer: warning: " + line);
        }
    }

    /** Runs one task with a progress display that ends with the time it took. */
    void run(String task, Consumer<Progress> work) {
        compute(task, progress -> {
            work.accept(progress);
            return null;
        });
    }

    /** Computes a result with a progress display that ends with the time it took. */
    <T> T compute(String task, Function<Progress, T> work) {
        try (ConsoleProgress progress = progress(task)) {
            T result = work.apply(progress);
            progress.finish();
            return result;
        }
    }

    private ConsoleProgress progress(String task) {
        ConsoleProgress.Style style;
        if (verbosity == Verbosity.QUIET) {
            style = ConsoleProgress.Style.SILENT;
        } else {
            style = terminal ? ConsoleProgress.Style.BAR : ConsoleProgress.Style.LINES;
        }
        return new ConsoleProgress(out, task, style, cancellation, System::nanoTime, lineWidth());
    }

    private static int lineWidth() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("\\d{2,4}")) {
            return Integer.parseInt(columns) - 1;
        }
        return DEFAULT_LINE_WIDTH;
    }
}
