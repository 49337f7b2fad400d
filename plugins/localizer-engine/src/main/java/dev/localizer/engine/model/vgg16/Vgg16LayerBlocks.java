package dev.localizer.engine.model.vgg16;

import java.util.List;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * VGG16 blocks as trainable DL4J layers, initialized from pretrained weights: how a localizer fine-tunes the
 * last block while blocks 1–4 stay frozen (and cached) in {@link Vgg16Backbone#belowLastBlock}.
 *
 * <p>To fine-tune block 5: compute features with {@code Vgg16Backbone.belowLastBlock(weights, h, w)}
 * ({@code [n, 512, h/16, w/16]}); build the head graph with an input of that convolutional type, call
 * {@code Vgg16LayerBlocks.lastBlock(weights).appendTo(builder, input)} and attach the head to the returned
 * vertex; after {@code net.init()}, call {@link #copyWeightsInto(ComputationGraph)}. The layers take the
 * already-normalized activations of block 4, so no further input normalization is needed.
 *
 * <p>Blocks starting at block 1 are the plain VGG16 layers: unlike {@link Vgg16Backbone} they expect
 * {@link ChannelNormalization#CAFFE caffe}-normalized input (BGR, ×255, minus the mean), channels first.
 *
 * @param fromBlock first block (1..5), inclusive
 * @param toBlock   last block (1..5), inclusive
 */
public record Vgg16LayerBlocks(Vgg16Weights weights, int fromBlock, int toBlock) {

    public Vgg16LayerBlocks {
        if (fromBlock < 1 || toBlock > Vgg16Architecture.BLOCKS || fromBlock > toBlock) {
            throw new IllegalArgumentException("VGG16 blocks run 1.." + Vgg16Architecture.BLOCKS + ", asked for "
                    + fromBlock + ".." + toBlock);
        }
    }

    /** Block 5: three 512-channel convolutions and the last pool. */
    public static Vgg16LayerBlocks lastBlock(Vgg16Weights weights) {
        return new Vgg16LayerBlocks(weights, Vgg16Architecture.BLOCKS, Vgg16Architecture.BLOCKS);
    }

    /**
     * Adds the blocks' layers, named as in Keras ({@code block5_conv1} … {@code block5_pool}), after
     * {@code input}, whose activations must be channels first.
     *
     * @return the name of the last added vertex (the block's pool)
     */
    public String appendTo(ComputationGraphConfiguration.GraphBuilder graph, String input) {
        String previous = input;
        for (Vgg16Architecture.Convolution convolution : convolutions()) {
            graph.addLayer(convolution.name(), new ConvolutionLayer.Builder(
                            Vgg16Architecture.KERNEL_SIZE, Vgg16Architecture.KERNEL_SIZE)
                    .padding(1, 1).stride(1, 1).convolutionMode(ConvolutionMode.Truncate)
                    .nIn(convolution.inputChannels()).nOut(convolution.outputChannels())
                    .activation(Activation.RELU).build(), previous);
            previous = convolution.name();
            boolean lastOfBlock = convolution.equals(lastConvolutionOf(convolution.block()));
            if (lastOfBlock) {
                String pool = "block" + convolution.block() + "_pool";
                graph.addLayer(pool, new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
                        .kernelSize(2, 2).stride(2, 2).convolutionMode(ConvolutionMode.Truncate).build(), previous);
                previous = pool;
            }
        }
        return previous;
    }

    /** Sets the pretrained kernels and biases on the layers {@link #appendTo} added to an initialized network. */
    public void copyWeightsInto(ComputationGraph net) {
        List<Vgg16Architecture.Convolution> all = weights.architecture().convolutions();
        for (Vgg16Architecture.Convolution convolution : convolutions()) {
            int index = all.indexOf(convolution);
            org.deeplearning4j.nn.api.Layer layer = net.getLayer(convolution.name());
            if (layer == null) {
                throw new IllegalArgumentException("The network has no layer " + convolution.name()
                        + "; add the blocks with appendTo before copying their weights");
            }
            INDArray kernel = layer.getParam("W");
            INDArray bias = layer.getParam("b");
            kernel.assign(weights.kernels().get(index).castTo(kernel.dataType()));
            bias.assign(weights.biases().get(index).castTo(bias.dataType()).reshape(bias.shape()));
        }
    }

    private List<Vgg16Architecture.Convolution> convolutions() {
        return weights.architecture().convolutions().stream()
                .filter(convolution -> convolution.block() >= fromBlock && convolution.block() <= toBlock)
                .toList();
    }

    private Vgg16Architecture.Convolution lastConvolutionOf(int block) {
        return weights.architecture().convolutions().stream().filter(convolution -> convolution.block() == block)
                .reduce((first, second) -> second).orElseThrow();
    }
}
