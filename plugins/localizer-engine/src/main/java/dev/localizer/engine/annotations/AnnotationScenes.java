package dev.localizer.engine.annotations;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import dev.localizer.engine.Box;
import dev.localizer.engine.Label;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.Progress;
import dev.localizer.engine.image.ExifOrientation;
import dev.localizer.engine.image.ImageDecoder;
import dev.localizer.engine.image.ImageDecoder.Resolution;
import dev.localizer.engine.io.Staging;
import dev.localizer.engine.scene.Scene;
import dev.localizer.engine.scene.ScenesFolder;

/**
 * Converts between annotations and scenes: an annotated image becomes one scene (its one object, or none; in a
 * scenes folder its image is copied in and the label goes to {@code labels.csv}); a scenes folder's labels become
 * annotation files beside copies of its images. Folders are written as a whole through {@link Staging#writeFolder}.
 */
public final class AnnotationScenes {

    /** Re-encoding a turned photo loses little at this quality, and it is written once. */
    private static final float TURNED_JPEG_QUALITY = 0.95f;

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

    /**
     * Reads the chosen images as scenes, where they are, at that resolution, as a scenes folder's are read: as shown,
     * turned as their EXIF orientation says, which is what the annotations' boxes are on.
     */
    public static List<Scene> readScenes(ObjectChoice.Selection selection, Resolution resolution, int threads,
            Progress progress) {
        Annotations kept = selection.annotations();
        return ScenesFolder.read(kept.root(), labels(kept), i -> kept.images().get(i).image() + ": ", resolution,
                threads, progress);
    }

    /** The label of each image (each has at most one object) by its file relative to the root. */
    private static Map<String, Label> labels(Annotations kept) {
        Map<String, Label> labels = new LinkedHashMap<>();
        for (AnnotatedImage image : kept.images()) {
            labels.put(kept.relativeName(image), image.objects().isEmpty() ? Label.ABSENT : image.objects().get(0));
        }
        return labels;
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
        List<AnnotatedImage> sources = new ArrayList<>();
        TreeSet<String> classNames = new TreeSet<>();
        for (Map.Entry<String, Label> entry : ScenesFolder.readLabels(folder).entrySet()) {
            String file = entry.getKey();
            Label label = entry.getValue();
            String where = labelsFile + ", " + file + ": ";
            if (format != AnnotationFormat.COCO && (file.contains("/") || file.contains("\\"))) {
                throw new LocalizerException(where + "the image lies in a subfolder, but " + format.title()
                        + " keeps its files beside the images in one folder; export as COCO instead");
            }
            Path image = AnnotationChecks.image(folder, file, where);
            int[] size = AnnotationChecks.size(image, where);
            List<Label> objects = List.of();
            if (label.present()) {
                String className = AnnotationChecks.className(label.className(), where);
                Box box = label.box();
                objects = List.of(Label.of(AnnotationChecks.box(box.left(), box.top(),
                        box.right(), box.bottom(), size[0], size[1], where), className));
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

    /**
     * Copies the image; a photo with an EXIF orientation is written turned as shown instead (as a JPEG of high
     * quality), so that its boxes, which are on the picture as shown, fit whatever reads the copy.
     */
    private static void copy(Path image, Path copy) throws IOException {
        Files.createDirectories(copy.getParent());
        ExifOrientation orientation = ExifOrientation.of(image);
        if (orientation == ExifOrientation.IDENTITY) {
            Files.copy(image, copy);
            return;
        }
        BufferedImage shown = ImageDecoder.read(image, Resolution.whole()).pixels();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(copy.toFile())) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(TURNED_JPEG_QUALITY);
            writer.setOutput(out);
            writer.write(null, new IIOImage(shown, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
