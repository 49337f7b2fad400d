package dev.localizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.localizer.engine.annotations.ObjectChoice;

class ImportExportCommandTest {

    @TempDir
    Path dir;

    private static void png(Path file, int width, int height) throws IOException {
        Files.createDirectories(file.getParent());
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
    }

    private static void voc(Path xml, String image, int... edgesPerObject) throws IOException {
        StringBuilder text = new StringBuilder("<annotation><filename>" + image + "</filename>\n");
        for (int i = 0; i < edgesPerObject.length; i += 4) {
            text.append("<object><name>cat</name><bndbox><xmin>").append(edgesPerObject[i]).append("</xmin><ymin>")
                    .append(edgesPerObject[i + 1]).append("</ymin><xmax>").append(edgesPerObject[i + 2])
                    .append("</xmax><ymax>").append(edgesPerObject[i + 3]).append("</ymax></bndbox></object>\n");
        }
        Files.writeString(xml, text.append("</annotation>\n"));
    }

    /** Three images: one with two cats, one with one, one without annotation. */
    private Path vocFolder() throws IOException {
        Path voc = dir.resolve("voc");
        png(voc.resolve("two.png"), 40, 30);
        png(voc.resolve("one.png"), 40, 30);
        png(voc.resolve("none.png"), 40, 30);
        voc(voc.resolve("two.xml"), "two.png", 0, 0, 10, 10, 5, 5, 25, 25);
        voc(voc.resolve("one.xml"), "one.png", 1, 2, 11, 12);
        return voc;
    }

    @Test
    void importWritesAScenesFolderWithTheLargestObjectPerImage() throws IOException {
        Path out = dir.resolve("scenes");
        CliRun run = CliRun.of("import", "--format", "voc", vocFolder().toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().endsWith("Wrote 3 scenes (2 with an object, 1 without; classes: cat) to "
                + out.resolve("labels.csv") + "; kept only the largest object in 1 image with several objects (left out"
                + " 1 object)\n"), run.out());
        assertEquals(List.of("file,top,left,height,width,present,class", "none.png,0,0,0,0,false,",
                "one.png,2,1,10,10,true,cat", "two.png,5,5,20,20,true,cat"), Files.readAllLines(out.resolve("labels.csv")));
        assertEquals(-1, Files.mismatch(dir.resolve("voc/two.png"), out.resolve("two.png")));
    }

    @Test
    void importWithSingleLeavesOutImagesWithSeveralObjects() throws IOException {
        Path out = dir.resolve("scenes");
        CliRun run = CliRun.of("import", "--format", "VOC", "--objects", "single", vocFolder().toString(),
                "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Wrote 2 scenes (1 with an object, 1 without; classes: cat) to "
                + out.resolve("labels.csv") + "; left out 1 image with several objects (2 objects in all)"), run.out());
        assertFalse(Files.exists(out.resolve("two.png")));
    }

    @Test
    void exportThenImportGivesTheSameLabelsInEveryFormat() throws IOException {
        Path scenes = dir.resolve("scenes");
        assertEquals(0, CliRun.of("import", "--format", "voc", vocFolder().toString(), "--out", scenes.toString())
                .exitCode());
        List<String> labels = Files.readAllLines(scenes.resolve("labels.csv"));
        for (String format : List.of("voc", "coco", "yolo")) {
            Path exported = dir.resolve("exported-" + format);
            CliRun export = CliRun.of("export", "--format", format, scenes.toString(), "--out", exported.toString());
            assertEquals(0, export.exitCode(), export.err());
            assertTrue(export.out().endsWith(" annotations (classes: cat) to " + exported + "\n"), export.out());
            Path source = format.equals("coco") ? exported.resolve("annotations.json") : exported;
            Path back = dir.resolve("back-" + format);
            CliRun reimport = CliRun.of("import", "--format", format, source.toString(), "--out", back.toString());
            assertEquals(0, reimport.exitCode(), reimport.err());
            assertEquals(labels, Files.readAllLines(back.resolve("labels.csv")), format);
        }
    }

    @Test
    void aMistakeInTheAnnotationsIsOneLineWithExitCode2AndWritesNothing() throws IOException {
        Path voc = vocFolder();
        voc(voc.resolve("one.xml"), "one.png", 1, 2, 41, 12);
        Path out = dir.resolve("scenes");
        CliRun run = CliRun.of("import", "--format", "voc", voc.toString(), "--out", out.toString());
        assertEquals(2, run.exitCode());
        assertEquals("localizer: " + voc.toAbsolutePath().resolve("one.xml") + " line 2 <bndbox>: the box (left 1,"
                + " top 2, right 41, bottom 12) lies outside the 40×30 image; fix the box", run.firstErrorLine());
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void importRefusesToWriteIntoItsSourceAndLeavesItAsItWas() throws IOException {
        Path voc = vocFolder();
        Map<String, String> before = FolderContents.of(voc);
        CliRun run = CliRun.of("import", "--format", "voc", voc.toString(), "--out", voc.resolve("scenes").toString());
        assertEquals(2, run.exitCode());
        assertEquals("localizer: --out " + voc.resolve("scenes") + " lies inside the input folder SRC " + voc
                + "; choose an output folder outside the inputs", run.firstErrorLine());
        assertEquals(before, FolderContents.of(voc));

        Path json = dir.resolve("coco/annotations.json");
        png(json.resolveSibling("a.png"), 8, 8);
        Files.writeString(json, "{\"images\": [], \"annotations\": [], \"categories\": []}");
        CliRun coco = CliRun.of("import", "--format", "coco", json.toString(), "--out",
                json.resolveSibling("scenes").toString());
        assertEquals(2, coco.exitCode());
        assertTrue(coco.firstErrorLine().contains(" lies inside the input folder the images' folder "), coco.err());
    }

    @Test
    void theHelpStatesTheEnginesDefaultChoice() {
        CliRun help = CliRun.of("import", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().replaceAll("\\s+", " ").contains("(default: "
                + ObjectChoice.DEFAULT.name().toLowerCase(Locale.ROOT) + ")"), help.out());
    }

    @Test
    void usageMistakesAreExitCode2() {
        CliRun format = CliRun.of("import", "--format", "csv", dir.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, format.exitCode());
        assertTrue(format.firstErrorLine().startsWith("localizer: Invalid value for option '--format'"), format.err());
        assertTrue(format.firstErrorLine().contains("VOC, COCO, YOLO"), format.err());

        CliRun noFormat = CliRun.of("import", dir.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, noFormat.exitCode());
        assertEquals("localizer: SRC needs --format voc, coco or yolo to say how to read the annotations",
                noFormat.firstErrorLine());

        Path missing = dir.resolve("nothing-here");
        CliRun source = CliRun.of("import", "--format", "yolo", missing.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, source.exitCode());
        assertEquals("localizer: SRC: not found: " + missing + "; give the YOLO annotations: a folder of images with"
                + " one .txt file per image and classes.txt", source.firstErrorLine());

        CliRun export = CliRun.of("export", "--format", "coco", missing.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, export.exitCode());
        assertTrue(export.firstErrorLine().startsWith("localizer: SCENES: not found: "), export.err());
    }
}
