package dev.localizer.engine.annotations;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.localizer.engine.Label;
import dev.localizer.engine.scene.ScenesFolder;
import dev.localizer.engine.scene.TestImages;

/** Tiny annotated folders written by the tests. */
final class AnnotationFixtures {

    private AnnotationFixtures() {
    }

    /** A PNG of the size in the folder. */
    static Path png(Path folder, String name, int width, int height) throws IOException {
        Files.createDirectories(folder);
        return Files.write(folder.resolve(name), TestImages.png(TestImages.solid(width, height, Color.GRAY)));
    }

    static Path text(Path folder, String name, String... lines) throws IOException {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n");
    }

    /** A scenes folder with the files and their labels, each image a PNG of the size given for it. */
    static Path scenes(Path folder, List<String> files, List<Label> labels, int[][] sizes) throws IOException {
        Map<String, Label> byFile = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            png(folder, files.get(i), sizes[i][0], sizes[i][1]);
            byFile.put(files.get(i), labels.get(i));
        }
        ScenesFolder.writeLabels(folder, byFile);
        return folder;
    }

    /** A Pascal VOC file as labelImg writes it, with the boxes given as {@code xmin, ymin, xmax, ymax} per class. */
    static Path voc(Path folder, String xmlName, String image, int width, int height, Object... classesAndEdges)
            throws IOException {
        StringBuilder xml = new StringBuilder("<annotation>\n  <folder>images</folder>\n  <filename>" + image
                + "</filename>\n  <path>/home/someone/images/" + image + "</path>\n  <source><database>Unknown"
                + "</database></source>\n  <size>\n    <width>" + width + "</width>\n    <height>" + height
                + "</height>\n    <depth>3</depth>\n  </size>\n  <segmented>0</segmented>\n");
        for (int i = 0; i < classesAndEdges.length; i += 2) {
            int[] edges = (int[]) classesAndEdges[i + 1];
            xml.append("  <object>\n    <name>").append(classesAndEdges[i]).append("</name>\n    <pose>Unspecified"
                    + "</pose>\n    <truncated>0</truncated>\n    <difficult>0</difficult>\n    <bndbox>\n      <xmin>")
                    .append(edges[0]).append("</xmin>\n      <ymin>").append(edges[1]).append("</ymin>\n      <xmax>")
                    .append(edges[2]).append("</xmax>\n      <ymax>").append(edges[3])
                    .append("</ymax>\n    </bndbox>\n  </object>\n");
        }
        xml.append("</annotation>\n");
        return text(folder, xmlName, xml.toString());
    }
}
