package dev.localizer.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import dev.localizer.engine.backend.BackendReport;
import dev.localizer.engine.backend.Backends;
import dev.localizer.engine.backend.Device;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "info", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Show which ND4J backend and devices are available and, given a model file, what it holds.")
final class InfoCommand extends Subcommand {

    @Option(names = "--device", paramLabel = "auto|cpu|gpu", defaultValue = "auto",
            description = "Device to load the backend for (default: auto).")
    Device device;

    @Parameters(arity = "0..1", paramLabel = "MODEL.zip", description = "A model file written by 'localizer train'.")
    Path model;

    @Override
    void run(Output output) {
        if (model != null) {
            requireFile(model, "MODEL.zip", "give a model file written by 'localizer train'");
        }
        BackendReport backend = Backends.initialize(device);
        PrintStream out = output.out();
        out.println("Backend:       " + backend.backend());
        out.println("Native build:  " + (backend.nativeBuild().isEmpty() ? "unknown" : backend.nativeBuild()));
        out.println("Devices:       " + String.join(", ", backend.devices()));
        if (!backend.isGpu()) {
            out.println("oneDNN:        " + onOff(backend.oneDnn()));
            out.println("Threads:       " + backend.threads());
        }
        out.println("Layer helpers: " + onOff(backend.layerHelpers())
                + (backend.layerHelpers() ? "" : " (DL4J layers then run several times slower)"));
        if (model != null) {
            throw EngineParts.notAvailable("info MODEL.zip", "reading model files");
        }
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }
}
