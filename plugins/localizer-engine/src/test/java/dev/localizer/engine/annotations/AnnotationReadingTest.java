package dev.localizer.engine.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.localizer.engine.Box;
import dev.localizer.engine.Label;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.Progress;
import dev.localizer.engine.image.ImageDecoder.Resolution;
import dev.localizer.engine.scene.Scene;
import dev.localizer.engine.scene.ScenesFolder;

/** Sources as annotation tools write them: several objects, images without annotation, and every mistake. */
class AnnotationReadingTest {

    @TempDir
    Path dir;

    private Path vocWithTwoObjectsAndAnEmptyImage() throws IOException {
        Path voc = dir.resolve("voc");
        AnnotationFixtures.png(voc, "two.png", 40, 30);
        AnnotationFixtures.png(voc, "one.png", 40, 30);
        AnnotationFixtures.png(voc, "none.png", 20, 20);
        AnnotationFixtures.voc(voc, "two.xml", "two.png", 40, 30, "cat", new int[] {1, 2, 11, 12}, "dog",
                new int[] {10, 5, 30, 25});
        AnnotationFixtures.voc(voc, "one.xml", "one.png", 40, 30, "cat", new int[] {0, 0, 40, 30});
        return voc;
    }

    @Test
    void vocAsLabelImgWritesItWithAnImageWithoutAnnotationFile() throws IOException {
        Annotations read = AnnotationFormat.VOC.read(vocWithTwoObjectsAndAnEmptyImage());
        assertEquals(List.of("cat", "dog"), read.classNames());
        assertEquals(List.of("none.png", "one.png", "two.png"), read.images().stream().map(read::relativeName).toList());
        assertEquals(List.of(), read.images().get(0).objects());
        assertEquals(List.of(Label.of(new Box(2, 1, 10, 10), "cat"),
                Label.of(new Box(5, 10, 20, 20), "dog")), read.images().get(2).objects());
    }

    @Test
    void largestKeepsEveryImageWithItsLargestObjectAndCountsTheRest() throws IOException {
        Path out = dir.resolve("scenes");
        ObjectChoice.Selection selection = ObjectChoice.LARGEST.choose(
                AnnotationFormat.VOC.read(vocWithTwoObjectsAndAnEmptyImage()));
        AnnotationScenes.writeScenes(selection, out);
        assertEquals(1, selection.imagesWithSeveralObjects());
        assertEquals(1, selection.droppedObjects());
        assertEquals(0, selection.droppedImages());
        assertEquals("kept only the largest object in 1 image with several objects (left out 1 object)",
                selection.leftOut());
        assertEquals(List.of(Map.entry("none.png", Label.ABSENT),
                Map.entry("one.png", Label.of(new Box(0, 0, 30, 40), "cat")),
                Map.entry("two.png", Label.of(new Box(5, 10, 20, 20), "dog"))),
                List.copyOf(ScenesFolder.readLabels(out).entrySet()));
        assertTrue(Files.isRegularFile(out.resolve("two.png")));
    }

    @Test
    void singleLeavesOutImagesWithSeveralObjects() throws IOException {
        Path out = dir.resolve("scenes");
        ObjectChoice.Selection selection = ObjectChoice.SINGLE.choose(
                AnnotationFormat.VOC.read(vocWithTwoObjectsAndAnEmptyImage()));
        AnnotationScenes.writeScenes(selection, out);
        assertEquals(1, selection.imagesWithSeveralObjects());
        assertEquals(2, selection.droppedObjects());
        assertEquals(1, selection.droppedImages());
        assertEquals("left out 1 image with several objects (2 objects in all)", selection.leftOut());
        assertEquals(List.of("none.png", "one.png"),
                List.copyOf(ScenesFolder.readLabels(out).keySet()));
        assertTrue(!Files.exists(out.resolve("two.png")));
    }

    @Test
    void aChoiceThatLeavesNothingOutSaysNothing() throws IOException {
        Path voc = dir.resolve("voc");
        AnnotationFixtures.png(voc, "one.png", 40, 30);
        AnnotationFixtures.voc(voc, "one.xml", "one.png", 40, 30, "cat", new int[] {1, 2, 11, 12});
        ObjectChoice.Selection selection = ObjectChoice.SINGLE.choose(AnnotationFormat.VOC.read(voc));
        assertEquals(1, selection.annotations().images().size());
        assertEquals("", selection.leftOut());
    }

