package dev.localizer.bench;

import java.util.Locale;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

import dev.localizer.engine.backend.Backends;
import dev.localizer.engine.backend.Device;
import dev.localizer.engine.loss.LossWeights;
import dev.localizer.engine.model.CompactNetwork;
import dev.localizer.engine.model.InputEncoding;

/**
 * Training-step speed of the compact network: repeated timed runs of {@code steps} steps on a fixed random batch,
 * printing the median images per second (the Python peer does the same with the same network).
 *
 * <p>Arguments: {@code inputSize batch steps repeats}.
 */
public final class CompactSpeed {

    private CompactSpeed() {
    }

    public static void main(String[] args) {
        int size = Integer.parseInt(args[0]);
        int batch = Integer.parseInt(args[1]);
        int steps = Integer.parseInt(args[2]);
        int repeats = Integer.parseInt(args[3]);
        System.out.println("backend: " + Backends.initialize(Device.CPU).describe());
        InputEncoding input = new InputEncoding(size, size, true);
        ComputationGraph network = CompactNetwork.create(input, 1, LossWeights.DEFAULT, 1, 1e-3);
        Nd4j.getRandom().setSeed(1);
        INDArray images = Nd4j.rand(DataType.FLOAT, batch, input.channels(), size, size);
        INDArray boxes = Nd4j.rand(DataType.FLOAT, batch, 4);
        INDArray presence = Nd4j.rand(DataType.FLOAT, batch, 1).gt(0.5).castTo(DataType.FLOAT);
        MultiDataSet data = new MultiDataSet(new INDArray[] {images}, new INDArray[] {boxes, presence}, null,
                new INDArray[] {presence, null});
        for (int i = 0; i < 3; i++) {
            network.fit(data);
        }
        double[] rates = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < steps; i++) {
                network.fit(data);
            }
            rates[r] = steps * batch / ((System.nanoTime() - start) / 1e9);
        }
        System.out.printf(Locale.ROOT, "{\"side\": \"dl4j\", \"images_per_second\": %.2f, \"parameters\": %d}%n",
                Medians.of(rates), network.numParams());
    }
}
