package dev.localizer.engine.model.vgg16;

import dev.localizer.engine.LocalizerException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The parameters of a VGG16 convolutional base, one kernel ({@code [out, in, 3, 3]}, DL4J's layout) and one
 * bias ({@code [out]}) per convolution, checked against the architecture when created.
 *
 * @param source where the weights came from (a file path, or {@code random(seed)}), for messages and manifests
 */
public record Vgg16Weights(Vgg16Architecture architecture, List<INDArray> kernels, List<INDArray> biases,
                           String source) {

    public Vgg16Weights {
        kernels = List.copyOf(kernels);
        biases = List.copyOf(biases);
        List<Vgg16Architecture.Convolution> convolutions = architecture.convolutions();
        if (kernels.size() != convolutions.size() || biases.size() != convolutions.size()) {
            throw new LocalizerException("Weights from " + source + " hold " + kernels.size()
                    + " convolution layers; VGG16 has " + convolutions.size()
                    + ". Use VGG16 weights (the DL4J model-store zip or a Keras VGG16 'notop' .h5).");
        }
        for (int i = 0; i < convolutions.size(); i++) {
            Vgg16Architecture.Convolution convolution = convolutions.get(i);
            requireShape(source, convolution.name() + " kernel", kernels.get(i), convolution.kernelShape());
            requireShape(source, convolution.name() + " bias", biases.get(i),
                    new long[] {convolution.outputChannels()});
        }
    }

    private static void requireShape(String source, String what, INDArray array, long[] expected) {
        if (!Arrays.equals(array.shape(), expected)) {
            throw new LocalizerException("Weights from " + source + ": " + what + " has shape "
                    + Arrays.toString(array.shape()) + " where VGG16 needs " + Arrays.toString(expected)
                    + ". Use VGG16 weights (the DL4J model-store zip or a Keras VGG16 'notop' .h5).");
        }
    }

    /** He-initialized weights: the right shapes and activation scale, for benchmarks and tests. */
    public static Vgg16Weights random(Vgg16Architecture architecture, long seed) {
        Random random = new Random(seed);
        List<Vgg16Architecture.Convolution> convolutions = architecture.convolutions();
        INDArray[] kernels = new INDArray[convolutions.size()];
        INDArray[] biases = new INDArray[convolutions.size()];
        for (int i = 0; i < convolutions.size(); i++) {
            Vgg16Architecture.Convolution convolution = convolutions.get(i);
            long[] shape = convolution.kernelShape();
            float[] values = new float[Math.toIntExact(Arrays.stream(shape).reduce(1, Math::multiplyExact))];
            double deviation = Math.sqrt(2.0 / (convolution.inputChannels() * 9.0));
            for (int v = 0; v < values.length; v++) {
                values[v] = (float) (random.nextGaussian() * deviation);
            }
            kernels[i] = Nd4j.create(values, shape, DataType.FLOAT);
            biases[i] = Nd4j.zeros(DataType.FLOAT, convolution.outputChannels());
        }
        return new Vgg16Weights(architecture, List.of(kernels), List.of(biases), "random(" + seed + ")");
    }
}
