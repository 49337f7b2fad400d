package dev.localizer.engine.annotations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.localizer.engine.Box;
import dev.localizer.engine.Label;
import dev.localizer.engine.LocalizerException;

/**
 * COCO object detection: one JSON file with {@code images} ({@code id}, {@code file_name}, {@code width},
 * {@code height}), {@code annotations} ({@code image_id}, {@code category_id}, {@code bbox} as
 * {@code [x, y, width, height]} in pixels) and {@code categories} ({@code id}, {@code name}). Image file names are
 * relative to the JSON file's folder. An image without annotations shows no object.
 */
final class CocoAnnotations {

    /** The name of the file {@link #write} writes. */
    static final String FILE_NAME = "annotations.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    private CocoAnnotations() {
    }

    static Annotations read(Path source) {
        if (!Files.isRegularFile(source)) {
            throw new LocalizerException("The COCO file " + source + " does not exist or is not a file; give the"
                    + " annotation JSON file (its image file names are relative to its folder)");
        }
        Path file = source.toAbsolutePath().normalize();
        Path folder = file.getParent();
        JsonNode root;
        try {
            root = JSON.readTree(AnnotationChecks.read(file));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
            throw new LocalizerException(file + where + ": the JSON is malformed (" + e.getOriginalMessage()
                    + "); fix or re-export the file", e);
        } catch (IOException e) {
            throw new LocalizerException("Cannot read the COCO file " + file + " (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new LocalizerException(file + ": the JSON is not an object with images, annotations and categories;"
                    + " this is no COCO file");
        }
        Map<Long, String> categories = new LinkedHashMap<>();
        JsonNode categoryList = array(root, "categories", file);
        for (int i = 0; i < categoryList.size(); i++) {
            String where = file + " categories[" + i + "]: ";
            JsonNode category = object(categoryList.get(i), where);
            long id = id(category, "id", where);
            String name = AnnotationChecks.className(text(category, "name", where), where);
            if (categories.containsValue(name)) {
                throw new LocalizerException(where + "the category name " + name + " is given twice; name each once");
            }
            if (categories.putIfAbsent(id, name) != null) {
                throw new LocalizerException(where + "the category id " + id + " is given twice; give each its own id");
            }
        }
        Map<Long, AnnotatedImage> images = new LinkedHashMap<>();
        Map<Long, List<Label>> objects = new HashMap<>();
        Map<Path, Long> idOfImage = new HashMap<>();
        JsonNode imageList = array(root, "images", file);
        for (int i = 0; i < imageList.size(); i++) {
            String where = file + " images[" + i + "]: ";
            JsonNode entry = object(imageList.get(i), where);
            long id = id(entry, "id", where);
            Path image = AnnotationChecks.image(folder, text(entry, "file_name", where), where);
            int[] size = AnnotationChecks.size(image, where);
            AnnotationChecks.declaredSize(whole(entry, "width", where), whole(entry, "height", where), size, image,
                    where);
            if (images.containsKey(id)) {
                throw new LocalizerException(where + "the image id " + id + " is given twice; give each its own id");
            }
            Long earlier = idOfImage.putIfAbsent(image, id);
            if (earlier != null) {
                throw new LocalizerException(where + "the image " + folder.relativize(image) + " is listed already"
                        + " (id " + earlier + "); list each image once");
            }
            images.put(id, new AnnotatedImage(image, size[0], size[1], List.of()));
            objects.put(id, new ArrayList<>());
        }
        JsonNode annotationList = array(root, "annotations", file);
        for (int i = 0; i < annotationList.size(); i++) {
            String where = file + " annotations[" + i + "]: ";
            JsonNode annotation = object(annotationList.get(i), where);
            long imageId = id(annotation, "image_id", where);
            AnnotatedImage image = images.get(imageId);
            if (image == null) {
                throw new LocalizerException(where + "the image_id " + imageId + " is not among the images; list the"
                        + " image or remove the annotation");
            }
            long categoryId = id(annotation, "category_id", where);
            String className = categories.get(categoryId);
            if (className == null) {
                throw new LocalizerException(where + "the category_id " + categoryId + " is not among the categories "
                        + categories.keySet() + "; add the category or fix the id");
            }
            JsonNode bbox = annotation.get("bbox");
            if (bbox == null || !bbox.isArray() || bbox.size() != 4 || !allNumbers(bbox)) {
                throw new LocalizerException(where + "the bbox is " + bbox + ", expected [x, y, width, height] in"
                        + " pixels");
            }
            double x = bbox.get(0).asDouble();
            double y = bbox.get(1).asDouble();
            objects.get(imageId).add(Label.of(AnnotationChecks.box(x, y, x + bbox.get(2).asDouble(),
                    y + bbox.get(3).asDouble(), image.width(), image.height(), where), className));
        }
        if (images.isEmpty()) {
            throw new LocalizerException(file + ": the images list is empty; list the annotated images");
        }
        List<AnnotatedImage> withObjects = images.entrySet().stream().map(entry -> new AnnotatedImage(
                entry.getValue().image(), entry.getValue().width(), entry.getValue().height(),
                objects.get(entry.getKey()))).toList();
        return new Annotations(folder, withObjects, AnnotationChecks.classNames(List.copyOf(categories.values()), file));
    }

    /** Writes {@link #FILE_NAME} into the annotations' root; categories are numbered from 1 in class order. */
    static void write(Annotations annotations) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode images = root.putArray("images");
        ArrayNode objects = root.putArray("annotations");
        ArrayNode categories = root.putArray("categories");
        List<String> classNames = annotations.classNames();
        for (int i = 0; i < classNames.size(); i++) {
            categories.addObject().put("id", i + 1).put("name", classNames.get(i));
        }
        int objectId = 0;
        for (int i = 0; i < annotations.images().size(); i++) {
            AnnotatedImage image = annotations.images().get(i);
            images.addObject().put("id", i + 1).put("file_name", annotations.relativeName(image))
                    .put("width", image.width()).put("height", image.height());
            for (Label object : image.objects()) {
                int category = classNames.indexOf(object.className());
                if (category < 0) {
                    throw new IllegalArgumentException("The class " + object.className() + " is not among "
                            + classNames);
                }
                Box box = object.box();
                ObjectNode entry = objects.addObject().put("id", ++objectId).put("image_id", i + 1)
                        .put("category_id", category + 1);
                entry.putArray("bbox").add(box.left()).add(box.top()).add(box.width()).add(box.height());
                entry.put("area", box.area()).put("iscrowd", 0);
            }
        }
        JSON.writeValue(annotations.root().resolve(FILE_NAME).toFile(), root);
    }

    private static JsonNode array(JsonNode root, String name, Path file) {
        JsonNode list = root.get(name);
        if (list == null || !list.isArray()) {
            throw new LocalizerException(file + ": \"" + name + "\" is " + (list == null ? "missing" : "not a list")
                    + "; a COCO file has the lists images, annotations and categories");
        }
        return list;
    }

    private static JsonNode object(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new LocalizerException(where + "expected an object {…}, found " + node);
        }
        return node;
    }

    private static long id(JsonNode node, String name, String where) {
        JsonNode value = node.get(name);
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
            throw new LocalizerException(where + name + " is " + (value == null ? "missing" : value)
                    + "; give a whole number");
        }
        return value.asLong();
    }

    private static int whole(JsonNode node, String name, String where) {
        JsonNode value = node.get(name);
        if (value == null || !value.isNumber()) {
            throw new LocalizerException(where + name + " is " + (value == null ? "missing" : value)
                    + "; give the image's " + name + " in pixels");
        }
        return AnnotationChecks.wholeNumber(value.asText(), name, where);
    }

    private static String text(JsonNode node, String name, String where) {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual()) {
            throw new LocalizerException(where + name + " is " + (value == null ? "missing" : value)
                    + "; give it as a string");
        }
        return value.asText();
    }

    private static boolean allNumbers(JsonNode array) {
        for (JsonNode value : array) {
            if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
                return false;
            }
        }
        return true;
    }
}
