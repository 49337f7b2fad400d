package dev.localizer.bench;

import dev.localizer.engine.backend.Backends;
import dev.localizer.engine.backend.Device;
import dev.localizer.engine.features.FeatureCache;
import dev.localizer.engine.model.vgg16.Vgg16Architecture;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Time of one head-only epoch on cached VGG16 features: the features of every image (18,432 floats at 200×200)
 * are read from the {@link FeatureCache} in shuffled batches and the localizer head (box and presence outputs,
 * masked loss) takes an Adam step on each.
 * The features are random: the time depends on their size only, and computing real ones would take minutes.
 *
 * <p>Usage: {@code Vgg16HeadEpoch IMAGES BATCH EPOCHS SIZE}. Prints
 * {@code head-epoch images=N median_s=… images_per_s=… vmhwm_kb=…}.
 */
public final class Vgg16HeadEpoch {

    private Vgg16HeadEpoch() {
    }

    public static void main(String[] args) {
        int images = Integer.parseInt(args[0]);
        int batch = Integer.parseInt(args[1]);
        int epochs = Integer.parseInt(args[2]);
        int size = Integer.parseInt(args[3]);
        System.out.println("# " + Backends.initialize(Device.CPU).describe());
        long[] featureShape = Vgg16Architecture.STANDARD.outputShape(Vgg16Architecture.BLOCKS, size, size);
        ComputationGraph head = Vgg16TrainStep.head(featureShape);
        try (FeatureCache cache = new FeatureCache(featureShape, FeatureCache.defaultMemoryBudgetBytes(),
                Path.of(System.getProperty("java.io.tmpdir")))) {
            for (int start = 0; start < images; start += batch) {
                int[] indices = IntStream.range(start, Math.min(images, start + batch)).toArray();
                cache.put(indices, Nd4j.rand(DataType.FLOAT, indices.length, featureShape[0], featureShape[1],
                        featureShape[2]));
            }
            Random shuffle = new Random(4);
            double[] seconds = new double[epochs];
            for (int epoch = -1; epoch < epochs; epoch++) {
                int[] order = shuffled(images, shuffle);
                long start = System.nanoTime();
                for (int from = 0; from < images; from += batch) {
                    int[] indices = Arrays.copyOfRange(order, from, Math.min(images, from + batch));
                    INDArray features = cache.get(indices);
                    head.fit(Vgg16TrainStep.targets(features.reshape(indices.length, -1), from));
                }
                if (epoch >= 0) {
                    seconds[epoch] = (System.nanoTime() - start) / 1e9;
                }
            }
            double median = Medians.of(seconds);
            System.out.printf("head-epoch images=%d median_s=%.3f images_per_s=%.1f vmhwm_kb=%d in_memory_mb=%d "
                            + "spilled_mb=%d%n", images, median, images / median, Vgg16Forward.peakResidentKilobytes(),
                    cache.memoryBytes() >> 20, cache.diskBytes() >> 20);
        }
    }

    private static int[] shuffled(int count, Random random) {
        int[] order = IntStream.range(0, count).toArray();
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
