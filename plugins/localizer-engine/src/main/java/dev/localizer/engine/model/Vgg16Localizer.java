package dev.localizer.engine.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

import dev.localizer.engine.loss.LossWeights;
import dev.localizer.engine.model.vgg16.Vgg16Architecture;
import dev.localizer.engine.model.vgg16.Vgg16Backbone;
import dev.localizer.engine.model.vgg16.Vgg16Weights;

/**
 * The {@code vgg16} localizer of the reference: the frozen VGG16 convolutional base (ImageNet weights) feeding
 * {@code Flatten → Dense(5)}, i.e. the box and presence output layers directly on the flattened features (plus the
 * class head with several classes). Only the head is a DL4J network; the base runs as a {@link Vgg16Backbone},
 * and its weights are stored in the model file as ND4J binary arrays.
 */
public final class Vgg16Localizer {

    /** The reference input side. */
    public static final int DEFAULT_INPUT_SIZE = 200;
    static final String FEATURES = "features";

    private Vgg16Localizer() {
    }

    /** A model with the given base weights and a freshly initialized head. */
    public static LocalizerModel create(Vgg16Weights weights, int inputSize, List<String> classNames, LossWeights lossWeights,
                                        long seed, double learningRate) {
        Vgg16Backbone backbone = Vgg16Backbone.frozen(weights, inputSize, inputSize);
        ComputationGraph head = head(backbone.featureShape(), classNames.size(), lossWeights, seed, learningRate);
        InputEncoding input = new InputEncoding(inputSize, inputSize, false);
        return new LocalizerModel(head, ModelManifest.of(Vgg16Backbone.NAME, input, classNames, lossWeights, null),
                new LocalizerModel.PretrainedBase(backbone, weights));
    }

    /** The trainable head on features of the given shape ({@code [channels, height, width]}). */
    static ComputationGraph head(long[] featureShape, int classCount, LossWeights lossWeights, long seed,
                                 double learningRate) {
        ComputationGraphConfiguration.GraphBuilder graph = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(new Adam(learningRate))
                .weightInit(WeightInit.XAVIER)
                .graphBuilder()
                .addInputs(FEATURES)
                .setInputTypes(InputType.convolutional(featureShape[1], featureShape[2], featureShape[0]));
        LocalizerOutputs.add(graph, FEATURES, classCount, lossWeights);
        ComputationGraph network = new ComputationGraph(graph.build());
        network.init();
        return network;
    }

    /** Writes the base's kernels and biases, in convolution order, as ND4J binary arrays. */
    static void writeWeights(Vgg16Weights weights, DataOutputStream out) throws IOException {
        for (int i = 0; i < weights.kernels().size(); i++) {
            Nd4j.write(weights.kernels().get(i), out);
            Nd4j.write(weights.biases().get(i), out);
        }
        out.flush();
    }

    /** Reads what {@link #writeWeights} wrote; shapes are checked against VGG16 by {@link Vgg16Weights}. */
    static Vgg16Weights readWeights(DataInputStream in, String source) throws IOException {
        List<INDArray> kernels = new ArrayList<>();
        List<INDArray> biases = new ArrayList<>();
        for (int i = 0; i < Vgg16Architecture.STANDARD.convolutions().size(); i++) {
            kernels.add(Nd4j.read(in));
            biases.add(Nd4j.read(in));
        }
        return new Vgg16Weights(Vgg16Architecture.STANDARD, kernels, biases, source);
    }
}
