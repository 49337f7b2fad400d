package dev.localizer.engine.annotations;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.localizer.engine.Box;
import dev.localizer.engine.Label;
import dev.localizer.engine.LocalizerException;

/**
 * Pascal VOC: a folder of images with one {@code .xml} file per annotated image beside them ({@code <filename>},
 * {@code <size>}, an {@code <object>} with {@code <name>} and {@code <bndbox>} per object). Box coordinates are
 * the box's edges in pixels, as annotation tools such as labelImg and CVAT write them. An image of the folder
 * without an XML file, or whose file lists no object, shows no object.
 */
final class VocAnnotations {

    private VocAnnotations() {
    }

    static Annotations read(Path source) {
        Path folder = AnnotationChecks.folder(source, "Pascal VOC");
        Map<Path, AnnotatedImage> annotated = new HashMap<>();
        Map<Path, Path> annotationOf = new HashMap<>();
        TreeSet<String> classNames = new TreeSet<>();
        for (Path file : xmlFiles(folder)) {
            AnnotatedImage image = readFile(file, folder);
            Path earlier = annotationOf.putIfAbsent(image.image(), file);
            if (earlier != null) {
                throw new LocalizerException(file + ": the image " + folder.relativize(image.image())
                        + " is annotated in " + earlier.getFileName() + " already; keep one annotation file per image");
            }
            annotated.put(image.image(), image);
            image.objects().forEach(object -> classNames.add(object.className()));
        }
        List<AnnotatedImage> images = new ArrayList<>();
        for (Path image : AnnotationChecks.imagesIn(folder)) {
            AnnotatedImage labelled = annotated.remove(image.normalize());
            images.add(labelled != null ? labelled : withoutObject(image));
        }
        // images named by an annotation but without a picture ending (checked readable) come last
        images.addAll(annotated.values().stream().sorted((a, b) -> a.image().compareTo(b.image())).toList());
        if (images.isEmpty()) {
            throw new LocalizerException("The Pascal VOC folder " + folder + " holds no images; put the images and"
                    + " their .xml files there");
        }
        return new Annotations(folder, images, AnnotationChecks.classNames(List.copyOf(classNames), folder));
    }

    private static AnnotatedImage withoutObject(Path image) {
        int[] size = AnnotationChecks.size(image, image + ": ");
        return new AnnotatedImage(image.normalize(), size[0], size[1], List.of());
    }

    private static AnnotatedImage readFile(Path file, Path folder) {
        XmlElement root = XmlElement.parse(file);
        if (!root.name().equals("annotation")) {
            throw new LocalizerException(root.where(file) + "the root element is <" + root.name()
                    + ">, expected <annotation>; this is no Pascal VOC file");
        }
        Path image = AnnotationChecks.image(folder, root.required("filename", file), root.where(file));
        int[] size = AnnotationChecks.size(image, root.where(file));
        XmlElement sizeElement = root.child("size").orElse(null);
        if (sizeElement != null) {
            String where = sizeElement.where(file);
            AnnotationChecks.declaredSize(
                    AnnotationChecks.wholeNumber(sizeElement.required("width", file), "the width", where),
                    AnnotationChecks.wholeNumber(sizeElement.required("height", file), "the height", where),
                    size, image, where);
        }
        List<Label> objects = new ArrayList<>();
        for (XmlElement object : root.all("object")) {
            String where = object.where(file);
            String className = AnnotationChecks.className(object.required("name", file), where);
            XmlElement box = object.child("bndbox").orElseThrow(() -> new LocalizerException(where
                    + "the object has no <bndbox>; add its box"));
            String boxWhere = box.where(file);
            objects.add(Label.of(AnnotationChecks.box(
                    AnnotationChecks.number(box.required("xmin", file), "xmin", boxWhere),
                    AnnotationChecks.number(box.required("ymin", file), "ymin", boxWhere),
                    AnnotationChecks.number(box.required("xmax", file), "xmax", boxWhere),
                    AnnotationChecks.number(box.required("ymax", file), "ymax", boxWhere),
                    size[0], size[1], boxWhere), className));
        }
        return new AnnotatedImage(image, size[0], size[1], objects);
    }

    private static List<Path> xmlFiles(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new LocalizerException("Cannot list the folder " + folder + " (" + e.getMessage()
                    + "); check that it is a readable folder", e);
        }
    }

    /** Writes one {@code .xml} file per image beside it, named after the image. */
    static void write(Annotations annotations) throws IOException {
        Map<String, String> imageOfFile = new HashMap<>();
        for (AnnotatedImage image : annotations.images()) {
            Path file = image.image().resolveSibling(AnnotationChecks.baseName(image.image()) + ".xml");
            String earlier = imageOfFile.putIfAbsent(file.toString(), annotations.relativeName(image));
            if (earlier != null) {
                throw new LocalizerException("The images " + earlier + " and " + annotations.relativeName(image)
                        + " would share the annotation file " + file.getFileName() + "; rename one of them");
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                writeImage(writer, image);
            } catch (XMLStreamException e) {
                throw new IOException("Cannot write " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private static void writeImage(Writer out, AnnotatedImage image) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("annotation");
        element(xml, 1, "filename", image.image().getFileName().toString());
        indent(xml, 1);
        xml.writeStartElement("size");
        element(xml, 2, "width", Integer.toString(image.width()));
        element(xml, 2, "height", Integer.toString(image.height()));
        element(xml, 2, "depth", "3");
        indent(xml, 1);
        xml.writeEndElement();
        for (Label object : image.objects()) {
            Box box = object.box();
            indent(xml, 1);
            xml.writeStartElement("object");
            element(xml, 2, "name", object.className());
            element(xml, 2, "difficult", "0");
            indent(xml, 2);
            xml.writeStartElement("bndbox");
            element(xml, 3, "xmin", AnnotationChecks.number(box.left()));
            element(xml, 3, "ymin", AnnotationChecks.number(box.top()));
            element(xml, 3, "xmax", AnnotationChecks.number(box.right()));
            element(xml, 3, "ymax", AnnotationChecks.number(box.bottom()));
            indent(xml, 2);
            xml.writeEndElement();
            indent(xml, 1);
            xml.writeEndElement();
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.close();
    }

    private static void element(XMLStreamWriter xml, int depth, String name, String text) throws XMLStreamException {
        indent(xml, depth);
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
