package dev.localizer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code localizer} command: finds objects in images with a network trained on generated scenes. */
@Command(name = "localizer",
        mixinStandardHelpOptions = true,
        versionProvider = LocalizerCommand.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "Object localization on Deeplearning4j: generate scenes, train, predict boxes, render, score.",
        description = {"", "Start with 'localizer demo' to run the whole job once on generated scenes.", ""},
        footer = {"", "Exit codes: 0 done, 1 unexpected failure, 2 bad input (message says what to fix),"
                + " 130 cancelled with Ctrl-C."},
        subcommands = {
            ScenesCommand.class,
            TrainCommand.class,
            PredictCommand.class,
            RenderCommand.class,
            ScoreCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            InfoCommand.class,
            DemoCommand.class,
        })
final class LocalizerCommand implements Runnable {

    private final Output output;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print only results and errors: no progress, no summaries.")
    private boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Print details, library logs and stack traces of unexpected errors.")
    private boolean verbose;

    LocalizerCommand(Output output) {
        this.output = output;
    }

    Output output() {
        return output;
    }

    /**
     * @param invoked the command line of the subcommand that runs, so that a conflict is shown with its usage
     */
    Output.Verbosity verbosity(CommandLine invoked) {
        if (quiet && verbose) {
            throw new ParameterException(invoked, "--quiet and --verbose exclude each other; give one of them");
        }
        return quiet ? Output.Verbosity.QUIET : verbose ? Output.Verbosity.VERBOSE : Output.Verbosity.NORMAL;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: give one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = LocalizerCommand.class.getPackage().getImplementationVersion();
            return new String[] {"localizer " + (version == null ? "(development build)" : version)};
        }
    }
}