    @Test
    void singleRefusesASourceWhereEveryImageShowsSeveralObjects() throws IOException {
        Path voc = dir.resolve("voc");
        AnnotationFixtures.png(voc, "two.png", 40, 30);
        AnnotationFixtures.voc(voc, "two.xml", "two.png", 40, 30, "cat", new int[] {1, 2, 11, 12}, "cat",
                new int[] {10, 5, 30, 25});
        Annotations read = AnnotationFormat.VOC.read(voc);
        assertMessage("Every one of the 1 images in " + voc.toAbsolutePath() + " shows several objects, so choosing"
                + " only single-object images leaves none; choose the largest object per image instead",
                () -> ObjectChoice.SINGLE.choose(read));
    }

    @Test
    void cocoWithImagesInASubfolderAndAnImageWithoutAnnotation() throws IOException {
        Path coco = dir.resolve("coco");
        AnnotationFixtures.png(coco.resolve("images"), "a.png", 40, 30);
        AnnotationFixtures.png(coco.resolve("images"), "b.png", 20, 10);
        Path file = AnnotationFixtures.text(coco, "instances.json", """
                {"info": {"description": "made by the test"},
                 "images": [{"id": 7, "file_name": "images/a.png", "width": 40, "height": 30},
                            {"id": 8, "file_name": "images/b.png", "width": 20, "height": 10}],
                 "annotations": [{"id": 1, "image_id": 7, "category_id": 3, "bbox": [4, 5, 10.5, 20],
                                  "area": 210, "iscrowd": 0, "segmentation": []}],
                 "categories": [{"id": 3, "name": "penguin", "supercategory": "bird"}, {"id": 1, "name": "fox"}]}
                """);
        Annotations read = AnnotationFormat.COCO.read(file);
        assertEquals(List.of("penguin", "fox"), read.classNames());
        assertEquals(List.of("images/a.png", "images/b.png"), read.images().stream().map(read::relativeName).toList());
        assertEquals(List.of(Label.of(new Box(5, 4, 20, 10.5), "penguin")), read.images().get(0).objects());
        assertEquals(List.of(), read.images().get(1).objects());

        Path out = dir.resolve("scenes");
        AnnotationScenes.writeScenes(ObjectChoice.LARGEST.choose(read), out);
        assertEquals(Map.of("images/a.png", Label.of(new Box(5, 4, 20, 10.5), "penguin"), "images/b.png", Label.ABSENT),
                ScenesFolder.readLabels(out));
        assertTrue(Files.isRegularFile(out.resolve("images/b.png")));
    }

    @Test
    void theChosenImagesAreReadAsScenesWhereTheyAre() throws IOException {
        List<Scene> scenes = AnnotationScenes.readScenes(ObjectChoice.LARGEST.choose(
                AnnotationFormat.VOC.read(vocWithTwoObjectsAndAnEmptyImage())), Resolution.whole(), 1, Progress.NONE);
        assertEquals(3, scenes.size());
        assertEquals(new Box(5, 10, 20, 20), scenes.get(2).label().box());
        assertEquals("dog", scenes.get(2).label().className());
        assertEquals(40, scenes.get(2).width());
        assertTrue(!scenes.get(0).label().present());
        assertTrue(!Files.exists(dir.resolve("voc/labels.csv")));
    }

    @Test
    void yoloWithAnImageWithoutLabelFile() throws IOException {
        Path yolo = dir.resolve("yolo");
        AnnotationFixtures.png(yolo, "a.png", 40, 20);
        AnnotationFixtures.png(yolo, "b.png", 40, 20);
        AnnotationFixtures.text(yolo, "classes.txt", "fox", "penguin", "");
        AnnotationFixtures.text(yolo, "a.txt", "1 0.5 0.5 0.25 0.5", "0 0.125 0.25 0.25 0.5");
        Annotations read = AnnotationFormat.YOLO.read(yolo);
        assertEquals(List.of("fox", "penguin"), read.classNames());
        assertEquals(List.of(Label.of(new Box(5, 15, 10, 10), "penguin"),
                Label.of(new Box(0, 0, 10, 10), "fox")), read.images().get(0).objects());
        assertEquals(List.of(), read.images().get(1).objects());
    }

