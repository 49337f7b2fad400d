package dev.localizer.engine.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import dev.localizer.engine.loss.LogitCrossEntropy;

/**
 * A network's outputs for a batch of images, as probabilities: for image {@code i}, its normalized box
 * ({@code top/H, left/W, height/H, width/W}), its presence probability and, with several classes, its class
 * probabilities in the model's class order. The predictor reads each image's outputs as a
 * {@link dev.localizer.engine.Prediction} for that image's size.
 */
public final class NetworkOutputs {

    private final double[][] boxes;
    private final double[] presence;
    private final double[][] classes;

    /** @param classes one row of class probabilities per image, or null for a one-class model */
    public NetworkOutputs(double[][] boxes, double[] presence, double[][] classes) {
        if (boxes.length != presence.length || (classes != null && classes.length != presence.length)) {
            throw new IllegalArgumentException("Got " + boxes.length + " boxes and " + presence.length
                    + " presence probabilities" + (classes == null ? "" : " and " + classes.length + " class rows"));
        }
        this.boxes = boxes;
        this.presence = presence;
        this.classes = classes;
    }

    /**
     * The outputs of a network ({@code box, presence[, class]}): probabilities as they are, or logits through the
     * sigmoids and the softmax.
     */
    public static NetworkOutputs of(INDArray[] outputs, boolean logits) {
        INDArray[] probabilities = outputs.clone();
        if (logits) {
            for (int i = 0; i < outputs.length; i++) {
                probabilities[i] = LogitCrossEntropy.probabilities(
                        i == 2 ? LogitCrossEntropy.Kind.SOFTMAX : LogitCrossEntropy.Kind.SIGMOID, outputs[i]);
            }
        }
        return new NetworkOutputs(probabilities[0].castTo(DataType.DOUBLE).toDoubleMatrix(),
                probabilities[1].castTo(DataType.DOUBLE).reshape(-1).toDoubleVector(),
                probabilities.length > 2 ? probabilities[2].castTo(DataType.DOUBLE).toDoubleMatrix() : null);
    }

    public int size() {
        return presence.length;
    }

    /** Image {@code i}'s normalized box. */
    public double[] box(int i) {
        return boxes[i].clone();
    }

    public double presence(int i) {
        return presence[i];
    }

    /** Image {@code i}'s class probabilities; empty for a one-class model. */
    public double[] classProbabilities(int i) {
        return classes == null ? new double[0] : classes[i].clone();
    }
}
