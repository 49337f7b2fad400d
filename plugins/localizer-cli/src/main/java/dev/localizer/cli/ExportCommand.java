package dev.localizer.cli;

import java.nio.file.Path;

import dev.localizer.engine.annotations.AnnotationFormat;
import dev.localizer.engine.annotations.AnnotationScenes;
import dev.localizer.engine.annotations.Annotations;
import dev.localizer.engine.io.RunFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Write a scenes folder's labels as annotations of a labelling tool, beside copies of its images:"
                + " voc (one .xml file per image), coco (annotations.json) or yolo (one .txt file per image and"
                + " classes.txt).")
final class ExportCommand extends Subcommand {

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "voc, coco or yolo.")
    AnnotationFormat format;

    @Parameters(index = "0", paramLabel = "SCENES", description = "Scenes folder (images + labels.csv).")
    Path scenes;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder to write; an earlier folder written by localizer there is replaced as a whole.")
    Path out;

    @Override
    void run(Output output) {
        requireExists(scenes, "SCENES", "give a scenes folder written by 'localizer scenes' or 'localizer import'");
        RunFiles.none().reading("SCENES", scenes).writingFolder("--out", out).check();
        Annotations written = output.compute("Writing " + format.title() + " annotations",
                progress -> AnnotationScenes.writeAnnotations(scenes, format, out));
        output.info("Wrote " + written.images().size() + " images and their " + format.title() + " annotations"
                + " (classes: " + String.join(", ", written.classNames()) + ") to " + out);
    }
}