    // --- mistakes: each names the file and its line or element

    @Test
    void aVocImageThatDoesNotExist() throws IOException {
        Path voc = dir.resolve("voc");
        Path xml = AnnotationFixtures.voc(voc, "a.xml", "missing.jpg", 40, 30, "cat", new int[] {1, 2, 11, 12});
        assertMessage(xml + " line 1 <annotation>: the image missing.jpg does not exist in " + voc.toAbsolutePath()
                + "; add it or remove its annotation", () -> AnnotationFormat.VOC.read(voc));
    }

    @Test
    void aVocBoxOutsideTheImage() throws IOException {
        Path voc = dir.resolve("voc");
        AnnotationFixtures.png(voc, "a.png", 40, 30);
        Path xml = AnnotationFixtures.voc(voc, "a.xml", "a.png", 40, 30, "cat", new int[] {1, 2, 41, 12});
        assertMessage(xml + " line 17 <bndbox>: the box (left 1, top 2, right 41, bottom 12) lies outside the 40×30"
                + " image; fix the box", () -> AnnotationFormat.VOC.read(voc));
    }

    @Test
    void anInvertedVocBox() throws IOException {
        Path voc = dir.resolve("voc");
        AnnotationFixtures.png(voc, "a.png", 40, 30);
        Path xml = AnnotationFixtures.voc(voc, "a.xml", "a.png", 40, 30, "cat", new int[] {20, 2, 10, 12});
        assertMessage(xml + " line 17 <bndbox>: the box (left 20, top 2, right 10, bottom 12) is empty or inverted;"
                + " its right and bottom edges must lie beyond its left and top edges", () -> AnnotationFormat.VOC.read(voc));
    }

    @Test
    void aVocSizeThatIsNotTheImages() throws IOException {
        Path voc = dir.resolve("voc");
        Path png = AnnotationFixtures.png(voc, "a.png", 40, 30);
        Path xml = AnnotationFixtures.voc(voc, "a.xml", "a.png", 30, 40);
        assertMessage(xml + " line 6 <size>: the size 30×40 is not that of the image " + png.toAbsolutePath()
                + " (40×30); annotate the image as it is, or fix the size", () -> AnnotationFormat.VOC.read(voc));
    }

    @Test
    void malformedVocXmlNamesTheLine() throws IOException {
        Path voc = dir.resolve("voc");
        AnnotationFixtures.png(voc, "a.png", 40, 30);
        Path xml = AnnotationFixtures.text(voc, "a.xml", "<annotation>", "  <filename>a.png</filename>",
                "  <object><name>cat</object>", "</annotation>");
        LocalizerException error = assertThrows(LocalizerException.class, () -> AnnotationFormat.VOC.read(voc));
        assertTrue(error.getMessage().startsWith(xml + " line 3: the XML is malformed ("), error.getMessage());
        assertTrue(error.getMessage().endsWith("); fix or re-export the file"), error.getMessage());
    }

    @Test
    void aVocObjectWithoutBox() throws IOException {
        Path voc = dir.resolve("voc");
        AnnotationFixtures.png(voc, "a.png", 40, 30);
        Path xml = AnnotationFixtures.text(voc, "a.xml", "<annotation>", "  <filename>a.png</filename>",
                "  <object><name>cat</name></object>", "</annotation>");
        assertMessage(xml + " line 3 <object>: the object has no <bndbox>; add its box",
                () -> AnnotationFormat.VOC.read(voc));
    }

    @Test
    void aDocumentTypeIsRefusedSoNoExternalEntityIsRead() throws IOException {
        Path voc = dir.resolve("voc");
        AnnotationFixtures.png(voc, "a.png", 40, 30);
        Path secret = AnnotationFixtures.text(dir, "secret.txt", "do-not-read");
        Path xml = AnnotationFixtures.text(voc, "a.xml", "<?xml version=\"1.0\"?>",
                "<!DOCTYPE annotation [<!ENTITY name SYSTEM \"" + secret.toUri() + "\">]>",
                "<annotation><filename>a.png</filename>",
                "<object><name>&name;</name><bndbox><xmin>1</xmin><ymin>1</ymin><xmax>2</xmax><ymax>2</ymax></bndbox>"
                        + "</object></annotation>");
        LocalizerException error = assertThrows(LocalizerException.class, () -> AnnotationFormat.VOC.read(voc));
        assertEquals(xml + " line 2: the file declares a document type (<!DOCTYPE); annotation files have none,"
                + " remove it", error.getMessage());
    }

