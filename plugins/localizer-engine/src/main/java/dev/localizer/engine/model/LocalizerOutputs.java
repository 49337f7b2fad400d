package dev.localizer.engine.model;

import java.util.List;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import dev.localizer.engine.Label;
import dev.localizer.engine.loss.LocalizerLoss;
import dev.localizer.engine.loss.LossWeights;
import dev.localizer.engine.scene.Scene;

/**
 * The output layers every localizer network ends in, whatever its backbone: {@value #BOX} (4 logits of top, left,
 * height, width over the image size), {@value #PRESENCE} (1 logit) and, with more than one class, {@value #CLASS}
 * (one logit per class). They output logits (identity activation) so that each is trained with its term of
 * {@link LocalizerLoss} computed from logits; {@link LocalizerModel} applies the sigmoids and the softmax.
 */
public final class LocalizerOutputs {

    public static final String BOX = "box";
    public static final String PRESENCE = "presence";
    public static final String CLASS = "class";

    private LocalizerOutputs() {
    }

    /** Shares and means are kept this far from 0 and 1, so that their logits stay moderate. */
    private static final double PRIOR_MARGIN = 0.01;

    /**
     * Sets the biases of a fresh network's logit outputs to what the scenes' labels say before any picture is seen:
     * the presence bias to the logit of the share of scenes with an object, the box biases to the logits of the mean
     * normalized box, the class biases to the logarithms of the class shares among the model's classes. Training then starts at the loss of the best
     * constant guess instead of spending its first, largest steps finding it (the steps that can saturate outputs).
     */
    public static void initializeBiases(ComputationGraph network, List<Scene> scenes, List<String> classNames) {
        if (scenes.isEmpty()) {
            return;
        }
        double[] meanBox = new double[4];
        int classCount = network.getNumOutputArrays() > 2 ? (int) network.getLayer(CLASS).getParam("b").length() : 1;
        double[] classShares = new double[classCount];
        int present = 0;
        for (Scene scene : scenes) {
            Label label = scene.label();
            if (label.present()) {
                present++;
                double[] box = label.box().toNormalized(scene.width(), scene.height());
                for (int j = 0; j < 4; j++) {
                    meanBox[j] += box[j];
                }
                if (classCount > 1) {
                    classShares[label.classIndex(classNames)]++;
                }
            }
        }
        network.getLayer(PRESENCE).setParam("b", row(logit((double) present / scenes.size())));
        if (present == 0) {
            return;
        }
        double[] boxBiases = new double[4];
        for (int j = 0; j < 4; j++) {
            boxBiases[j] = logit(meanBox[j] / present);
        }
        network.getLayer(BOX).setParam("b", row(boxBiases));
        if (classCount > 1) {
            double[] classBiases = new double[classCount];
            for (int c = 0; c < classCount; c++) {
                classBiases[c] = Math.log(Math.max(PRIOR_MARGIN, classShares[c] / present));
            }
            network.getLayer(CLASS).setParam("b", row(classBiases));
        }
    }

    private static double logit(double share) {
        double p = Math.max(PRIOR_MARGIN, Math.min(1 - PRIOR_MARGIN, share));
        return Math.log(p / (1 - p));
    }

    private static INDArray row(double... values) {
        return Nd4j.create(values, new long[] {1, values.length}, DataType.FLOAT);
    }

    /** Adds the output layers on top of vertex {@code from} and declares them the graph's outputs, in that order. */
    public static void add(ComputationGraphConfiguration.GraphBuilder graph, String from, int classCount, LossWeights weights) {
        graph.addLayer(BOX, new OutputLayer.Builder(LocalizerLoss.boxLoss(weights))
                .nOut(4).activation(Activation.IDENTITY).build(), from);
        graph.addLayer(PRESENCE, new OutputLayer.Builder(LocalizerLoss.presenceLoss(weights))
                .nOut(1).activation(Activation.IDENTITY).build(), from);
        if (classCount > 1) {
            graph.addLayer(CLASS, new OutputLayer.Builder(LocalizerLoss.classLoss(weights, classCount))
                    .nOut(classCount).activation(Activation.IDENTITY).build(), from);
            graph.setOutputs(BOX, PRESENCE, CLASS);
        } else {
            graph.setOutputs(BOX, PRESENCE);
        }
    }
}
