package dev.localizer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import dev.localizer.engine.LocalizerException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every {@code localizer} subcommand shares: the console, the cancellation, and checks of option values
 * that report a mistake as a usage error (one line plus the usage, exit code 2).
 */
abstract class Subcommand implements Callable<Integer> {

    @ParentCommand
    private LocalizerCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        try {
            run(root.output());
            return Main.EXIT_OK;
        } catch (OutOfMemoryError e) {
            throw new LocalizerException("Java ran out of memory (" + e.getMessage() + "). Use fewer or smaller images"
                    + memoryOptionsAdvice() + ", or give Java more memory, e.g. LOCALIZER_JAVA_OPTS=-Xmx8g ./localizer ...");
        } catch (StackOverflowError e) {
            throw new LocalizerException("Java ran out of stack space: an input is nested too deeply for it; simplify"
                    + " that input, or give Java a larger stack, e.g. LOCALIZER_JAVA_OPTS=-Xss64m ./localizer ...");
        }
    }

    /** The options of this command that lower its memory use, as advice; none for a command without them. */
    private String memoryOptionsAdvice() {
        List<String> options = Stream.of("--batch", "--input-size").filter(name -> spec.findOption(name) != null)
                .map(name -> "a smaller " + name).toList();
        return options.isEmpty() ? "" : ", " + String.join(", ", options);
    }

    abstract void run(Output output) throws Exception;

    ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    Path requireFile(Path file, String option, String hint) {
        if (Files.isDirectory(file)) {
            throw usageError(option + ": expected a file, but " + file + " is a folder; " + hint);
        }
        if (!Files.isRegularFile(file)) {
            throw usageError(option + ": file not found: " + file + "; " + hint);
        }
        return file;
    }

    Path requireExists(Path fileOrFolder, String option, String hint) {
        if (!Files.exists(fileOrFolder)) {
            throw usageError(option + ": not found: " + fileOrFolder + "; " + hint);
        }
        return fileOrFolder;
    }

    int requirePositive(int value, String option) {
        if (value <= 0) {
            throw usageError(option + " must be a positive whole number, got " + value);
        }
        return value;
    }

    double requireFraction(double value, String option) {
        if (!(value >= 0 && value <= 1)) {
            throw usageError(option + " must be a fraction from 0 to 1, got " + value);
        }
        return value;
    }

    double requirePositive(double value, String option) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw usageError(option + " must be a positive number, got " + value);
        }
        return value;
    }
}
