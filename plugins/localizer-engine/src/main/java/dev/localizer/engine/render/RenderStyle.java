package dev.localizer.engine.render;

import java.awt.Color;
import java.util.Locale;
import java.util.Objects;

import dev.localizer.engine.LocalizerException;

/**
 * How boxes are drawn: colours of predicted and true boxes, stroke width in pixels, whether boxes carry a label
 * (class and probability), and the presence probability a prediction needs to be drawn. Start from
 * {@link #builder()} (or {@link #toBuilder()} of a style), set what you need and {@link Builder#build() build} it.
 */
public record RenderStyle(Color predictedColor, Color trueColor, double strokeWidth, boolean labels,
        double presenceThreshold) {

    public static final Color DEFAULT_PREDICTED_COLOR = new Color(0, 200, 60);
    public static final Color DEFAULT_TRUE_COLOR = new Color(230, 30, 30);
    /** Size of the labels' font in points: readable on scenes of a few hundred pixels. */
    public static final double LABEL_FONT_SIZE = 11;

    public RenderStyle {
        Objects.requireNonNull(predictedColor, "predictedColor");
        Objects.requireNonNull(trueColor, "trueColor");
        if (!(strokeWidth > 0) || strokeWidth > 100) {
            throw new LocalizerException("The stroke width " + strokeWidth + " must be above 0 and at most 100 pixels; use e.g. 2");
        }
        if (!(presenceThreshold >= 0 && presenceThreshold <= 1)) {
            throw new LocalizerException("The presence threshold " + presenceThreshold + " must be between 0 and 1; use e.g. 0.5");
        }
    }

    /** Green predictions, red truths, 2-pixel strokes, labels on, predictions drawn from probability 0.5. */
    public static RenderStyle defaults() {
        return new RenderStyle(DEFAULT_PREDICTED_COLOR, DEFAULT_TRUE_COLOR, 2, true, 0.5);
    }

    /** A builder that starts from {@link #defaults()}. */
    public static Builder builder() {
        return defaults().toBuilder();
    }

    /** A builder that starts from this style. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The colour as # and six hex digits, e.g. {@code #00c83c}: how a colour is written in settings. */
    public static String toHex(Color color) {
        return String.format(Locale.ROOT, "#%06x", color.getRGB() & 0xffffff);
    }

    /**
     * Reads a colour written as # and six hex digits; {@code what} names the setting in the message that says how
     * to write it otherwise.
     */
    public static Color parseHex(String text, String what) {
        String value = text == null ? "" : text.trim();
        if (value.matches("#[0-9a-fA-F]{6}")) {
            return new Color(Integer.parseInt(value.substring(1), 16));
        }
        throw new LocalizerException("The " + what + " \"" + value + "\" is not a colour: write it as # and six hex "
                + "digits, e.g. " + toHex(DEFAULT_PREDICTED_COLOR) + " for the default green.");
    }

    /** Collects settings without checking them; {@link #build()} checks them. */
    public static final class Builder {
        private Color predictedColor;
        private Color trueColor;
        private double strokeWidth;
        private boolean labels;
        private double presenceThreshold;

        private Builder(RenderStyle start) {
            predictedColor = start.predictedColor;
            trueColor = start.trueColor;
            strokeWidth = start.strokeWidth;
            labels = start.labels;
            presenceThreshold = start.presenceThreshold;
        }

        public Builder predictedColor(Color color) {
            predictedColor = color;
            return this;
        }

        public Builder trueColor(Color color) {
            trueColor = color;
            return this;
        }

        public Builder strokeWidth(double width) {
            strokeWidth = width;
            return this;
        }

        public Builder labels(boolean on) {
            labels = on;
            return this;
        }

        public Builder presenceThreshold(double threshold) {
            presenceThreshold = threshold;
            return this;
        }

        /** @throws LocalizerException when a setting is out of range */
        public RenderStyle build() {
            return new RenderStyle(predictedColor, trueColor, strokeWidth, labels, presenceThreshold);
        }
    }
}
