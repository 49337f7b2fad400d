package dev.localizer.engine.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

import dev.localizer.engine.Prediction;
import dev.localizer.engine.Progress;
import dev.localizer.engine.image.DecodedImage;
import dev.localizer.engine.loss.LossWeights;
import dev.localizer.engine.model.InputEncoding;
import dev.localizer.engine.model.LocalizerModel;

/** Large photos are decoded subsampled, and predicted as if they had been read whole. */
class InputImageTest {

    private static final InputEncoding INPUT = new InputEncoding(48, 48, true);

    @TempDir
    static Path folder;

    private static BufferedImage photo;
    private static Path photoFile;

    /** A 4000×3000 picture with soft gradients and a dark rectangle, like a photo of an object. */
    @BeforeAll
    static void writeLargePhoto() throws IOException {
        photo = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = photo.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(40, 120, 200), 4000, 3000, new Color(220, 200, 80)));
        graphics.fillRect(0, 0, 4000, 3000);
        graphics.setColor(new Color(30, 20, 10));
        graphics.fillRect(2500, 900, 800, 1200);
        graphics.dispose();
        photoFile = folder.resolve("photo.png");
        ImageIO.write(photo, "png", photoFile.toFile());
    }

    @Test
    void aLargePhotoIsDecodedSubsampledAndKeepsItsOwnSize() {
        DecodedImage image = InputImage.read(photoFile, INPUT);
        assertEquals(4000, image.width());
        assertEquals(3000, image.height());
        // Step 15 = 3000 / (4 × 48): 267 × 200 pixels decoded instead of 4000 × 3000.
        assertEquals(267, image.pixels().getWidth());
        assertEquals(200, image.pixels().getHeight());
    }

    @Test
    void smallImagesAreDecodedWhole() throws IOException {
        BufferedImage small = photo.getSubimage(0, 0, 150, 100);
        Path file = folder.resolve("small.png");
        ImageIO.write(small, "png", file.toFile());
        DecodedImage image = InputImage.read(file, INPUT);
        assertEquals(150, image.pixels().getWidth());
        assertEquals(100, image.pixels().getHeight());
    }

    @Test
    void predictionsOfTheSubsampledPhotoMatchThoseOfTheWholePhoto() {
        INDArray whole = INPUT.encode(List.of(photo));
        INDArray subsampled = INPUT.encode(List.of(InputImage.read(photoFile, INPUT).pixels()));
        assertTrue(whole.sub(subsampled).amaxNumber().doubleValue() < 0.03,
                "largest difference of the encoded inputs " + whole.sub(subsampled).amaxNumber());

        LocalizerModel model = LocalizerModel.createCompact(INPUT, List.of("thing"), LossWeights.DEFAULT, 5, 1e-3);
        Predictor predictor = new Predictor(model);
        Prediction ofWhole = predictor.predict(List.of(photo), Progress.NONE).get(0);
        Prediction ofFile = predictor.predict(List.of(photoFile), file -> InputImage.read(file, INPUT),
                Progress.NONE).get(0);
        assertEquals(ofWhole.presenceProbability(), ofFile.presenceProbability(), 0.01);
        assertEquals(ofWhole.box().top(), ofFile.box().top(), 30);
        assertEquals(ofWhole.box().left(), ofFile.box().left(), 40);
        assertEquals(ofWhole.box().height(), ofFile.box().height(), 30);
        assertEquals(ofWhole.box().width(), ofFile.box().width(), 40);
    }

    @Test
    void anImageThatStaysHugeWhenSubsampledIsRefusedBeforeDecoding() throws IOException {
        // A PNG header declaring 200000×1 000 pixels (no pixels follow): subsampling cannot shrink its width enough.
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", bytes);
        byte[] png = bytes.toByteArray();
        java.nio.ByteBuffer.wrap(png, 16, 8).putInt(200_000_000).putInt(1000);
        Path file = java.nio.file.Files.write(folder.resolve("strip.png"), png);
        String message = org.junit.jupiter.api.Assertions.assertThrows(dev.localizer.engine.LocalizerException.class,
                () -> InputImage.read(file, INPUT)).getMessage();
        assertEquals("The image " + file + " is 200000000×1000 px: even read with every 5. pixel it has 8000000000"
                + " pixels, more than the 67108864 accepted; crop it to a less elongated picture", message);
    }

    @Test
    void anExifTurnedPhotoIsPredictedAsShownInTheShownPicturesPixels() throws IOException {
        BufferedImage stored = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = stored.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(40, 120, 200), 300, 400, new Color(220, 200, 80)));
        graphics.fillRect(0, 0, 300, 400);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(30, 40, 90, 160);
        graphics.dispose();
        Path file = java.nio.file.Files.write(folder.resolve("phone.jpg"),
                dev.localizer.engine.image.ExifJpegs.withOrientation(stored, 6, false));
        DecodedImage image = InputImage.read(file, INPUT);
        assertEquals(400, image.width());
        assertEquals(300, image.height());

        BufferedImage shown = dev.localizer.engine.image.ExifOrientation.ROTATE_90_CW.apply(ImageIO.read(file.toFile()));
        LocalizerModel model = LocalizerModel.createCompact(INPUT, List.of("thing"), LossWeights.DEFAULT, 5, 1e-3);
        Predictor predictor = new Predictor(model);
        Prediction ofShown = predictor.predict(List.of(shown), Progress.NONE).get(0);
        Prediction ofFile = predictor.predict(List.of(file), photo -> InputImage.read(photo, INPUT),
                Progress.NONE).get(0);
        assertEquals(ofShown.presenceProbability(), ofFile.presenceProbability(), 1e-6);
        assertEquals(ofShown.box(), ofFile.box());
    }
}
