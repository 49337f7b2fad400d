package dev.localizer.bench;

import dev.localizer.engine.backend.Backends;
import dev.localizer.engine.backend.Device;
import dev.localizer.engine.model.vgg16.Vgg16Architecture;
import dev.localizer.engine.model.vgg16.Vgg16Backbone;
import dev.localizer.engine.model.vgg16.Vgg16Weights;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Peak resident memory and time of a training step of the frozen-VGG16 localizer: the base's forward pass on a
 * batch of 200×200 images, then one Adam step of a Flatten → Dense(5, sigmoid) head (cross-entropy on the five
 * outputs). Nothing is cached, so every step pays the base's forward pass, as training without the cache does.
 *
 * <p>Usage: {@code Vgg16TrainStep BATCH STEPS SIZE}. Prints
 * {@code train-step batch=B median_s=… images_per_s=… vmhwm_kb=…}.
 */
public final class Vgg16TrainStep {

    static final int OUTPUTS = 5;

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
            MultiLayerNetwork head = head(backbone.featureShape());
            INDArray images = Nd4j.rand(DataType.FLOAT, batch, 3, size, size);
            INDArray labels = labels(batch, 2);
            double[] seconds = new double[steps];
            for (int step = -1; step < steps; step++) {
                long start = System.nanoTime();
                INDArray features = backbone.features(images);
                head.fit(features.reshape(batch, -1), labels);
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

    /** Flatten → Dense(5, sigmoid), Adam 1e-4: the reference head. */
    static MultiLayerNetwork head(long[] featureShape) {
        long inputs = 1;
        for (long dimension : featureShape) {
            inputs *= dimension;
        }
        MultiLayerNetwork head = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(1)
                .dataType(DataType.FLOAT).updater(new Adam(1e-4)).list()
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.XENT).nIn(inputs).nOut(OUTPUTS)
                        .activation(Activation.SIGMOID).build())
                .build());
        head.init();
        return head;
    }

    /** Random box and presence targets in 0..1. */
    static INDArray labels(int count, long seed) {
        Nd4j.getRandom().setSeed(seed);
        return Nd4j.rand(DataType.FLOAT, count, OUTPUTS);
    }
}
