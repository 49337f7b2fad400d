package dev.localizer.engine.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.localizer.engine.LocalizerException;

/**
 * The network under a localizer's outputs, and what training it needs by default. Its {@link #settingName()} is
 * how model manifests, KNIME settings and the command line write it.
 */
public enum Backbone {

    /** The small network of {@link CompactNetwork}, trained from scratch. */
    COMPACT("compact", 96, 2e-3, 16),
    /** The reference's frozen ImageNet VGG16 base with a dense head ({@link Vgg16Localizer}). */
    VGG16("vgg16", 200, 1e-4, 32);

    private final String settingName;
    private final int defaultInputSize;
    private final double defaultLearningRate;
    private final int minInputSize;

    Backbone(String settingName, int defaultInputSize, double defaultLearningRate, int minInputSize) {
        this.settingName = settingName;
        this.defaultInputSize = defaultInputSize;
        this.defaultLearningRate = defaultLearningRate;
        this.minInputSize = minInputSize;
    }

    /**
     * Reads a backbone's setting name, ignoring case and surrounding spaces.
     *
     * @throws LocalizerException naming the value and the choices when it is none of them
     */
    public static Backbone parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Backbone backbone : values()) {
            if (backbone.settingName.equals(value)) {
                return backbone;
            }
        }
        throw new LocalizerException("Unknown backbone '" + value + "': use " + String.join(" or ", settingNames()));
    }

    /** The setting names of all backbones, in declaration order. */
    public static List<String> settingNames() {
        return Arrays.stream(values()).map(Backbone::settingName).collect(Collectors.toUnmodifiableList());
    }

    /** How manifests, settings and options write this backbone: {@code compact} or {@code vgg16}. */
    @JsonValue
    public String settingName() {
        return settingName;
    }

    /**
     * The input side training uses unless told otherwise: 96 for the compact network (enough detail for boxes
     * within a few pixels on 200-pixel scenes, small enough to be fast), 200 (the reference's) for VGG16.
     */
    public int defaultInputSize() {
        return defaultInputSize;
    }

    /**
     * Adam's starting rate unless told otherwise: 0.002 for the compact network trained from scratch (the best of the
     * rates tried on the quality benchmark), 0.0001 (the reference's) for the VGG16 head.
     */
    public double defaultLearningRate() {
        return defaultLearningRate;
    }

    /** The smallest input side training accepts: 16, and 32 for VGG16, whose five pools halve the input five times. */
    public int minInputSize() {
        return minInputSize;
    }

    /** The setting name, so that messages read "the vgg16 backbone". */
    @Override
    public String toString() {
        return settingName;
    }
}