    @Test
    void anUndefinedEntityIsNamed() throws IOException {
        Path voc = dir.resolve("voc");
        AnnotationFixtures.png(voc, "a.png", 40, 30);
        Path xml = AnnotationFixtures.text(voc, "a.xml", "<annotation><filename>a.png</filename>",
                "<object><name>&name;</name></object></annotation>");
        LocalizerException error = assertThrows(LocalizerException.class, () -> AnnotationFormat.VOC.read(voc));
        assertTrue(error.getMessage().startsWith(xml + " line 2: "), error.getMessage());
        assertTrue(error.getMessage().contains("name"), error.getMessage());
    }

    @Test
    void escapedCharactersInVocAreRead() throws IOException {
        Path voc = dir.resolve("voc");
        AnnotationFixtures.png(voc, "a.png", 40, 30);
        AnnotationFixtures.voc(voc, "a.xml", "a.png", 40, 30, "salt &amp; pepper", new int[] {1, 2, 11, 12});
        assertEquals(List.of("salt & pepper"), AnnotationFormat.VOC.read(voc).classNames());
    }

    @Test
    void aCocoCategoryThatIsNotDefined() throws IOException {
        Path coco = dir.resolve("coco");
        AnnotationFixtures.png(coco, "a.png", 40, 30);
        Path file = AnnotationFixtures.text(coco, "c.json", """
                {"images": [{"id": 1, "file_name": "a.png", "width": 40, "height": 30}],
                 "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [1, 1, 5, 5]},
                                 {"id": 2, "image_id": 1, "category_id": 9, "bbox": [1, 1, 5, 5]}],
                 "categories": [{"id": 1, "name": "cat"}]}
                """);
        assertMessage(file + " annotations[1]: the category_id 9 is not among the categories [1]; add the category"
                + " or fix the id", () -> AnnotationFormat.COCO.read(file));
    }

    @Test
    void aCocoBoxOutsideTheImageAndAMissingImage() throws IOException {
        Path coco = dir.resolve("coco");
        AnnotationFixtures.png(coco, "a.png", 40, 30);
        Path outside = AnnotationFixtures.text(coco, "outside.json", """
                {"images": [{"id": 1, "file_name": "a.png", "width": 40, "height": 30}],
                 "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [30, 1, 20, 5]}],
                 "categories": [{"id": 1, "name": "cat"}]}
                """);
        assertMessage(outside + " annotations[0]: the box (left 30, top 1, right 50, bottom 6) lies outside the 40×30"
                + " image; fix the box", () -> AnnotationFormat.COCO.read(outside));
        Path missing = AnnotationFixtures.text(coco, "missing.json", """
                {"images": [{"id": 1, "file_name": "a.png", "width": 40, "height": 30},
                            {"id": 2, "file_name": "gone.png", "width": 40, "height": 30}],
                 "annotations": [], "categories": []}
                """);
        assertMessage(missing + " images[1]: the image gone.png does not exist in " + coco.toAbsolutePath()
                + "; add it or remove its annotation", () -> AnnotationFormat.COCO.read(missing));
    }

    @Test
    void malformedCocoJsonNamesTheLine() throws IOException {
        Path coco = dir.resolve("coco");
        Path file = AnnotationFixtures.text(coco, "c.json", "{\"images\": [", "  {\"id\": 1,,}", "]}");
        LocalizerException error = assertThrows(LocalizerException.class, () -> AnnotationFormat.COCO.read(file));
        assertTrue(error.getMessage().startsWith(file.toAbsolutePath() + " line 2: the JSON is malformed ("),
                error.getMessage());
        Path notCoco = AnnotationFixtures.text(coco, "d.json", "{\"images\": []}");
        assertMessage(notCoco.toAbsolutePath() + ": \"categories\" is missing; a COCO file has the lists images,"
                + " annotations and categories", () -> AnnotationFormat.COCO.read(notCoco));
    }

