package dev.localizer.engine.train;

import java.util.ArrayList;
import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;

import dev.localizer.engine.Label;
import dev.localizer.engine.Prediction;
import dev.localizer.engine.loss.LocalizerLoss;
import dev.localizer.engine.loss.LossWeights;
import dev.localizer.engine.metrics.Metrics;
import dev.localizer.engine.model.LocalizerModel;
import dev.localizer.engine.model.NetworkOutputs;
import dev.localizer.engine.predict.Predictor;
import dev.localizer.engine.scene.Scene;

/** Held-out scenes, encoded once (through a pretrained base, if any), on which every epoch is judged. */
final class Validation {

    /**
     * Loss, its floor and metrics of a model on the validation scenes.
     *
     * @param uninformedLoss the loss of the best guess that ignores the pictures: every scene given the mean box,
     *                       the share of scenes with an object, and the class shares
     * @param presenceSpread highest minus lowest presence probability over the scenes (0: one value everywhere)
     * @param mixed          whether the scenes include ones with and ones without an object
     */
    record Outcome(double loss, double floor, double uninformedLoss, double presenceSpread, boolean mixed,
                   Metrics metrics) {
    }

    private final List<INDArray> inputBatches = new ArrayList<>();
    private final List<Label> truth;
    private final List<int[]> imageSizes;
    private final List<Prediction> uninformedGuesses;

    Validation(List<Scene> scenes, SceneEncoder encoder, int batchSize) {
        for (int from = 0; from < scenes.size(); from += batchSize) {
            List<Scene> batch = scenes.subList(from, Math.min(scenes.size(), from + batchSize));
            inputBatches.add(encoder.networkInput(batch));
        }
        truth = scenes.stream().map(Scene::label).toList();
        imageSizes = scenes.stream().map(Scene::size).toList();
        uninformedGuesses = uninformedGuesses(encoder.classNames());
    }

    boolean isEmpty() {
        return truth.isEmpty();
    }

    int size() {
        return truth.size();
    }

    Outcome evaluate(LocalizerModel model, LossWeights weights) {
        List<Prediction> predictions = new ArrayList<>(truth.size());
        for (INDArray batch : inputBatches) {
            NetworkOutputs outputs = model.outputsOfNetworkInput(batch);
            for (int i = 0; i < outputs.size(); i++) {
                int[] size = imageSizes.get(predictions.size());
                predictions.add(Predictor.interpret(outputs, i, model.classNames(), size[0], size[1],
                        Predictor.DEFAULT_THRESHOLD));
            }
        }
        double lowest = predictions.stream().mapToDouble(Prediction::presenceProbability).min().orElse(Double.NaN);
        double highest = predictions.stream().mapToDouble(Prediction::presenceProbability).max().orElse(Double.NaN);
        long present = truth.stream().filter(Label::present).count();
        return new Outcome(LocalizerLoss.reference(truth, predictions, imageSizes, weights),
                LocalizerLoss.floor(truth, imageSizes, weights),
                LocalizerLoss.reference(truth, uninformedGuesses, imageSizes, weights),
                highest - lowest, present > 0 && present < truth.size(), Metrics.of(truth, predictions));
    }

    /** For every scene, the mean normalized box, the share of scenes with an object and the class shares. */
    private List<Prediction> uninformedGuesses(List<String> classNames) {
        double[] box = new double[4];
        double[] classes = new double[classNames.size() > 1 ? classNames.size() : 0];
        int present = 0;
        for (int i = 0; i < truth.size(); i++) {
            Label label = truth.get(i);
            if (label.present()) {
                present++;
                double[] values = label.box().toNormalized(imageSizes.get(i)[0], imageSizes.get(i)[1]);
                for (int j = 0; j < 4; j++) {
                    box[j] += values[j];
                }
                if (classes.length > 0) {
                    classes[label.classIndex(classNames)]++;
                }
            }
        }
        for (int j = 0; j < 4; j++) {
            box[j] /= Math.max(1, present);
        }
        for (int c = 0; c < classes.length; c++) {
            classes[c] /= Math.max(1, present);
        }
        double[] presence = {(double) present / Math.max(1, truth.size())};
        NetworkOutputs guess = new NetworkOutputs(new double[][] {box}, presence,
                classes.length == 0 ? null : new double[][] {classes});
        return imageSizes.stream().map(size -> Predictor.interpret(guess, 0, classNames, size[0], size[1],
                Predictor.DEFAULT_THRESHOLD)).toList();
    }
}
