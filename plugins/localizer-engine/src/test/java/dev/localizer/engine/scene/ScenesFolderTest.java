package dev.localizer.engine.scene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.localizer.engine.Box;
import dev.localizer.engine.CancelledException;
import dev.localizer.engine.Label;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.Progress;
import dev.localizer.engine.RecordingProgress;
import dev.localizer.engine.image.ImageDecoder.Resolution;

class ScenesFolderTest {

    @TempDir
    Path folder;

    private static final SceneGenerator GENERATOR =
            new SceneGenerator(SceneConfig.builder().size(48, 40).scaleRange(0.2, 0.4).build());

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private void writeLabels(String... lines) throws IOException {
        Files.writeString(folder.resolve(ScenesFolder.LABELS_FILE), String.join("\n", lines) + "\n");
    }

    private String readError() {
        return assertThrows(LocalizerException.class, () -> ScenesFolder.read(folder, Resolution.whole(), 1, Progress.NONE)).getMessage();
    }

    @Test
    void writtenScenesReadBackIdentically() throws IOException {
        List<Scene> scenes = GENERATOR.generate(6, 2, Progress.NONE);
        ScenesFolder.write(folder, scenes, 2, Progress.NONE);
        List<String> lines = Files.readAllLines(folder.resolve("labels.csv"));
        assertEquals("file,top,left,height,width,present,class", lines.get(0));
        assertEquals(7, lines.size());
        Scene first = scenes.get(0);
        assertEquals(String.join(",", "scene-000000.png", Long.toString((long) first.label().box().top()),
                Long.toString((long) first.label().box().left()), Long.toString((long) first.label().box().height()),
                Long.toString((long) first.label().box().width()), Boolean.toString(first.label().present()), first.label().className()),
                lines.get(1));
        List<Scene> read = ScenesFolder.read(folder, Resolution.whole(), 2, Progress.NONE);
        for (int i = 0; i < scenes.size(); i++) {
            assertEquals(scenes.get(i).label().box(), read.get(i).label().box());
            assertEquals(scenes.get(i).label().present(), read.get(i).label().present());
            assertEquals(scenes.get(i).label().className(), read.get(i).label().className());
            assertArrayEquals(pixels(scenes.get(i).image()), pixels(read.get(i).image()));
        }
    }

    @Test
    void generatorWritesStraightToTheFolder() {
        ScenesFolder.write(folder, GENERATOR, 5, 0, Progress.NONE);
        Map<String, Label> labels = ScenesFolder.readLabels(folder);
        assertEquals(5, labels.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(GENERATOR.generate(i).label(), labels.get(ScenesFolder.fileName(i)));
            assertTrue(Files.exists(folder.resolve(ScenesFolder.fileName(i))));
        }
    }

    @Test
    void classNamesWithCommasAndQuotesSurvive() {
        Scene scene = new Scene(TestImages.solid(10, 10, Color.BLUE), Label.of(new Box(1, 2, 3, 4), "red \"fox\", small"));
        ScenesFolder.write(folder, List.of(scene), 1, Progress.NONE);
        assertEquals("red \"fox\", small", ScenesFolder.read(folder, Resolution.whole(), 1, Progress.NONE).get(0).label().className());
    }

    @Test
    void cancelledWritingLeavesNoLabels() {
        Progress cancelled = RecordingProgress.cancellingAfter(0);
        assertThrows(CancelledException.class, () -> ScenesFolder.write(folder, GENERATOR, 50, 1, cancelled));
        assertFalse(Files.exists(folder.resolve(ScenesFolder.LABELS_FILE)));
    }

