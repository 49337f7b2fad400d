package dev.localizer.engine.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.localizer.engine.Box;
import dev.localizer.engine.Label;
import dev.localizer.engine.Progress;
import dev.localizer.engine.image.ImageDecoder.Resolution;
import dev.localizer.engine.scene.ScenesFolder;

class AnnotationRoundTripTest {

    @TempDir
    Path dir;

    /** Boxes off the pixel grid too, and a class name that CSV must quote. */
    private static final List<String> FILES = List.of("a.png", "b.png", "c.png", "d.png");
    private static final List<Label> LABELS = List.of(Label.of(new Box(3, 5, 10, 12), "fox"), Label.ABSENT,
            Label.of(new Box(0, 0, 30, 40), "lady, bug"), Label.of(new Box(2.5, 7.25, 11.5, 3.125), "fox"));
    private static final int[][] SIZES = {{40, 30}, {20, 20}, {40, 30}, {17, 23}};

    @ParameterizedTest
    @EnumSource(AnnotationFormat.class)
    void aScenesFolderWrittenInTheFormatReadsBackAsTheSameLabels(AnnotationFormat format) throws IOException {
        Path scenes = AnnotationFixtures.scenes(dir.resolve("scenes"), FILES, LABELS, SIZES);
        Path exported = dir.resolve("exported");
        AnnotationScenes.writeAnnotations(scenes, format, exported);

        Annotations read = format.read(format == AnnotationFormat.COCO
                ? exported.resolve(CocoAnnotations.FILE_NAME) : exported);
        assertEquals(List.of("fox", "lady, bug"), read.classNames());
        assertEquals(List.of("a.png", "b.png", "c.png", "d.png"),
                read.images().stream().map(read::relativeName).toList());
        for (int i = 0; i < LABELS.size(); i++) {
            AnnotatedImage image = read.images().get(i);
            assertEquals(SIZES[i][0], image.width());
            assertEquals(SIZES[i][1], image.height());
            assertEquals(LABELS.get(i).present() ? 1 : 0, image.objects().size(), image.toString());
            assertEquals(-1, Files.mismatch(scenes.resolve(FILES.get(i)), image.image()));
        }

        Path reimported = dir.resolve("reimported");
        AnnotationScenes.writeScenes(ObjectChoice.LARGEST.choose(read), reimported);
        Map<String, Label> back = ScenesFolder.readLabels(reimported);
        assertEquals(FILES, List.copyOf(back.keySet()));
        for (int i = 0; i < LABELS.size(); i++) {
            Label expected = LABELS.get(i);
            Label actual = back.get(FILES.get(i));
            assertEquals(expected.present(), actual.present());
            assertEquals(expected.className(), actual.className());
            assertBox(expected.box(), actual.box(), format == AnnotationFormat.YOLO ? 1e-9 : 0);
        }
        assertEquals(SIZES.length, ScenesFolder.read(reimported, Resolution.whole(), 1, Progress.NONE).size());
    }

    @ParameterizedTest
    @EnumSource(AnnotationFormat.class)
    void theWrittenFilesAreThoseOfTheFormat(AnnotationFormat format) throws IOException {
        Path scenes = AnnotationFixtures.scenes(dir.resolve("scenes"), FILES.subList(0, 2), LABELS.subList(0, 2),
                new int[][] {SIZES[0], SIZES[1]});
        Path out = dir.resolve("out");
        AnnotationScenes.writeAnnotations(scenes, format, out);
        switch (format) {
            case VOC -> {
                String xml = Files.readString(out.resolve("a.xml"));
                assertTrue(xml.contains("<filename>a.png</filename>"), xml);
                assertTrue(xml.contains("<xmin>5</xmin>") && xml.contains("<ymin>3</ymin>")
                        && xml.contains("<xmax>17</xmax>") && xml.contains("<ymax>13</ymax>"), xml);
                assertTrue(!Files.readString(out.resolve("b.xml")).contains("<object>"));
            }
            case COCO -> {
                String json = Files.readString(out.resolve(CocoAnnotations.FILE_NAME));
                assertTrue(json.replaceAll("\\s", "").contains("\"bbox\":[5.0,3.0,12.0,10.0]"), json);
            }
            case YOLO -> {
                assertEquals("fox\n", Files.readString(out.resolve("classes.txt")));
                assertEquals("0 0.275 0.26666666666666666 0.3 0.3333333333333333\n",
                        Files.readString(out.resolve("a.txt")));
                assertEquals("", Files.readString(out.resolve("b.txt")));
            }
        }
    }

    private static void assertBox(Box expected, Box actual, double tolerance) {
        assertEquals(expected.top(), actual.top(), tolerance, actual::toString);
        assertEquals(expected.left(), actual.left(), tolerance, actual::toString);
        assertEquals(expected.height(), actual.height(), tolerance, actual::toString);
        assertEquals(expected.width(), actual.width(), tolerance, actual::toString);
    }
}