    @Test
    void aYoloClassBeyondTheClassList() throws IOException {
        Path yolo = dir.resolve("yolo");
        AnnotationFixtures.png(yolo, "a.png", 40, 20);
        AnnotationFixtures.text(yolo, "classes.txt", "fox", "penguin");
        Path labels = AnnotationFixtures.text(yolo, "a.txt", "0 0.5 0.5 0.1 0.1", "2 0.5 0.5 0.1 0.1");
        assertMessage(labels.toAbsolutePath() + " line 2: the class 2 is not in classes.txt, which lists 2 classes"
                + " (0 to 1); fix the number or add the class", () -> AnnotationFormat.YOLO.read(yolo));
    }

    @Test
    void aYoloBoxOutsideTheImageAndAMalformedLine() throws IOException {
        Path yolo = dir.resolve("yolo");
        AnnotationFixtures.png(yolo, "a.png", 40, 20);
        AnnotationFixtures.text(yolo, "classes.txt", "fox");
        Path labels = AnnotationFixtures.text(yolo, "a.txt", "0 0.9 0.5 0.4 0.2");
        assertMessage(labels.toAbsolutePath() + " line 1: the box (left 28, top 8, right 44, bottom 12) lies outside"
                + " the 40×20 image; fix the box", () -> AnnotationFormat.YOLO.read(yolo));
        AnnotationFixtures.text(yolo, "a.txt", "", "0 0.5 0.5 0.4");
        assertMessage(labels.toAbsolutePath() + " line 2: expected 5 values (class center_x center_y width height),"
                + " found 4 in \"0 0.5 0.5 0.4\"", () -> AnnotationFormat.YOLO.read(yolo));
        AnnotationFixtures.text(yolo, "a.txt", "0 0.5 half 0.4 0.1");
        assertMessage(labels.toAbsolutePath() + " line 1: the center_y is \"half\", not a number; give a number",
                () -> AnnotationFormat.YOLO.read(yolo));
    }

    @Test
    void aClassNameWithAControlCharacter() throws IOException {
        Path yolo = dir.resolve("yolo");
        AnnotationFixtures.png(yolo, "a.png", 40, 20);
        Path classes = AnnotationFixtures.text(yolo, "classes.txt", "fox", "pen\u001bguin");
        assertMessage(classes.toAbsolutePath() + " line 2: the class name \"pen\\u001Bguin\" holds the control"
                + " character U+001B; use printable characters only", () -> AnnotationFormat.YOLO.read(yolo));
    }

    @Test
    void aYoloLabelFileWithoutItsImage() throws IOException {
        Path yolo = dir.resolve("yolo");
        AnnotationFixtures.png(yolo, "a.png", 40, 20);
        AnnotationFixtures.text(yolo, "classes.txt", "fox");
        Path orphan = AnnotationFixtures.text(yolo, "b.txt", "0 0.5 0.5 0.1 0.1");
        assertMessage(orphan.toAbsolutePath() + ": there is no image of this name (b.png, .jpg, …) in "
                + yolo.toAbsolutePath() + "; add the image, or remove or rename the file",
                () -> AnnotationFormat.YOLO.read(yolo));
    }

    @Test
    void aYoloFolderWithoutClassList() throws IOException {
        Path yolo = dir.resolve("yolo");
        AnnotationFixtures.png(yolo, "a.png", 40, 20);
        assertMessage("The YOLO folder " + yolo.toAbsolutePath() + " has no classes.txt; add it with one class name"
                + " per line, in the order of the class numbers", () -> AnnotationFormat.YOLO.read(yolo));
    }

    @Test
    void aFileThatIsNoImage() throws IOException {
        Path yolo = dir.resolve("yolo");
        Path fake = AnnotationFixtures.text(yolo, "a.png", "not a picture");
        AnnotationFixtures.text(yolo, "classes.txt", "fox");
        assertMessage(fake.toAbsolutePath() + ": the file " + fake.toAbsolutePath() + " is not a PNG, JPEG, GIF or"
                + " BMP image; convert it to one of those formats", () -> AnnotationFormat.YOLO.read(yolo));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable read) {
        assertEquals(expected, assertThrows(LocalizerException.class, read).getMessage());
    }
}
