package dev.localizer.cli;

import java.nio.file.Path;

import dev.localizer.engine.io.RunFiles;
import dev.localizer.engine.scene.SceneConfig;
import dev.localizer.engine.scene.SceneGenerator;
import dev.localizer.engine.scene.ScenesFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "scenes", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Generate a scenes folder: PNG images of sprites pasted onto backgrounds, and labels.csv"
                + " (file,top,left,height,width,present,class).")
final class ScenesCommand extends Subcommand {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write; an earlier scenes folder there is replaced as a whole.")
    Path out;

    @Option(names = "--count", paramLabel = "N", defaultValue = "100", description = "Number of scenes (default: ${DEFAULT-VALUE}).")
    int count;

    @Mixin
    SceneOptions scene;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Random seed; the same seed and options give the same scenes (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    void run(Output output) {
        requirePositive(count, "--count");
        scene.readBy(RunFiles.none()).writingFolder("--out", out).check();
        SceneConfig config = scene.toConfig(seed);
        output.run("Generating scenes",
                progress -> ScenesFolder.write(out, new SceneGenerator(config), count, scene.threads(), progress));
        output.info("Wrote " + count + " scenes of " + config.width() + "x" + config.height() + " px (classes: "
                + String.join(", ", config.classNames()) + ") to " + out.resolve(ScenesFolder.LABELS_FILE));
    }
}
