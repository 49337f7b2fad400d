package dev.localizer.engine.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;

import dev.localizer.engine.loss.Estimate;
import dev.localizer.engine.loss.LocalizerLoss;
import dev.localizer.engine.loss.LossWeights;
import dev.localizer.engine.loss.Target;
import dev.localizer.engine.metrics.GroundTruth;
import dev.localizer.engine.metrics.Metrics;
import dev.localizer.engine.model.LocalizerModel;
import dev.localizer.engine.predict.Prediction;
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
    private final List<Target> targets;
    private final List<GroundTruth> truth;
    private final List<int[]> imageSizes;
    private final Estimate uninformedGuess;

    Validation(List<Scene> scenes, SceneEncoder encoder, int batchSize) {
        for (int from = 0; from < scenes.size(); from += batchSize) {
            List<Scene> batch = scenes.subList(from, Math.min(scenes.size(), from + batchSize));
            inputBatches.add(encoder.networkInput(batch));
        }
        targets = encoder.targets(scenes);
        truth = scenes.stream().map(GroundTruth::of).toList();
        imageSizes = scenes.stream().map(scene -> new int[] {scene.width(), scene.height()}).toList();
        uninformedGuess = uninformedGuess(encoder.classNames().size());
    }

    boolean isEmpty() {
        return targets.isEmpty();
    }

    int size() {
        return targets.size();
    }

    Outcome evaluate(LocalizerModel model, LossWeights weights) {
        List<Estimate> estimates = new ArrayList<>(targets.size());
        for (INDArray batch : inputBatches) {
            estimates.addAll(model.estimateFromNetworkInput(batch));
        }
        List<Prediction> predictions = new ArrayList<>(estimates.size());
        for (int i = 0; i < estimates.size(); i++) {
            int[] size = imageSizes.get(i);
            predictions.add(Predictor.interpret(estimates.get(i), model.classNames(), size[0], size[1],
                    Predictor.DEFAULT_THRESHOLD));
        }
        double lowest = estimates.stream().mapToDouble(Estimate::presence).min().orElse(Double.NaN);
        double highest = estimates.stream().mapToDouble(Estimate::presence).max().orElse(Double.NaN);
        long present = targets.stream().filter(Target::present).count();
        return new Outcome(LocalizerLoss.reference(estimates, targets, weights), LocalizerLoss.floor(targets, weights),
                LocalizerLoss.reference(Collections.nCopies(targets.size(), uninformedGuess), targets, weights),
                highest - lowest, present > 0 && present < targets.size(), Metrics.of(truth, predictions));
    }

    private Estimate uninformedGuess(int classCount) {
        double[] box = new double[4];
        double[] classes = new double[classCount > 1 ? classCount : 0];
        int present = 0;
        for (Target target : targets) {
            if (target.present()) {
                present++;
                double[] values = target.box();
                for (int j = 0; j < 4; j++) {
                    box[j] += values[j];
                }
                if (classes.length > 0) {
                    classes[target.classIndex()]++;
                }
            }
        }
        for (int j = 0; j < 4; j++) {
            box[j] /= Math.max(1, present);
        }
        for (int c = 0; c < classes.length; c++) {
            classes[c] /= Math.max(1, present);
        }
        return new Estimate(box, (double) present / targets.size(), classes);
    }
}
