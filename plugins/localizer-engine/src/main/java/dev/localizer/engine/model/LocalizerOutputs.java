package dev.localizer.engine.model;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.nd4j.linalg.activations.Activation;

import dev.localizer.engine.loss.LocalizerLoss;
import dev.localizer.engine.loss.LossWeights;

/**
 * The output layers every localizer network ends in, whatever its backbone: {@value #BOX} (4 sigmoids: top, left,
 * height, width over the image size), {@value #PRESENCE} (1 sigmoid) and, with more than one class,
 * {@value #CLASS} (softmax). Each is trained with its term of {@link LocalizerLoss}.
 */
public final class LocalizerOutputs {

    public static final String BOX = "box";
    public static final String PRESENCE = "presence";
    public static final String CLASS = "class";

    private LocalizerOutputs() {
    }

    /** Adds the output layers on top of vertex {@code from} and declares them the graph's outputs, in that order. */
    public static void add(ComputationGraphConfiguration.GraphBuilder graph, String from, int classCount, LossWeights weights) {
        graph.addLayer(BOX, new OutputLayer.Builder(LocalizerLoss.boxLoss(weights))
                .nOut(4).activation(Activation.SIGMOID).build(), from);
        graph.addLayer(PRESENCE, new OutputLayer.Builder(LocalizerLoss.presenceLoss(weights))
                .nOut(1).activation(Activation.SIGMOID).build(), from);
        if (classCount > 1) {
            graph.addLayer(CLASS, new OutputLayer.Builder(LocalizerLoss.classLoss(weights, classCount))
                    .nOut(classCount).activation(Activation.SOFTMAX).build(), from);
            graph.setOutputs(BOX, PRESENCE, CLASS);
        } else {
            graph.setOutputs(BOX, PRESENCE);
        }
    }
}
