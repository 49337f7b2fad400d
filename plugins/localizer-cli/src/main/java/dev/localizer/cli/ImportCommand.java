package dev.localizer.cli;

import java.nio.file.Path;

import dev.localizer.engine.annotations.AnnotationScenes;
import dev.localizer.engine.annotations.ObjectChoice;
import dev.localizer.engine.io.RunFiles;
import dev.localizer.engine.scene.ScenesFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Make a scenes folder (the images copied in, and labels.csv) from the annotations of a labelling"
                + " tool in the --format given.",
            "A localizer finds one object per image; --objects says what happens to images with several. Images"
                + " without annotation become scenes without an object."})
final class ImportCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "SRC", description = "The annotations: a folder (voc, yolo) or a JSON file (coco).")
    Path source;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Scenes folder to write; an earlier scenes folder there is replaced as a whole.")
    Path out;

    @Mixin
    AnnotationOptions annotations;

    @Override
    void run(Output output) {
        annotations.checkSource(source, "SRC");
        RunFiles.none().reading("SRC", source).reading("the images' folder", annotations.imagesFolder(source))
                .writingFolder("--out", out).check();
        ObjectChoice.Selection selection = annotations.read(source, "SRC", output);
        output.run("Writing scenes", progress -> AnnotationScenes.writeScenes(selection, out));
        output.info("Wrote " + selection.annotations().images().size() + " scenes (" + AnnotationOptions.contents(selection)
                + ") to " + out.resolve(ScenesFolder.LABELS_FILE) + AnnotationOptions.leftOut(selection));
    }
}
