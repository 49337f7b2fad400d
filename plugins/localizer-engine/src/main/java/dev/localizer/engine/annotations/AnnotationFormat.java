package dev.localizer.engine.annotations;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

/** The annotation formats of the usual labelling tools that the engine reads and writes. */
public enum AnnotationFormat {
    /** Pascal VOC: a folder of images with one {@code .xml} file beside each. */
    VOC("Pascal VOC", "a folder of images with one .xml file per image", VocAnnotations::read, VocAnnotations::write),
    /** COCO: one JSON file; image names relative to its folder. */
    COCO("COCO", "one JSON file; the images' file names are relative to its folder", CocoAnnotations::read,
            CocoAnnotations::write),
    /** YOLO: a folder of images with one {@code .txt} file beside each, and {@code classes.txt}. */
    YOLO("YOLO", "a folder of images with one .txt file per image and classes.txt", YoloAnnotations::read,
            YoloAnnotations::write);

    /** The format a new reader starts with: Pascal VOC, what labelImg and CVAT export by default. */
    public static final AnnotationFormat DEFAULT = VOC;

    /** Writes a format's annotation files for annotations whose images lie in their root folder. */
    private interface Writer {
        void write(Annotations annotations) throws IOException;
    }

    private final String title;
    private final String source;
    private final Function<Path, Annotations> reader;
    private final Writer writer;

    AnnotationFormat(String title, String source, Function<Path, Annotations> reader, Writer writer) {
        this.title = title;
        this.source = source;
        this.reader = reader;
        this.writer = writer;
    }

    /** The format's usual name, for messages. */
    public String title() {
        return title;
    }

    /** What a source in this format is, for help texts. */
    public String source() {
        return source;
    }

    /**
     * Reads and checks the whole source: every image named must exist and be readable, every box lie inside its
     * image, every class be defined.
     *
     * @throws dev.localizer.engine.LocalizerException naming the file and line or element that is wrong
     */
    public Annotations read(Path source) {
        return reader.apply(source);
    }

    /**
     * Writes the annotation files beside the images, into {@link Annotations#root()}, where the images must lie
     * (COCO: {@code annotations.json} there).
     */
    void writeFiles(Annotations annotations) throws IOException {
        writer.write(annotations);
    }
}
