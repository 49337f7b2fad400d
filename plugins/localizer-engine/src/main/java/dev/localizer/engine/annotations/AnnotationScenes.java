package dev.localizer.engine.annotations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import dev.localizer.engine.Box;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.io.Staging;
import dev.localizer.engine.scene.ScenesFolder;

/**
 * Converts between annotations and scenes folders: an annotated image becomes one scene (its image copied in,
 * its one object, or none, in {@code labels.csv}); a scenes folder's labels become annotation files beside copies
 * of its images. Both write their folder as a whole through {@link Staging#writeFolder}.
 */
public final class AnnotationScenes {

    private AnnotationScenes() {
    }

    /**
     * Writes a scenes folder of the chosen images of the annotations, the images copied in under their names
     * relative to the annotations' root.
     *
     * @return what was kept and left out
     */
    public static ObjectChoice.Selection writeScenes(Annotations annotations, ObjectChoice choice, Path out) {
        ObjectChoice.Selection selection = choice.choose(annotations);
        Annotations kept = selection.annotations();
        if (kept.images().isEmpty()) {
            throw new LocalizerException("Every one of the " + annotations.images().size() + " images in "
                    + annotations.root() + " shows several objects, so choosing only single-object images leaves"
                    + " none; choose the largest object per image instead");
        }
        Staging.writeFolder(out, staged -> {
            List<ScenesFolder.Label> labels = new ArrayList<>();
            for (AnnotatedImage image : kept.images()) {
                String name = kept.relativeName(image);
                copy(image.image(), staged.resolve(name));
                labels.add(image.objects().isEmpty() ? new ScenesFolder.Label(name, Box.NONE, false, "")
                        : new ScenesFolder.Label(name, image.objects().get(0).box(), true,
                                image.objects().get(0).className()));
            }
            ScenesFolder.writeLabels(staged, labels);
        });
        return selection;
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
