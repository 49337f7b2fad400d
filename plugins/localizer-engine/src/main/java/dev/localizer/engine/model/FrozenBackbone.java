package dev.localizer.engine.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A convolutional base whose weights stay fixed while the localizer head trains, so that its features can be
 * computed once per image and cached.
 */
public interface FrozenBackbone extends AutoCloseable {

    /** The backbone's name as written in model manifests, e.g. {@code vgg16}. */
    String name();

    int inputHeight();

    int inputWidth();

    /** The shape of one image's features, without the batch dimension (e.g. {@code {512, 6, 6}}). */
    long[] featureShape();

    /**
     * Features of a batch of images.
     *
     * @param images float {@code [n, 3, inputHeight, inputWidth]}, RGB scaled to 0..1 (the backbone applies its
     *               own normalization)
     * @return {@code [n, featureShape...]}
     */
    INDArray features(INDArray images);

    @Override
    void close();
}
