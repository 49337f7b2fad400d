package dev.localizer.bench;

import dev.localizer.engine.backend.Backends;
import dev.localizer.engine.backend.Device;
import dev.localizer.engine.model.vgg16.Vgg16Architecture;
import dev.localizer.engine.model.vgg16.Vgg16Backbone;
import dev.localizer.engine.model.vgg16.Vgg16Weights;
import dev.localizer.engine.loss.LocalizerLoss;
import dev.localizer.engine.loss.LossWeights;
import dev.localizer.engine.model.LocalizerOutputs;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Peak resident memory and time of a training step of the frozen-VGG16 localizer: the base's forward pass on a
 * batch of 200×200 images, then one Adam step of the localizer head: Flatten → box Dense(4, sigmoid) and
 * presence Dense(1, sigmoid) (92,165 parameters), trained with the engine's masked {@link LocalizerLoss}. Nothing is cached, so every step pays the base's forward pass, as training without the cache does.
 *
 * <p>Usage: {@code Vgg16TrainStep BATCH STEPS SIZE}. Prints
 * {@code train-step batch=B median_s=… images_per_s=… vmhwm_kb=…}.
 */
public final class Vgg16TrainStep {

    private static final String FEATURES = "features";

    private Vgg16TrainStep() {
    }

    public static void main(String[] args) {
        int batch = Integer.parseInt(args[0]);
        int steps = Integer.parseInt(args[1]);
        int size = Integer.parseInt(args[2]);
        System.out.println("# " + Backends.initialize(Device.CPU).describe() + ", max heap "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB");
        try (Vgg16Backbone backbone = Vgg16Backbone.frozen(Vgg16Weights.random(Vgg16Architecture.STANDARD, 1),
                size, size)) {
            ComputationGraph head = head(backbone.featureShape());
            INDArray images = Nd4j.rand(DataType.FLOAT, batch, 3, size, size);
            double[] seconds = new double[steps];
            for (int step = -1; step < steps; step++) {
                long start = System.nanoTime();
                INDArray features = backbone.features(images);
                head.fit(targets(features.reshape(batch, -1), 2));
                features.close();
                if (step >= 0) {
                    seconds[step] = (System.nanoTime() - start) / 1e9;
                }
            }
            double median = Medians.of(seconds);
            System.out.printf("train-step batch=%d median_s=%.3f images_per_s=%.3f vmhwm_kb=%d score=%.4f%n", batch,
                    median, batch / median, Vgg16Forward.peakResidentKilobytes(), head.score());
        }
    }

    /** Flatten → box Dense(4) + presence Dense(1), both sigmoid, Adam 1e-4: the reference head. */
    static ComputationGraph head(long[] featureShape) {
        long inputs = 1;
        for (long dimension : featureShape) {
            inputs *= dimension;
        }
        ComputationGraphConfiguration.GraphBuilder graph = new NeuralNetConfiguration.Builder().seed(1)
                .dataType(DataType.FLOAT).updater(new Adam(1e-4)).graphBuilder()
                .addInputs(FEATURES).setInputTypes(InputType.feedForward(inputs));
        LocalizerOutputs.add(graph, FEATURES, 1, LossWeights.DEFAULT);
        ComputationGraph head = new ComputationGraph(graph.build());
        head.init();
        return head;
    }

    /**
     * Random targets for {@code count} images, half of them with an object: box values in 0..1, presence 0 or 1,
     * and presence as the box output's label mask, as the engine's trainer encodes scenes.
     */
    static MultiDataSet targets(INDArray flatFeatures, long seed) {
        int count = (int) flatFeatures.size(0);
        Nd4j.getRandom().setSeed(seed);
        INDArray boxes = Nd4j.rand(DataType.FLOAT, count, 4);
        INDArray presence = Nd4j.rand(DataType.FLOAT, count, 1).gt(0.5).castTo(DataType.FLOAT);
        return new MultiDataSet(new INDArray[] {flatFeatures}, new INDArray[] {boxes, presence}, null,
                new INDArray[] {presence, null});
    }
}
