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
import dev.localizer.engine.model.vgg16.Vgg16LayerBlocks;
import dev.localizer.engine.model.vgg16.Vgg16Weights;

/**
 * The {@code vgg16} localizer of the reference: the frozen VGG16 convolutional base (ImageNet weights) feeding
 * {@code Flatten → Dense(5)}, i.e. the box and presence output layers directly on the flattened features (plus the
 * class head with several classes). Only the head is a DL4J network; the base runs as a {@link Vgg16Backbone},
 * and its weights are stored in the model file as ND4J binary arrays. Optionally block 5 is fine-tuned: it then
 * belongs to the network (and is saved with it), and the frozen base runs blocks 1–4.
 */
public final class Vgg16Localizer {

    static final String FEATURES = "features";

    private Vgg16Localizer() {
    }

    /**
     * A model with the given base weights and a freshly initialized head.
     *
     * @param fineTuneLastBlock train block 5 of the base together with the head: blocks 1–4 stay frozen (their
     *                          features can still be cached) and block 5 becomes the first layers of the network,
     *                          starting from the pretrained weights
     */
    public static LocalizerModel create(Vgg16Weights weights, int inputSize, List<String> classNames, LossWeights lossWeights,
                                        long seed, double learningRate, boolean fineTuneLastBlock) {
        Vgg16Backbone backbone = frozenPart(weights, inputSize, inputSize, fineTuneLastBlock);
        Vgg16LayerBlocks trainableBlocks = fineTuneLastBlock ? Vgg16LayerBlocks.lastBlock(weights) : null;
        ComputationGraph head = head(backbone.featureShape(), trainableBlocks, classNames.size(), lossWeights, seed,
                learningRate);
        InputEncoding input = new InputEncoding(inputSize, inputSize, false);
        ModelManifest manifest = ModelManifest.of(Backbone.VGG16, input, classNames, lossWeights, null);
        return new LocalizerModel(head, fineTuneLastBlock ? manifest.withLastBlockFineTuned() : manifest,
                new LocalizerModel.PretrainedBase(backbone, weights));
    }

    /** The frozen part of the base: all five blocks, or blocks 1–4 when block 5 is fine-tuned in the network. */
    static Vgg16Backbone frozenPart(Vgg16Weights weights, int inputHeight, int inputWidth, boolean lastBlockFineTuned) {
        return lastBlockFineTuned ? Vgg16Backbone.belowLastBlock(weights, inputHeight, inputWidth)
                : Vgg16Backbone.frozen(weights, inputHeight, inputWidth);
    }

    /**
     * The trainable network on features of the given shape ({@code [channels, height, width]}): the given
     * pretrained blocks, if any, then the outputs.
     */
    private static ComputationGraph head(long[] featureShape, Vgg16LayerBlocks trainableBlocks, int classCount,
                                         LossWeights lossWeights, long seed, double learningRate) {
        ComputationGraphConfiguration.GraphBuilder graph = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(new Adam(learningRate))
                .weightInit(WeightInit.XAVIER)
                .graphBuilder()
                .addInputs(FEATURES)
                .setInputTypes(InputType.convolutional(featureShape[1], featureShape[2], featureShape[0]));
        String last = trainableBlocks == null ? FEATURES : trainableBlocks.appendTo(graph, FEATURES);
        LocalizerOutputs.add(graph, last, classCount, lossWeights);
        ComputationGraph network = new ComputationGraph(graph.build());
        network.init();
        if (trainableBlocks != null) {
            trainableBlocks.copyWeightsInto(network);
        }
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
