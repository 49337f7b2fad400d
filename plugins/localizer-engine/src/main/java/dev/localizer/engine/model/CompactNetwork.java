package dev.localizer.engine.model;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;

import dev.localizer.engine.loss.LossWeights;

/**
 * The {@code compact} backbone: a small CNN that trains from scratch in minutes on a CPU. Each block halves the
 * resolution with a stride-2 3×3 convolution and a ReLU (strided convolutions instead of pooling: cheaper, and oneDNN
 * runs them fast). There is no batch normalization: DL4J's takes about 40 % of each training step, and four blocks
 * train well without it, so that within a time budget the network learns more from more pictures. The head flattens the
 * last feature map instead of pooling it, so that the dense layer still knows where in the image each feature was: that
 * is what the box regression needs.
 */
public final class CompactNetwork {

    static final int[] BLOCK_WIDTHS = {24, 48, 96, 128};
    static final int HEAD_UNITS = 256;
    static final String INPUT = "image";

    private CompactNetwork() {
    }

    /** The values one image's forward pass keeps (each block's convolution output before and after its ReLU). */
    public static long activationsPerImage(InputEncoding input) {
        long values = 0;
        long height = input.height();
        long width = input.width();
        for (int blockWidth : BLOCK_WIDTHS) {
            height = (height + 1) / 2;
            width = (width + 1) / 2;
            values += 2L * blockWidth * height * width;
        }
        return values + HEAD_UNITS;
    }

    /** The network's weights: the convolutions with their biases, and the dense head, which dominates. */
    public static long parameterCount(InputEncoding input, int classCount) {
        long parameters = 0;
        long channels = input.channels();
        long height = input.height();
        long width = input.width();
        for (int blockWidth : BLOCK_WIDTHS) {
            parameters += (9 * channels + 1) * blockWidth;
            channels = blockWidth;
            height = (height + 1) / 2;
            width = (width + 1) / 2;
        }
        int outputs = 5 + (classCount > 1 ? classCount : 0);
        return parameters + (channels * height * width + 1) * HEAD_UNITS + (HEAD_UNITS + 1L) * outputs;
    }

    /** A freshly initialized network for the given input and classes, trained with Adam at {@code learningRate}. */
    public static ComputationGraph create(InputEncoding input, int classCount, LossWeights weights, long seed,
                                          double learningRate) {
        ComputationGraphConfiguration.GraphBuilder graph = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(new Adam(learningRate))
                .weightInit(WeightInit.RELU)
                .convolutionMode(ConvolutionMode.Same)
                .graphBuilder()
                .addInputs(INPUT)
                .setInputTypes(InputType.convolutional(input.height(), input.width(), input.channels()));
        String previous = INPUT;
        for (int block = 0; block < BLOCK_WIDTHS.length; block++) {
            String conv = "conv" + (block + 1);
            graph.addLayer(conv, new ConvolutionLayer.Builder(3, 3).stride(2, 2).nOut(BLOCK_WIDTHS[block])
                    .activation(Activation.RELU).build(), previous);
            previous = conv;
        }
        graph.addLayer("head", new DenseLayer.Builder().nOut(HEAD_UNITS).activation(Activation.RELU).build(), previous);
        LocalizerOutputs.add(graph, "head", classCount, weights);
        ComputationGraph network = new ComputationGraph(graph.build());
        network.init();
        return network;
    }
}
