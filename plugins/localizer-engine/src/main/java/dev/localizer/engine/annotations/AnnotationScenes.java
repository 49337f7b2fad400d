package dev.localizer.engine.annotations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import dev.localizer.engine.Box;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.Progress;
import dev.localizer.engine.io.Staging;
import dev.localizer.engine.scene.Scene;
import dev.localizer.engine.scene.ScenesFolder;

/**
 * Converts between annotations and scenes: an annotated image becomes one scene (its one object, or none; in a
 * scenes folder its image is copied in and the label goes to {@code labels.csv}); a scenes folder's labels become
 * annotation files beside copies of its images. Folders are written as a whole through {@link Staging#writeFolder}.
 */
public final class AnnotationScenes {

    private AnnotationScenes() {
    }

    /**
     * Writes a scenes folder of the chosen images, copied in under their names relative to the annotations' root.
     */
    public static void writeScenes(ObjectChoice.Selection selection, Path out) {
        Annotations kept = selection.annotations();
        Staging.writeFolder(out, staged -> {
            for (AnnotatedImage image : kept.images()) {
                copy(image.image(), staged.resolve(kept.relativeName(image)));
            }
            ScenesFolder.writeLabels(staged, labels(kept));
        });
    }

    /** Reads the chosen images as scenes, where they are, as a scenes folder's are read. */
    public static List<Scene> readScenes(ObjectChoice.Selection selection, int threads, Progress progress) {
        Annotations kept = selection.annotations();
        return ScenesFolder.read(kept.root(), labels(kept), i -> kept.images().get(i).image() + ": ", threads,
                progress);
    }

    /** One scenes folder row per image (each has at most one object), the file relative to the root. */
    private static List<ScenesFolder.Label> labels(Annotations kept) {
        return kept.images().stream().map(image -> image.objects().isEmpty()
                ? new ScenesFolder.Label(kept.relativeName(image), Box.NONE, false, "")
                : new ScenesFolder.Label(kept.relativeName(image), image.objects().get(0).box(), true,
                        image.objects().get(0).className())).toList();
    }

    /**
     * Writes a folder with copies of the scenes folder's images and their labels in the format; the classes are
     * those of the scenes, alphabetically.
     *
     * @return the annotations as written, their root being {@code out}
     */
    public static Annotations writeAnnotations(Path scenesFolder, AnnotationFormat format, Path out) {
        Path folder = scenesFolder.toAbsolutePath().normalize();
        Path labelsFile = folder.resolve(ScenesFolder.LABELS_FILE);
        List<ScenesFolder.Label> labels = ScenesFolder.readLabels(folder);
        List<AnnotatedImage> sources = new ArrayList<>();
        TreeSet<String> classNames = new TreeSet<>();
        for (ScenesFolder.Label label : labels) {
            String where = labelsFile + ", " + label.file() + ": ";
            if (format != AnnotationFormat.COCO && (label.file().contains("/") || label.file().contains("\\"))) {
                throw new LocalizerException(where + "the image lies in a subfolder, but " + format.title()
                        + " keeps its files beside the images in one folder; export as COCO instead");
            }
            Path image = AnnotationChecks.image(folder, label.file(), where);
            int[] size = AnnotationChecks.size(image, where);
            List<AnnotatedObject> objects = List.of();
            if (label.present()) {
                String className = AnnotationChecks.className(label.className(), where);
                Box box = label.box();
                objects = List.of(new AnnotatedObject(className, AnnotationChecks.box(box.left(), box.top(),
                        box.right(), box.bottom(), size[0], size[1], where)));
                classNames.add(className);
            }
            sources.add(new AnnotatedImage(image, size[0], size[1], objects));
        }
        Path target = out.toAbsolutePath().normalize();
        Staging.writeFolder(target, staged -> {
            List<AnnotatedImage> copies = new ArrayList<>();
            for (AnnotatedImage source : sources) {
                Path copy = staged.resolve(folder.relativize(source.image()).toString());
                copy(source.image(), copy);
                copies.add(new AnnotatedImage(copy, source.width(), source.height(), source.objects()));
            }
            format.writeFiles(new Annotations(staged, copies, List.copyOf(classNames)));
        });
        List<AnnotatedImage> written = sources.stream().map(source -> new AnnotatedImage(
                target.resolve(folder.relativize(source.image()).toString()), source.width(), source.height(),
                source.objects())).toList();
        return new Annotations(target, written, List.copyOf(classNames));
    }

    private static void copy(Path image, Path copy) throws IOException {
        Files.createDirectories(copy.getParent());
        Files.copy(image, copy);
    }
}
