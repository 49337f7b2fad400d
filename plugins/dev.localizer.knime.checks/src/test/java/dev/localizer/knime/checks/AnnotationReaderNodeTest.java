package dev.localizer.knime.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.localizer.engine.Box;
import dev.localizer.engine.Label;
import dev.localizer.engine.Progress;
import dev.localizer.engine.annotations.AnnotationFormat;
import dev.localizer.engine.annotations.AnnotationScenes;
import dev.localizer.engine.annotations.ObjectChoice;
import dev.localizer.engine.scene.Scene;
import dev.localizer.engine.scene.ScenesFolder;

/** The Annotation Reader node, run by the harness on the stand-ins on small annotation sets the tests write. */
class AnnotationReaderNodeTest {

    /** The Learner's columns, by name and cell class, a string column of paths first. */
    private static final List<String> COLUMNS = List.of("Path:StringCell", "Top:DoubleCell", "Left:DoubleCell",
        "Height:DoubleCell", "Width:DoubleCell", "Present:BooleanCell", "Class:StringCell");

    private static NodeClasses s_nodes;

    @TempDir
    Path m_dir;

    @BeforeAll
    static void compileTheNodes(@TempDir final Path output) throws Exception {
        s_nodes = NodeClasses.compile(output);
    }

    @Test
    void aNewNodeHasTheEnginesDefaultsAndNoSource() throws Exception {
        assertEquals(Map.of("annotation_format", AnnotationFormat.DEFAULT.name().toLowerCase(),
            "object_choice", ObjectChoice.DEFAULT.name().toLowerCase(), "annotation_source", ""), defaults());
    }

    @Test
    void savedSettingsLoadBackUnchanged() throws Exception {
        Map<String, String> saved = Map.of("annotation_format", "coco", "object_choice", "single",
            "annotation_source", "knime://knime.workflow/../pictures/annotations.json");

        assertEquals(saved, roundTrip(saved));
    }

    @Test
    void anUnknownFormatOrChoiceIsRefusedWhenTheSettingsAreValidated() {
        Exception format = assertThrows(Exception.class, () -> roundTrip(Map.of("annotation_format", "pascal",
            "object_choice", "largest", "annotation_source", "")));
        Exception choice = assertThrows(Exception.class, () -> roundTrip(Map.of("annotation_format", "yolo",
            "object_choice", "all", "annotation_source", "")));

        assertEquals("Unknown annotation format \"pascal\": use one of voc, coco, yolo.", format.getMessage());
        assertEquals("Unknown object choice \"all\": use one of largest, single.", choice.getMessage());
    }

    @Test
    void withoutASourceOrWithAMissingOneTheNodeDoesNotConfigure() {
        Exception none = assertThrows(Exception.class, () -> run(Map.of(), false));
        Path missing = m_dir.resolve("nowhere");
        Exception absent = assertThrows(Exception.class,
            () -> run(Map.of("annotation_source", missing.toString()), false));

        assertEquals("org.knime.core.node.InvalidSettingsException", none.getClass().getName());
        assertEquals("Choose the Pascal VOC annotations in the dialog: a folder of images with one .xml file per "
            + "image.", none.getMessage());
        assertEquals("The annotation source \"" + missing + "\" (" + missing + ") does not exist. Choose the Pascal "
            + "VOC annotations: a folder of images with one .xml file per image.", absent.getMessage());
    }

    @Test
    void aVocFolderBecomesOneRowPerPictureWithItsLargestObjectAndTheLeftOutObjectIsReported() throws Exception {
        Path voc = vocWithTwoObjectsInOnePicture();

        Object[] run = run(Map.of("annotation_source", voc.toString()), true);

        assertEquals(COLUMNS, run[0]);
        assertEquals(List.of("none.png | " + voc.resolve("none.png") + " | 0.0 | 0.0 | 0.0 | 0.0 | false | ",
            "one.png | " + voc.resolve("one.png") + " | 2.0 | 1.0 | 10.0 | 10.0 | true | cat",
            "two.png | " + voc.resolve("two.png") + " | 5.0 | 10.0 | 20.0 | 20.0 | true | dog"), run[1]);
        assertEquals("This localizer finds one object per picture, so the reader kept only the largest object in 1 "
            + "image with several objects (left out 1 object).", run[2]);
    }

    @Test
    void singleLeavesOutThePictureWithSeveralObjectsAndSaysSo() throws Exception {
        Path voc = vocWithTwoObjectsInOnePicture();

        Object[] run = run(Map.of("annotation_source", voc.toString(), "object_choice", "single"), true);

        assertEquals(List.of("none.png", "one.png"), keys(run));
        assertEquals("This localizer finds one object per picture, so the reader left out 1 image with several "
            + "objects (2 objects in all).", run[2]);
    }

