package dev.localizer.engine.predict;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.nd4j.linalg.api.ndarray.INDArray;

import dev.localizer.engine.Box;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.Prediction;
import dev.localizer.engine.Progress;
import dev.localizer.engine.image.DecodedImage;
import dev.localizer.engine.model.InputEncoding;
import dev.localizer.engine.model.LocalizerModel;
import dev.localizer.engine.model.NetworkOutputs;

/**
 * Runs a model on images of any size: each is resized to the model input, and the box is mapped back to the
 * image's own pixels and clamped to it.
 *
 * <p>When the model was trained on pictures mirrored at random (its manifest says so), each image is by default
 * also predicted mirrored, and the two estimates are averaged, the mirrored box turned back: the two views err
 * differently, so their mean errs less, at twice the cost ({@code PredictorTest} checks the averaging itself, the
 * demo's held-out scores include it). A model trained without mirroring, e.g. for classes that differ by their direction, is not.
 */
public final class Predictor {

    public static final double DEFAULT_THRESHOLD = 0.5;
    /** Images per network call: large enough to keep the CPU busy, small enough for VGG16 activations. */
    public static final int DEFAULT_BATCH_SIZE = 32;

    private final LocalizerModel model;
    private final double threshold;
    private final int batchSize;
    private final boolean mirrorAveraging;

    public Predictor(LocalizerModel model) {
        this(model, DEFAULT_THRESHOLD, DEFAULT_BATCH_SIZE);
    }

    /**
     * @param threshold presence probability from which the object counts as present, in [0, 1]
     * @param batchSize images per network call
     */
    public Predictor(LocalizerModel model, double threshold, int batchSize) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new LocalizerException("The presence threshold must be between 0 and 1, got " + threshold);
        }
        if (batchSize < 1) {
            throw new LocalizerException("The prediction batch size must be at least 1, got " + batchSize);
        }
        this.model = model;
        this.threshold = threshold;
        this.batchSize = batchSize;
        this.mirrorAveraging = trainedOnMirroredPictures(model);
    }

    private Predictor(Predictor predictor, boolean mirrorAveraging) {
        this.model = predictor.model;
        this.threshold = predictor.threshold;
        this.batchSize = predictor.batchSize;
        this.mirrorAveraging = mirrorAveraging;
    }

    /**
     * This predictor with mirror averaging wanted or not; it averages only when wanted and the model was trained on
     * mirrored pictures, since a model that never saw mirror images may not answer alike for them.
     */
    public Predictor withMirrorAveraging(boolean wanted) {
        return new Predictor(this, wanted && trainedOnMirroredPictures(model));
    }

    private static boolean trainedOnMirroredPictures(LocalizerModel model) {
        return model.manifest().training() != null && model.manifest().training().mirroredImages();
    }

    /** Whether each image's estimate is averaged with its mirror image's. */
    public boolean mirrorAveraging() {
        return mirrorAveraging;
    }

    /** Predictions for the images, in order; reports progress and stops when cancelled (checked for each image). */
    public List<Prediction> predict(List<BufferedImage> images, Progress progress) {
        return predict(images, DecodedImage::of, progress);
    }

    /**
     * Predictions, with every class probability and the network's own box, for items whose images are read one
     * batch at a time, so that large folders need not fit in memory; reports progress and stops when cancelled
     * (checked before each image is read, since reading a large photo takes a while).
     */
    public <T> List<Prediction> predict(List<T> items, Function<T, DecodedImage> read, Progress progress) {
        List<Prediction> predictions = new ArrayList<>(items.size());
        for (int from = 0; from < items.size(); from += batchSize) {
            List<DecodedImage> batch = new ArrayList<>(batchSize);
            for (T item : items.subList(from, Math.min(items.size(), from + batchSize))) {
                progress.checkCancelled();
                batch.add(read.apply(item));
            }
            progress.checkCancelled();
            NetworkOutputs outputs = outputs(batch.stream().map(DecodedImage::pixels).toList());
            for (int i = 0; i < batch.size(); i++) {
                DecodedImage image = batch.get(i);
                predictions.add(interpret(outputs, i, model.classNames(), image.width(), image.height(), threshold));
            }
            progress.report((double) predictions.size() / items.size(),
                    "predicted " + predictions.size() + " of " + items.size() + " images");
        }
        return predictions;
    }

    /** The outputs for images; the mirror images of mirror averaging are made of the small encoded input. */
    private NetworkOutputs outputs(List<BufferedImage> images) {
        InputEncoding encoding = model.inputEncoding();
        INDArray encoded = encoding.encode(images);
        NetworkOutputs plain = model.outputs(encoded);
        return mirrorAveraging ? averageWithMirrored(plain, model.outputs(encoding.mirrored(encoded))) : plain;
    }

    /** The mean of each image's outputs and those of its mirror image, whose box is mirrored back first. */
    static NetworkOutputs averageWithMirrored(NetworkOutputs plain, NetworkOutputs ofMirrored) {
        int n = plain.size();
        double[][] boxes = new double[n][];
        double[] presence = new double[n];
        double[][] classes = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] box = plain.box(i);
            double[] mirroredBox = ofMirrored.box(i);
            double mirroredBackLeft = 1 - mirroredBox[1] - mirroredBox[3];
            boxes[i] = new double[] {(box[0] + mirroredBox[0]) / 2, (box[1] + mirroredBackLeft) / 2,
                (box[2] + mirroredBox[2]) / 2, (box[3] + mirroredBox[3]) / 2};
            presence[i] = (plain.presence(i) + ofMirrored.presence(i)) / 2;
            double[] probabilities = plain.classProbabilities(i);
            double[] mirroredProbabilities = ofMirrored.classProbabilities(i);
            classes[i] = new double[probabilities.length];
            for (int c = 0; c < probabilities.length; c++) {
                classes[i][c] = (probabilities[c] + mirroredProbabilities[c]) / 2;
            }
        }
        return new NetworkOutputs(boxes, presence, n > 0 && classes[0].length == 0 ? null : classes);
    }

    /**
     * The prediction that the network's outputs for image {@code index} mean for an image of the given size: the box
     * in its pixels, the presence decision at {@code threshold}, the most probable class, every class's probability
     * (with several classes) and the network's own box.
     */
    public static Prediction interpret(NetworkOutputs outputs, int index, List<String> classNames, int imageWidth,
                                       int imageHeight, double threshold) {
        double[] networkBox = outputs.box(index);
        String className = classNames.get(0);
        double classProbability = 1;
        double[] probabilities = outputs.classProbabilities(index);
        Map<String, Double> byClass = new LinkedHashMap<>();
        for (int c = 0; c < probabilities.length; c++) {
            byClass.put(classNames.get(c), probabilities[c]);
            if (c == 0 || probabilities[c] > classProbability) {
                classProbability = probabilities[c];
                className = classNames.get(c);
            }
        }
        double presence = outputs.presence(index);
        if (Double.isNaN(presence) || Arrays.stream(networkBox).anyMatch(Double::isNaN)) {
            throw new LocalizerException("The model's outputs are not numbers (NaN): its weights are damaged or its "
                    + "training diverged; train the model again");
        }
        return new Prediction(Box.fromNormalized(networkBox, imageWidth, imageHeight), presence, presence >= threshold,
                className, classProbability, byClass, Optional.of(networkBox));
    }
}
