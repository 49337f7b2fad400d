package dev.localizer.engine.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.localizer.engine.Box;
import dev.localizer.engine.Label;
import dev.localizer.engine.Progress;
import dev.localizer.engine.image.ExifJpegs;
import dev.localizer.engine.image.ImageDecoder.Resolution;
import dev.localizer.engine.scene.Scene;
import dev.localizer.engine.scene.ScenesFolder;

/** A phone photo stored sideways with EXIF orientation 6, annotated on the picture as a viewer shows it. */
class AnnotationExifTest {

    /** Where the white block is shown: the box a person draws on the 40×20 picture. */
    private static final Box SHOWN_BOX = new Box(4, 24, 8, 12);

    @TempDir
    Path dir;

    private Path vocFolderWithASidewaysPhoto() throws IOException {
        Path voc = Files.createDirectories(dir.resolve("voc"));
        BufferedImage stored = new BufferedImage(20, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = stored.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(4, 4, 8, 12);
        graphics.dispose();
        Files.write(voc.resolve("photo.jpg"), ExifJpegs.withOrientation(stored, 6, true));
        // the box lies beyond the stored width of 20: only the shown picture holds it
        AnnotationFixtures.voc(voc, "photo.xml", "photo.jpg", 40, 20, "block", new int[] {24, 4, 36, 12});
        return voc;
    }

    @Test
    void theAnnotationIsReadWithTheShownSize() throws IOException {
        AnnotatedImage image = AnnotationFormat.VOC.read(vocFolderWithASidewaysPhoto()).images().get(0);
        assertEquals(40, image.width());
        assertEquals(20, image.height());
        assertEquals(List.of(Label.of(SHOWN_BOX, "block")), image.objects());
    }

    @Test
    void importedScenesHoldTheShownPictureWithTheBoxOnItsObject() throws IOException {
        Path out = dir.resolve("scenes");
        AnnotationScenes.writeScenes(ObjectChoice.LARGEST.choose(AnnotationFormat.VOC.read(vocFolderWithASidewaysPhoto())),
                out);
        Scene scene = ScenesFolder.read(out, Resolution.whole(), 1, Progress.NONE).get(0);
        assertEquals(40, scene.width());
        assertEquals(20, scene.height());
        assertEquals(SHOWN_BOX, scene.label().box());
        assertEquals(SHOWN_BOX, ExifJpegs.brightBounds(scene.image()));
        assertEquals(40, ImageIO.read(out.resolve("photo.jpg").toFile()).getWidth());
    }

    @Test
    void scenesReadForTrainingAreTurnedWithTheBoxOnTheirObject() throws IOException {
        Scene scene = AnnotationScenes.readScenes(ObjectChoice.LARGEST.choose(
                AnnotationFormat.VOC.read(vocFolderWithASidewaysPhoto())), Resolution.whole(), 1, Progress.NONE).get(0);
        assertEquals(40, scene.width());
        assertEquals(20, scene.height());
        assertEquals(SHOWN_BOX, scene.label().box());
        assertEquals(SHOWN_BOX, ExifJpegs.brightBounds(scene.image()));
    }
}
