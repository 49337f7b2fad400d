package dev.localizer.engine.model.vgg16;

import java.util.List;

/**
 * How a backbone turns the engine's RGB 0..1 input into what its weights were trained on; the model manifest
 * records it so that a saved model is never fed differently prepared pixels.
 *
 * @param style          short name for manifests, e.g. {@code caffe}
 * @param channelOrder   channel order the weights expect, e.g. {@code BGR}
 * @param scale          factor applied to the 0..1 input before the mean is subtracted
 * @param mean           per-channel mean subtracted after scaling, in {@code channelOrder}
 */
public record ChannelNormalization(String style, String channelOrder, double scale, List<Double> mean) {

    /**
     * Caffe-style, as the original VGG16 weights (and their Keras and DL4J model-store conversions) expect:
     * RGB 0..1 → BGR, times 255, minus the ImageNet mean (103.939, 116.779, 123.68) in BGR order; no division
     * by a standard deviation.
     */
    public static final ChannelNormalization CAFFE =
            new ChannelNormalization("caffe", "BGR", 255.0, List.of(103.939, 116.779, 123.68));

    public ChannelNormalization {
        mean = List.copyOf(mean);
    }
}
