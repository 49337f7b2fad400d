package dev.localizer.engine.predict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import dev.localizer.engine.Box;
import dev.localizer.engine.CancelledException;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.Prediction;
import dev.localizer.engine.Progress;
import dev.localizer.engine.RecordingProgress;
import dev.localizer.engine.TestScenes;
import dev.localizer.engine.image.DecodedImage;
import dev.localizer.engine.loss.LossWeights;
import dev.localizer.engine.model.InputEncoding;
import dev.localizer.engine.model.LocalizerModel;
import dev.localizer.engine.model.NetworkOutputs;
import dev.localizer.engine.model.TrainingSummary;
import dev.localizer.engine.scene.Scene;

class PredictorTest {

    private final LocalizerModel model = LocalizerModel.createCompact(new InputEncoding(32, 32, true), TestScenes.CLASSES,
            LossWeights.DEFAULT, 11, 1e-3);

    @Test
    void boxesAreMappedBackToEachImagesOwnPixels() {
        List<BufferedImage> images = new ArrayList<>();
        for (Scene scene : new TestScenes(2, 64, 3).take(2)) {
            images.add(scene.image());
        }
        images.add(new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB));

        List<Prediction> predictions = new Predictor(model, 0.5, 2).predict(images, Progress.NONE);

        NetworkOutputs estimates = model.outputs(model.inputEncoding().encode(images));
        for (int i = 0; i < images.size(); i++) {
            BufferedImage image = images.get(i);
            Prediction prediction = predictions.get(i);
            assertEquals(Box.fromNormalized(estimates.box(i), image.getWidth(), image.getHeight()), prediction.box());
            assertTrue(prediction.box().isInside(image.getWidth(), image.getHeight()));
            assertEquals(estimates.presence(i), prediction.presenceProbability(), 1e-6);
            assertEquals(prediction.presenceProbability() >= 0.5, prediction.present());
        }
    }

    @Test
    void mirrorAveragingMeansTheEstimatesOfAnImageAndItsMirrorImageWithTheBoxTurnedBack() {
        List<BufferedImage> images = new ArrayList<>();
        List<BufferedImage> mirrorImages = new ArrayList<>();
        for (Scene scene : new TestScenes(6, 48, 3).take(3)) {
            images.add(scene.image());
            mirrorImages.add(mirror(scene.image()));
        }
        LocalizerModel trained = model.withTraining(summary(true));
        Predictor averaging = new Predictor(trained, 0.5, 2);

        List<Prediction> answers = averaging.predict(images, DecodedImage::of, Progress.NONE);

        NetworkOutputs plain = model.outputs(model.inputEncoding().encode(images));
        NetworkOutputs ofMirrored = model.outputs(model.inputEncoding().encode(mirrorImages));
        for (int i = 0; i < images.size(); i++) {
            double[] box = plain.box(i);
            double[] mirrored = ofMirrored.box(i);
            double[] expected = {(box[0] + mirrored[0]) / 2, (box[1] + 1 - mirrored[1] - mirrored[3]) / 2,
                (box[2] + mirrored[2]) / 2, (box[3] + mirrored[3]) / 2};
            Prediction averaged = answers.get(i);
            assertArrayEquals(expected, averaged.networkBox().orElseThrow(), 1e-6);
            assertEquals((plain.presence(i) + ofMirrored.presence(i)) / 2, averaged.presenceProbability(), 1e-6);
            assertEquals((plain.classProbabilities(i)[2] + ofMirrored.classProbabilities(i)[2]) / 2,
                    averaged.classProbabilities().get(TestScenes.CLASSES.get(2)), 1e-6);
        }
        // averaged predictions of an image and of its mirror image are mirror images of each other
        List<Prediction> ofMirrorImages = averaging.predict(mirrorImages, DecodedImage::of, Progress.NONE);
        for (int i = 0; i < images.size(); i++) {
            Box box = answers.get(i).box();
            Box mirroredBox = ofMirrorImages.get(i).box();
            assertEquals(48 - box.right(), mirroredBox.left(), 1e-3);
            assertEquals(box.top(), mirroredBox.top(), 1e-3);
        }
    }

    @Test
    void mirrorAveragingIsOnForModelsTrainedOnMirroredPictures() {
        assertFalse(new Predictor(model).withMirrorAveraging(true).mirrorAveraging(),
                "an untrained model never saw mirrored pictures");
        for (boolean mirrored : new boolean[] {true, false}) {
            LocalizerModel trained = model.withTraining(summary(mirrored));
            assertEquals(mirrored, new Predictor(trained).mirrorAveraging());
            assertEquals(mirrored, new Predictor(trained).withMirrorAveraging(true).mirrorAveraging(),
                    "averaging is only for models that saw mirrored pictures");
            assertFalse(new Predictor(trained).withMirrorAveraging(false).mirrorAveraging());
        }
    }

    private static TrainingSummary summary(boolean mirroredImages) {
        return new TrainingSummary(1, 32, 1, 1, 1, 1, 1, 1, 1, "CPU", mirroredImages);
    }

    private static BufferedImage mirror(BufferedImage image) {
        BufferedImage mirrored = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                mirrored.setRGB(image.getWidth() - 1 - x, y, image.getRGB(x, y));
            }
        }
        return mirrored;
    }

    @Test
    void predictionsKeepTheNetworksOutputsAndImagesAreReadOneBatchAtATime() {
        List<Scene> scenes = new TestScenes(4, 48, 3).take(5);
        List<Integer> readOrder = new ArrayList<>();

        List<Prediction> answers = new Predictor(model, 0.5, 2).predict(List.of(0, 1, 2, 3, 4), index -> {
            readOrder.add(index);
            return DecodedImage.of(scenes.get(index).image());
        }, Progress.NONE);

        List<BufferedImage> images = scenes.stream().map(Scene::image).toList();
        NetworkOutputs estimates = model.outputs(model.inputEncoding().encode(images));
        List<Prediction> predictions = new Predictor(model, 0.5, 2).predict(images, Progress.NONE);
        assertEquals(List.of(0, 1, 2, 3, 4), readOrder);
        for (int i = 0; i < images.size(); i++) {
            assertEquals(predictions.get(i), answers.get(i));
            assertArrayEquals(estimates.box(i), answers.get(i).networkBox().orElseThrow(), 1e-6);
            assertEquals(TestScenes.CLASSES, List.copyOf(answers.get(i).classProbabilities().keySet()));
            assertArrayEquals(estimates.classProbabilities(i), answers.get(i).classProbabilities().values().stream()
                    .mapToDouble(Double::doubleValue).toArray(), 1e-6);
        }
    }

    @Test
    void theMostProbableClassIsNamed() {
        NetworkOutputs outputs = new NetworkOutputs(new double[][] {{0.1, 0.2, 0.5, 0.9}}, new double[] {0.7},
                new double[][] {{0.2, 0.5, 0.3}});

        Prediction prediction = Predictor.interpret(outputs, 0, List.of("blue", "green", "red"), 200, 100, 0.8);

        assertEquals("green", prediction.className());
        assertEquals(0.5, prediction.classProbability());
        assertEquals(Map.of("blue", 0.2, "green", 0.5, "red", 0.3), prediction.classProbabilities());
        assertEquals(new Box(10, 40, 50, 160), prediction.box(), "clamped to the image");
        assertArrayEquals(new double[] {0.1, 0.2, 0.5, 0.9}, prediction.networkBox().orElseThrow(), "as the network said");
        assertEquals(false, prediction.present());
    }

    @Test
    void oneClassModelsNameTheirOnlyClassWithCertainty() {
        Prediction prediction = Predictor.interpret(new NetworkOutputs(new double[][] {new double[4]}, new double[] {0.6},
                null), 0, List.of("sprite"), 10, 10, 0.5);

        assertEquals("sprite", prediction.className());
        assertEquals(1.0, prediction.classProbability());
        assertTrue(prediction.classProbabilities().isEmpty());
        assertTrue(prediction.present());
    }

    @Test
    void outputsThatAreNotNumbersAreAnErrorThatSaysWhatToDo() {
        NetworkOutputs broken = new NetworkOutputs(new double[][] {{0.1, 0.2, 0.3, 0.4}}, new double[] {Double.NaN}, null);
        LocalizerException error = assertThrows(LocalizerException.class,
                () -> Predictor.interpret(broken, 0, List.of("sprite"), 10, 10, 0.5));
        assertTrue(error.getMessage().contains("NaN") && error.getMessage().contains("train the model again"),
                error.getMessage());
    }

    @Test
    void cancellationIsCheckedBeforeEachImageIsRead() {
        List<BufferedImage> images = new TestScenes(3, 32, 1).take(5).stream().map(Scene::image).toList();
        RecordingProgress cancelAfterFirstBatch = RecordingProgress.cancellingAfter(1);

        assertThrows(CancelledException.class, () -> new Predictor(model, 0.5, 2).predict(images, cancelAfterFirstBatch));
        assertEquals(List.of("predicted 2 of 5 images"), cancelAfterFirstBatch.messages());

        // Within a batch too: once cancelled, no further image is read.
        List<Integer> read = new ArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        Progress cancelledAfterFirstRead = new Progress() {
            @Override
            public void report(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        assertThrows(CancelledException.class, () -> new Predictor(model, 0.5, 32).predict(List.of(0, 1, 2, 3, 4), index -> {
            read.add(index);
            cancelled.set(true);
            return DecodedImage.of(images.get(index));
        }, cancelledAfterFirstRead));
        assertEquals(List.of(0), read);
    }

    @Test
    void mirrorAveragingMirrorsTheEncodedInputAsMirroringTheImageWould() {
        List<BufferedImage> images = new TestScenes(8, 40, 3).take(2).stream().map(Scene::image).toList();
        InputEncoding encoding = model.inputEncoding();
        INDArray ofMirrorImages = encoding.encode(images.stream().map(PredictorTest::mirror).toList());
        INDArray mirroredEncoding = encoding.mirrored(encoding.encode(images));
        assertArrayEquals(ofMirrorImages.shape(), mirroredEncoding.shape());
        assertEquals(0, ofMirrorImages.sub(mirroredEncoding).amaxNumber().doubleValue(), 1e-5);
    }

    @Test
    void thresholdsOutsideZeroToOneAreRefused() {
        assertThrows(LocalizerException.class, () -> new Predictor(model, 1.5, 8));
    }
}
