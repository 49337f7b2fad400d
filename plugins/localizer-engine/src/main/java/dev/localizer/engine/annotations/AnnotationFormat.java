package dev.localizer.engine.annotations;

import java.io.IOException;
import java.nio.file.Path;

/** The annotation formats of the usual labelling tools that the engine reads and writes. */
public enum AnnotationFormat {
    /** Pascal VOC: a folder of images with one {@code .xml} file beside each. */
    VOC("Pascal VOC", "a folder of images with one .xml file per image") {
        @Override
        public Annotations read(Path source) {
            return VocAnnotations.read(source);
        }

        @Override
        void writeFiles(Annotations annotations) throws IOException {
            VocAnnotations.write(annotations);
        }
    },
    /** COCO: one JSON file; image names relative to its folder. */
    COCO("COCO", "one JSON file; the images' file names are relative to its folder") {
        @Override
        public Annotations read(Path source) {
            return CocoAnnotations.read(source);
        }

        @Override
        void writeFiles(Annotations annotations) throws IOException {
            CocoAnnotations.write(annotations);
        }
    },
    /** YOLO: a folder of images with one {@code .txt} file beside each, and {@code classes.txt}. */
    YOLO("YOLO", "a folder of images with one .txt file per image and classes.txt") {
        @Override
        public Annotations read(Path source) {
            return YoloAnnotations.read(source);
        }

        @Override
        void writeFiles(Annotations annotations) throws IOException {
            YoloAnnotations.write(annotations);
        }
    };

    private final String title;
    private final String source;

    AnnotationFormat(String title, String source) {
        this.title = title;
        this.source = source;
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
    public abstract Annotations read(Path source);

    /**
     * Writes the annotation files beside the images, into {@link Annotations#root()}, where the images must lie
     * (COCO: {@code annotations.json} there).
     */
    abstract void writeFiles(Annotations annotations) throws IOException;
}