    @Test
    void theThreeFormatsOfOneSetGiveTheSameRows() throws Exception {
        Path scenes = m_dir.resolve("scenes");
        BufferedImage picture = new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB);
        ScenesFolder.write(scenes, List.of(new Scene(picture, Label.of(new Box(4, 6, 10, 12), "cat")),
            new Scene(picture, Label.ABSENT), new Scene(picture, Label.of(new Box(20, 30, 12, 18), "dog"))), 1,
            Progress.NONE);
        Path voc = AnnotationScenes.writeAnnotations(scenes, AnnotationFormat.VOC, m_dir.resolve("voc")).root();
        Path coco = AnnotationScenes.writeAnnotations(scenes, AnnotationFormat.COCO, m_dir.resolve("coco")).root();
        Path yolo = AnnotationScenes.writeAnnotations(scenes, AnnotationFormat.YOLO, m_dir.resolve("yolo")).root();

        List<String> fromVoc = labels(run(Map.of("annotation_source", voc.toString()), true));
        List<String> fromCoco = labels(run(Map.of("annotation_format", "coco", "annotation_source",
            coco.resolve("annotations.json").toString()), true));
        Object[] yoloRun = run(Map.of("annotation_format", "yolo", "annotation_source", yolo.toString()), true);

        assertEquals(List.of("4.0 | 6.0 | 10.0 | 12.0 | true | cat", "0.0 | 0.0 | 0.0 | 0.0 | false | ",
            "20.0 | 30.0 | 12.0 | 18.0 | true | dog"), fromVoc);
        assertEquals(fromVoc, fromCoco);
        assertEquals(fromVoc, labels(yoloRun));
        assertNull(yoloRun[2], "nothing was left out, so there is no warning");
    }

    @Test
    void anEngineErrorNamesTheFileThatIsWrong() throws Exception {
        Path voc = vocWithTwoObjectsInOnePicture();
        Files.delete(voc.resolve("one.png"));

        Exception error = assertThrows(Exception.class, () -> run(Map.of("annotation_source", voc.toString()), true));

        assertEquals("dev.localizer.engine.LocalizerException", error.getClass().getName());
        assertEquals(true, error.getMessage().contains(voc.resolve("one.xml").toString()), error.getMessage());
    }

    /** none.png without annotation, one.png with a cat, two.png with a small cat and a larger dog. */
    private Path vocWithTwoObjectsInOnePicture() throws IOException {
        Path voc = Files.createDirectories(m_dir.resolve("voc"));
        for (String name : List.of("none", "one", "two")) {
            ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png",
                voc.resolve(name + ".png").toFile());
        }
        Files.writeString(voc.resolve("one.xml"), voc("one.png", object("cat", 1, 2, 11, 12)));
        Files.writeString(voc.resolve("two.xml"),
            voc("two.png", object("cat", 1, 2, 11, 12) + object("dog", 10, 5, 30, 25)));
        return voc;
    }

    private static String voc(final String file, final String objects) {
        return "<annotation><filename>" + file + "</filename><size><width>40</width><height>30</height>"
            + "<depth>3</depth></size>" + objects + "</annotation>";
    }

    private static String object(final String name, final int xmin, final int ymin, final int xmax, final int ymax) {
        return "<object><name>" + name + "</name><bndbox><xmin>" + xmin + "</xmin><ymin>" + ymin + "</ymin><xmax>"
            + xmax + "</xmax><ymax>" + ymax + "</ymax></bndbox></object>";
    }

    @SuppressWarnings("unchecked")
    private static List<String> keys(final Object[] run) {
        return ((List<String>)run[1]).stream().map(row -> row.substring(0, row.indexOf(" | "))).toList();
    }

    /** The rows without row ID and path. */
    @SuppressWarnings("unchecked")
    private static List<String> labels(final Object[] run) {
        return ((List<String>)run[1]).stream().map(row -> row.split(" \\| ", 3)[2]).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> defaults() throws Exception {
        return (Map<String, String>)harness("defaults").invoke(null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> roundTrip(final Map<String, String> entries) throws Exception {
        try {
            return (Map<String, String>)harness("roundTrip", Map.class).invoke(null, entries);
        } catch (InvocationTargetException e) {
            throw (Exception)e.getCause();
        }
    }

    /** The configured columns, the rows as text and the warning of one run. */
    private Object[] run(final Map<String, String> settings, final boolean execute) throws Exception {
        Object run;
        try {
            run = harness("run", Map.class, boolean.class, Path.class).invoke(null, settings, execute, m_dir);
        } catch (InvocationTargetException e) {
            throw (Exception)e.getCause();
        }
        return new Object[]{NodeClasses.call(run, "configuredColumns"), NodeClasses.call(run, "rows"),
            NodeClasses.call(run, "warning")};
    }

    private static Method harness(final String name, final Class<?>... parameters) throws Exception {
        return s_nodes.load("dev.localizer.knime.checks.harness.AnnotationReaderRuns").getMethod(name, parameters);
    }
}