    @Test
    void aCancelledRunOverAnEarlierFolderLeavesItAsItWasAndASmallerRunLeavesNoOldImages() throws IOException {
        ScenesFolder.write(folder, GENERATOR, 6, 1, Progress.NONE);
        byte[] labels = Files.readAllBytes(folder.resolve(ScenesFolder.LABELS_FILE));
        byte[] image = Files.readAllBytes(folder.resolve(ScenesFolder.fileName(0)));
        SceneGenerator otherSeed = new SceneGenerator(SceneConfig.builder().size(48, 40).scaleRange(0.2, 0.4).seed(2).build());

        Progress cancelled = RecordingProgress.cancellingAfter(3);
        assertThrows(CancelledException.class, () -> ScenesFolder.write(folder, otherSeed, 50, 1, cancelled));
        assertArrayEquals(labels, Files.readAllBytes(folder.resolve(ScenesFolder.LABELS_FILE)));
        assertArrayEquals(image, Files.readAllBytes(folder.resolve(ScenesFolder.fileName(0))), "no image of the new seed");

        ScenesFolder.write(folder, otherSeed, 2, 1, Progress.NONE);
        try (var files = Files.list(folder)) {
            assertEquals(List.of(".localizer-output", "labels.csv", "scene-000000.png", "scene-000001.png"),
                    files.map(file -> file.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void missingFolderAndLabelsAreExplained() throws IOException {
        String message = assertThrows(LocalizerException.class,
                () -> ScenesFolder.read(folder.resolve("nowhere"), Resolution.whole(), 1, Progress.NONE)).getMessage();
        assertTrue(message.contains("nowhere") && message.contains("does not exist"), message);
        assertTrue(readError().contains("has no labels.csv"));
        writeLabels("name,top,left");
        assertTrue(readError().contains("line 1: the header is \"name,top,left\""));
        writeLabels("file,top,left,height,width,present,class");
        assertTrue(readError().contains("lists no scenes"));
    }

    @Test
    void badRowsAreExplainedWithTheirLineNumbers() throws IOException {
        Files.write(folder.resolve("a.png"), TestImages.png(TestImages.solid(20, 10, Color.RED)));
        Files.writeString(folder.resolve("notes.png"), "not a picture");
        String header = "file,top,left,height,width,present,class";
        writeLabels(header, "a.png,1,1,2,2,true,fox", "a.png,1,1,2,true,fox");
        assertTrue(readError().contains("line 3: expected 7 values"));
        writeLabels(header, "a.png,one,1,2,2,true,fox");
        assertTrue(readError().contains("line 2: the top \"one\" is not a number"));
        writeLabels(header, "a.png,1,1,-2,2,true,fox");
        assertTrue(readError().contains("line 2: the height -2 must be a finite number of at least 0"));
        writeLabels(header, "a.png,1,1,2,2,maybe,fox");
        assertTrue(readError().contains("line 2: present is \"maybe\""));
        writeLabels(header, "a.png,1,1,2,2,true,fox", "b.png,1,1,2,2,true,fox");
        assertTrue(readError().contains("line 3: the image b.png does not exist"));
        writeLabels(header, "notes.png,1,1,2,2,true,fox");
        assertTrue(readError().contains("line 2: the file notes.png is not a PNG"));
        writeLabels(header, "a.png,5,15,8,8,true,fox");
        assertTrue(readError().contains("line 2: the box top=5, left=15, height=8, width=8 lies outside the 20×10 image"));
        writeLabels(header, "../a.png,1,1,2,2,true,fox");
        assertTrue(readError().contains("lies outside the scenes folder"));
        Files.write(folder.resolve("b.png"), TestImages.png(TestImages.solid(20, 10, Color.BLUE)));
        writeLabels(header, "a.png,1,1,2,2,1,fox", "b.png,0,0,0,0,false,");
        List<Scene> scenes = ScenesFolder.read(folder, Resolution.whole(), 1, Progress.NONE);
        assertTrue(scenes.get(0).label().present());
        assertFalse(scenes.get(1).label().present());
        assertEquals(BufferedImage.TYPE_INT_RGB, scenes.get(0).image().getType());
    }

    @Test
    void duplicateRowsBrokenQuotesAndForeignTextAreRefusedWithFileAndLine() throws IOException {
        String header = "file,top,left,height,width,present,class";
        Path labels = folder.resolve(ScenesFolder.LABELS_FILE);
        writeLabels(header, "a.png,1,1,2,2,true,fox", "b.png,1,1,2,2,true,fox", "a.png,0,0,0,0,false,");
        assertEquals(labels + " line 4: the file a.png is listed again (first at line 2); list each image once",
                readError());
        writeLabels(header, "a.png,1,1,2,2,true,\"fox");
        assertEquals(labels + " line 2: value 7 opens a quote that is not closed on this line; close it with \"",
                readError());
        writeLabels(header, "a.png,1,1,2,2,true,fox\u001B[2J");
        assertEquals(labels + " line 2: value 7 holds the control character U+001B; remove it", readError());
        Files.write(labels, (header + "\na.png,1,1,2,2,true,fox\nb.png,1,1,2,2,true,caf\u00e9\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(labels + " is not UTF-8 text at line 3; save it as UTF-8", readError());
    }

    @Test
    void aFileWhereTheFolderShouldBeIsExplained() throws IOException {
        Path file = Files.writeString(folder.resolve("taken"), "x");
        String message = assertThrows(LocalizerException.class,
                () -> ScenesFolder.write(file, GENERATOR, 2, 1, Progress.NONE)).getMessage();
        assertEquals("The output folder " + file + " is a file, but a folder is written there; give another folder"
                + " name or delete the file", message);
    }

    @Test
    void emptyOrNegativeCountsAreRefused() {
        assertThrows(LocalizerException.class, () -> ScenesFolder.write(folder, GENERATOR, 0, 1, Progress.NONE));
        assertThrows(LocalizerException.class, () -> ScenesFolder.write(folder, List.of(), 1, Progress.NONE));
    }

    @Test
    void aLargePictureReadForTrainingKeepsAtMostTheInputSizeWithItsBoxScaledExactly() throws IOException {
        BufferedImage photo = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D graphics = photo.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(2500, 900, 800, 1200);
        graphics.dispose();
        javax.imageio.ImageIO.write(photo, "jpeg", folder.resolve("photo.jpg").toFile());
        writeLabels("file,top,left,height,width,present,class", "photo.jpg,900,2500,1200,800,true,block");
        int input = 96;
        Scene scene = ScenesFolder.read(folder, Resolution.forTraining(input), 1, Progress.NONE).get(0);
        assertTrue(scene.width() <= input && scene.height() <= input, scene.width() + "×" + scene.height());
        assertEquals(new Box(900 * (scene.height() / 3000.0), 2500 * (scene.width() / 4000.0),
                1200 * (scene.height() / 3000.0), 800 * (scene.width() / 4000.0)), scene.label().box());
        assertEquals(BufferedImage.TYPE_INT_RGB, scene.image().getType());
    }

    @Test
    void anExifTurnedPhotoIsReadForTrainingAsShownWithItsBoxOnItsObject() throws IOException {
        // stored 80×160, shown 160×80 (orientation 6); the label's box is on the picture as shown
        BufferedImage stored = new BufferedImage(80, 160, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D graphics = stored.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(16, 16, 32, 48);
        graphics.dispose();
        Files.write(folder.resolve("phone.jpg"), dev.localizer.engine.image.ExifJpegs.withOrientation(stored, 6, true));
        Box shown = new Box(16, 96, 32, 48);
        writeLabels("file,top,left,height,width,present,class", "phone.jpg,16,96,32,48,true,block");
        Scene scene = ScenesFolder.read(folder, Resolution.forTraining(40), 1, Progress.NONE).get(0);
        assertEquals(40, scene.width());
        assertEquals(40, scene.height());
        assertEquals(shown.scaled(40 / 160.0, 40 / 80.0), scene.label().box());
        Box bright = dev.localizer.engine.image.ExifJpegs.brightBounds(scene.image());
        assertEquals(scene.label().box().top(), bright.top(), 1);
        assertEquals(scene.label().box().left(), bright.left(), 1);
        assertEquals(scene.label().box().height(), bright.height(), 2);
        assertEquals(scene.label().box().width(), bright.width(), 2);
    }
}
