package dev.localizer.engine.render;

import java.awt.Color;
import java.util.Locale;
import java.util.Objects;

import dev.localizer.engine.LocalizerException;

/**
 * How boxes are drawn: colours of predicted and true boxes, stroke width in pixels, whether boxes carry a label
 * (class and probability), the presence probability a prediction needs to be drawn, and the label font size.
 */
public record RenderStyle(Color predictedColor, Color trueColor, double strokeWidth, boolean labels,
        double presenceThreshold, double fontSize) {

    public static final Color DEFAULT_PREDICTED_COLOR = new Color(0, 200, 60);
    public static final Color DEFAULT_TRUE_COLOR = new Color(230, 30, 30);

    public RenderStyle {
        Objects.requireNonNull(predictedColor, "predictedColor");
        Objects.requireNonNull(trueColor, "trueColor");
        if (!(strokeWidth > 0) || strokeWidth > 100) {
            throw new LocalizerException("The stroke width " + strokeWidth + " must be above 0 and at most 100 pixels; use e.g. 2");
        }
        if (!(presenceThreshold >= 0 && presenceThreshold <= 1)) {
            throw new LocalizerException("The presence threshold " + presenceThreshold + " must be between 0 and 1; use e.g. 0.5");
        }
        if (!(fontSize > 0) || fontSize > 200) {
            throw new LocalizerException("The font size " + fontSize + " must be above 0 and at most 200; use e.g. 11");
        }
    }

    /** Green predictions, red truths, 2-pixel strokes, labels on, predictions drawn from probability 0.5. */
    public static RenderStyle defaults() {
        return new RenderStyle(DEFAULT_PREDICTED_COLOR, DEFAULT_TRUE_COLOR, 2, true, 0.5, 11);
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

    public RenderStyle withPredictedColor(Color color) {
        return new RenderStyle(color, trueColor, strokeWidth, labels, presenceThreshold, fontSize);
    }

    public RenderStyle withTrueColor(Color color) {
        return new RenderStyle(predictedColor, color, strokeWidth, labels, presenceThreshold, fontSize);
    }

    public RenderStyle withStrokeWidth(double width) {
        return new RenderStyle(predictedColor, trueColor, width, labels, presenceThreshold, fontSize);
    }

    public RenderStyle withLabels(boolean on) {
        return new RenderStyle(predictedColor, trueColor, strokeWidth, on, presenceThreshold, fontSize);
    }

    public RenderStyle withPresenceThreshold(double threshold) {
        return new RenderStyle(predictedColor, trueColor, strokeWidth, labels, threshold, fontSize);
    }

    public RenderStyle withFontSize(double size) {
        return new RenderStyle(predictedColor, trueColor, strokeWidth, labels, presenceThreshold, size);
    }
}
