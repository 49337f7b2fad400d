package dev.localizer.engine.annotations;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import dev.localizer.engine.Box;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.Progress;
import dev.localizer.engine.image.ExifOrientation;
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
     * Reads the chosen images as scenes, where they are, as a scenes folder's are read, each turned as its EXIF
     * orientation says, since the annotations' boxes are on the picture as shown.
     */
    public static List<Scene> readScenes(ObjectChoice.Selection selection, int threads, Progress progress) {
        Annotations kept = selection.annotations();
        List<ExifOrientation> orientations = kept.images().stream().map(image -> ExifOrientation.of(image.image()))
                .toList();
        List<ScenesFolder.Label> shown = labels(kept);
        List<ScenesFolder.Label> stored = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            ScenesFolder.Label label = shown.get(i);
            AnnotatedImage image = kept.images().get(i);
            stored.add(new ScenesFolder.Label(label.file(), label.present()
                    ? orientations.get(i).storedBox(label.box(), image.width(), image.height()) : label.box(),
                    label.present(), label.className()));
        }
        List<Scene> scenes = ScenesFolder.read(kept.root(), stored, i -> kept.images().get(i).image() + ": ", threads,
                progress);
        List<Scene> turned = new ArrayList<>();
        for (int i = 0; i < scenes.size(); i++) {
            Scene scene = scenes.get(i);
            turned.add(orientations.get(i) == ExifOrientation.IDENTITY ? scene : new Scene(
                    orientations.get(i).apply(scene.image()), shown.get(i).box(), scene.present(), scene.className()));
        }
        return turned;
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
                // a scenes folder's boxes are on the stored pixels, as ScenesFolder reads them; the copy is turned
                ExifOrientation orientation = ExifOrientation.of(image);
                int storedWidth = orientation.swapsSides() ? size[1] : size[0];
                int storedHeight = orientation.swapsSides() ? size[0] : size[1];
                Box box = label.box();
                objects = List.of(new AnnotatedObject(className, orientation.shownBox(AnnotationChecks.box(box.left(),
                        box.top(), box.right(), box.bottom(), storedWidth, storedHeight, where), storedWidth,
                        storedHeight)));
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
        BufferedImage stored = ImageIO.read(image.toFile());
        if (stored == null) {
            throw new LocalizerException("The image " + image + " cannot be decoded; replace it with a readable JPEG");
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(copy.toFile())) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(TURNED_JPEG_QUALITY);
            writer.setOutput(out);
            writer.write(null, new IIOImage(orientation.apply(stored), null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
