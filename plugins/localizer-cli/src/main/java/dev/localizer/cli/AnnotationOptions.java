package dev.localizer.cli;

import java.nio.file.Path;

import dev.localizer.engine.annotations.AnnotationFormat;
import dev.localizer.engine.annotations.Annotations;
import dev.localizer.engine.annotations.ObjectChoice;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** How annotations of a labelling tool are read, shared by {@code import} and {@code train --annotations}. */
final class AnnotationOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--format", paramLabel = "voc|coco|yolo",
            description = "Annotation format: voc (a folder of images with one .xml file per image), coco (one JSON"
                    + " file; image names relative to its folder) or yolo (a folder of images with one .txt file per"
                    + " image and classes.txt).")
    AnnotationFormat format;

    @Option(names = "--objects", paramLabel = "largest|single",
            description = "Images with several objects: 'largest' keeps the image with its largest object, 'single'"
                    + " leaves the image out (default: largest).")
    ObjectChoice objects;

    /** Whether any of these options was given. */
    boolean given() {
        return format != null || objects != null;
    }

    /** The format of the source, which must exist; the command needs both for its {@code sourceOption}. */
    AnnotationFormat checkSource(Path source, String sourceOption) {
        if (format == null) {
            throw owner().usageError(sourceOption + " needs --format voc, coco or yolo to say how to read the"
                    + " annotations");
        }
        owner().requireExists(source, sourceOption, "give the " + format.title() + " annotations: " + format.source());
        return format;
    }

    /**
     * The folder the images of a COCO file lie in, which a run reads too; {@code null} for the folder formats and
     * when no source is given.
     */
    Path imagesFolder(Path source) {
        return source != null && format == AnnotationFormat.COCO ? source.toAbsolutePath().getParent() : null;
    }

    /** Reads the annotations and chooses at most one object per image, as {@code --objects} says. */
    ObjectChoice.Selection read(Path source, String sourceOption, Output output) {
        AnnotationFormat checked = checkSource(source, sourceOption);
        Annotations annotations = output.compute("Reading " + checked.title() + " annotations",
                progress -> checked.read(source));
        return (objects == null ? ObjectChoice.DEFAULT : objects).choose(annotations);
    }

    /** What the choice left out, as a sentence to append after a semicolon; empty when nothing was. */
    static String leftOut(ObjectChoice.Selection selection) {
        String leftOut = selection.leftOut();
        return leftOut.isEmpty() ? "" : "; " + leftOut;
    }

    /** How many of the chosen images show an object and how many do not, and the classes. */
    static String contents(ObjectChoice.Selection selection) {
        Annotations kept = selection.annotations();
        long withObject = kept.images().stream().filter(image -> !image.objects().isEmpty()).count();
        return withObject + " with an object, " + (kept.images().size() - withObject) + " without; classes: "
                + String.join(", ", kept.classNames());
    }

    private Subcommand owner() {
        return (Subcommand) command.userObject();
    }
}
