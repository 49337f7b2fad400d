package dev.localizer.engine.model;

import java.util.List;

import dev.localizer.engine.loss.LossWeights;

/**
 * What a model file says about its network, in JSON next to it: everything a predictor needs to prepare images
 * and read outputs, and how the model was trained.
 *
 * @param format        always {@value #FORMAT}: tells a localizer model from other zips
 * @param formatVersion the file layout version; readers refuse newer versions than {@value #FORMAT_VERSION}
 * @param backbone      the network's backbone, written as its {@link Backbone#settingName() setting name}; null when
 *                      a file names none that this Localizer knows (reading refuses such a file)
 * @param inputHeight   network input height in pixels
 * @param inputWidth    network input width in pixels
 * @param inputChannels channel order of the input, e.g. red, green, blue, row, column
 * @param normalization how pixel values are scaled ({@value InputEncoding#NORMALIZATION})
 * @param classNames    object classes, in the order of the class head (one name: no class head)
 * @param lossWeights   the loss weights it was trained with
 * @param training      how it was trained; null for an untrained model
 * @param lastBlockFineTuned with {@code vgg16}: block 5 of the base is part of the network (trained with the head)
 *                      and the stored frozen base runs blocks 1–4 only; false in files written before this option
 * @param networkOutputs {@value #LOGITS}: the network's output layers give logits, to which predicting applies the
 *                      sigmoids and the softmax (format version 2 on); {@value #PROBABILITIES}: they are sigmoid and
 *                      softmax layers themselves, as in every file of format version 1, which has no such field
 */
public record ModelManifest(String format, int formatVersion, Backbone backbone, int inputHeight, int inputWidth,
                            List<String> inputChannels, String normalization, List<String> classNames,
                            LossWeights lossWeights, TrainingSummary training,
                            boolean lastBlockFineTuned, String networkOutputs) {

    public static final String FORMAT = "localizer-model";
    /** Version 2: logit outputs ({@link #networkOutputs}). */
    public static final int FORMAT_VERSION = 2;
    public static final String LOGITS = "logits";
    public static final String PROBABILITIES = "probabilities";

    public ModelManifest {
        inputChannels = List.copyOf(inputChannels);
        classNames = List.copyOf(classNames);
        if (networkOutputs == null && formatVersion < 2) {
            networkOutputs = PROBABILITIES;
        }
    }

    /** A manifest of the current format version. */
    public static ModelManifest of(Backbone backbone, InputEncoding encoding, List<String> classNames, LossWeights lossWeights,
                                   TrainingSummary training) {
        return new ModelManifest(FORMAT, FORMAT_VERSION, backbone, encoding.height(), encoding.width(), encoding.channelNames(),
                InputEncoding.NORMALIZATION, classNames, lossWeights, training, false, LOGITS);
    }

    /** This manifest saying that the network holds the base's last block ({@code vgg16} fine-tuning). */
    public ModelManifest withLastBlockFineTuned() {
        return new ModelManifest(format, formatVersion, backbone, inputHeight, inputWidth, inputChannels, normalization,
                classNames, lossWeights, training, true, networkOutputs);
    }

    /** The input encoding these fields describe. */
    public InputEncoding inputEncoding() {
        return new InputEncoding(inputHeight, inputWidth, inputChannels.size() == 5);
    }

    /** Whether the network outputs logits, to be turned into probabilities when predicting. */
    public boolean outputsLogits() {
        return LOGITS.equals(networkOutputs);
    }

    public boolean hasClassHead() {
        return classNames.size() > 1;
    }

    public ModelManifest withTraining(TrainingSummary summary) {
        return new ModelManifest(format, formatVersion, backbone, inputHeight, inputWidth, inputChannels, normalization,
                classNames, lossWeights, summary, lastBlockFineTuned, networkOutputs);
    }
}
