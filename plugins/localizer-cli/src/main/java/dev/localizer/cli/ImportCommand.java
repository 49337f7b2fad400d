package dev.localizer.cli;

import java.nio.file.Path;

import dev.localizer.engine.annotations.AnnotationFormat;
import dev.localizer.engine.annotations.AnnotationScenes;
import dev.localizer.engine.annotations.Annotations;
import dev.localizer.engine.annotations.ObjectChoice;
import dev.localizer.engine.io.RunFiles;
import dev.localizer.engine.scene.ScenesFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Make a scenes folder (the images copied in, and labels.csv) from the annotations of a labelling"
                + " tool: voc (a folder of images with one .xml file per image), coco (one JSON file; image names"
                + " relative to its folder) or yolo (a folder of images with one .txt file per image and classes.txt).",
            "A localizer finds one object per image; --objects says what happens to images with several. Images"
                + " without annotation become scenes without an object."})
final class ImportCommand extends Subcommand {

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "voc, coco or yolo.")
    AnnotationFormat format;

    @Parameters(index = "0", paramLabel = "SRC", description = "The annotations: a folder (voc, yolo) or a JSON file (coco).")
    Path source;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Scenes folder to write; an earlier scenes folder there is replaced as a whole.")
    Path out;

    @Option(names = "--objects", paramLabel = "largest|single",
            description = "Images with several objects: 'largest' keeps the image with its largest object, 'single'"
                    + " leaves the image out (default: largest).")
    ObjectChoice objects;

    @Override
    void run(Output output) {
        requireExists(source, "SRC", "give the " + format.title() + " annotations: " + format.source());
        Path images = format == AnnotationFormat.COCO ? source.toAbsolutePath().getParent() : null;
        RunFiles.none().reading("SRC", source).reading("the images' folder", images).writingFolder("--out", out)
                .check();
        Annotations annotations = output.compute("Reading " + format.title() + " annotations",
                progress -> format.read(source));
        ObjectChoice.Selection selection = output.compute("Writing scenes",
                progress -> AnnotationScenes.writeScenes(annotations, objects == null ? ObjectChoice.DEFAULT : objects,
                        out));
        output.info(summary(annotations, selection, out.resolve(ScenesFolder.LABELS_FILE)));
    }

    /** How many scenes were written, with and without an object, and what was left out. */
    static String summary(Annotations annotations, ObjectChoice.Selection selection, Path labels) {
        long withObject = selection.annotations().images().stream().filter(image -> !image.objects().isEmpty()).count();
        int scenes = selection.annotations().images().size();
        String text = "Wrote " + scenes + " scenes (" + withObject + " with an object, " + (scenes - withObject)
                + " without; classes: " + String.join(", ", annotations.classNames()) + ") to " + labels;
        if (selection.imagesWithSeveralObjects() == 0) {
            return text;
        }
        String images = count(selection.imagesWithSeveralObjects(), "image") + " with several objects";
        String objects = count(selection.droppedObjects(), "object");
        return text + "; " + (selection.droppedImages() > 0 ? "left out " + images + " (" + objects + " in all)"
                : "kept only the largest object in " + images + " (left out " + objects + ")");
    }

    private static String count(int number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }
}
