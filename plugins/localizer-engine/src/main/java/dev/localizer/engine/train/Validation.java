package dev.localizer.engine.train;

import java.util.ArrayList;
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

    /** Loss, its floor and metrics of a model on the validation scenes. */
    record Outcome(double loss, double floor, Metrics metrics) {
    }

    private final List<INDArray> inputBatches = new ArrayList<>();
    private final List<Target> targets;
    private final List<GroundTruth> truth;
    private final List<int[]> imageSizes;

    Validation(List<Scene> scenes, SceneEncoder encoder, int batchSize) {
        for (int from = 0; from < scenes.size(); from += batchSize) {
            List<Scene> batch = scenes.subList(from, Math.min(scenes.size(), from + batchSize));
            inputBatches.add(encoder.networkInput(batch));
        }
        targets = encoder.targets(scenes);
        truth = scenes.stream().map(GroundTruth::of).toList();
        imageSizes = scenes.stream().map(scene -> new int[] {scene.width(), scene.height()}).toList();
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
        return new Outcome(LocalizerLoss.reference(estimates, targets, weights), LocalizerLoss.floor(targets, weights),
                Metrics.of(truth, predictions));
    }
}
