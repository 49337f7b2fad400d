package dev.localizer.engine.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.util.SVGConstants;
import org.w3c.dom.Document;

import dev.localizer.engine.Box;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.Prediction;

/**
 * Draws true and predicted boxes on a scene image, as pixels (PNG) or as an SVG document in which the scene is
 * an embedded image and the boxes and labels are vector elements. A prediction is drawn only when its presence
 * probability reaches the style's threshold. Boxes must lie inside the image.
 */
public final class BoxRenderer {

    /** Tolerance for boxes that end a rounding error beyond the image edge. */
    private static final double EDGE_TOLERANCE = 1e-6;

    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE svg[^>]*>\\s*");

    private final RenderStyle style;

    public BoxRenderer(RenderStyle style) {
        this.style = Objects.requireNonNull(style, "style");
    }

    /** A new RGB image: the scene with the overlay's boxes drawn on it. */
    public BufferedImage draw(BufferedImage image, Overlay overlay) {
        return drawImage(image.getWidth(), image.getHeight(), graphics -> paint(graphics, image, overlay));
    }

    public byte[] png(BufferedImage image, Overlay overlay) {
        return encodePng(draw(image, overlay));
    }

    /** An SVG document (UTF-8 text) of the scene with the overlay's boxes. */
    public String svg(BufferedImage image, Overlay overlay) {
        return drawSvg(image.getWidth(), image.getHeight(), graphics -> paint(graphics, image, overlay));
    }

    /** Paints the image at the origin of {@code graphics} and the overlay on it. */
    void paint(Graphics2D graphics, BufferedImage image, Overlay overlay) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(overlay, "overlay");
        overlay.truth().ifPresent(truth -> checkInside("true", truth.box(), image));
        overlay.prediction().ifPresent(prediction -> checkInside("predicted", prediction.box(), image));
        graphics.drawImage(image, 0, 0, null);
        int width = image.getWidth();
        overlay.truth().ifPresent(truth -> drawBox(graphics, truth.box(), style.trueColor(), truth.className(), width));
        overlay.prediction()
                .filter(prediction -> prediction.presenceProbability() >= style.presenceThreshold())
                .ifPresent(prediction -> drawBox(graphics, prediction.box(), style.predictedColor(), label(prediction),
                        width));
    }

    private void drawBox(Graphics2D graphics, Box box, Color color, String label, int imageWidth) {
        float stroke = (float) style.strokeWidth();
        graphics.setColor(color);
        graphics.setStroke(new BasicStroke(stroke, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
        // The stroke runs just inside the box, so the outline covers the box's own edge pixels.
        double inset = Math.min(stroke / 2.0, Math.min(box.width(), box.height()) / 2.0);
        graphics.draw(new Rectangle2D.Double(box.left() + inset, box.top() + inset,
                box.width() - 2 * inset, box.height() - 2 * inset));
        if (style.labels() && !label.isEmpty()) {
            drawLabel(graphics, box, color, label, imageWidth);
        }
    }

    /** The label sits at the box's left edge, moved left as far as needed to stay inside the image. */
    private void drawLabel(Graphics2D graphics, Box box, Color color, String label, int imageWidth) {
        graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont((float) RenderStyle.LABEL_FONT_SIZE));
        FontMetrics metrics = graphics.getFontMetrics();
        double padding = Math.max(1, RenderStyle.LABEL_FONT_SIZE / 6);
        double width = metrics.stringWidth(label) + 2 * padding;
        double height = metrics.getAscent() + metrics.getDescent() + padding;
        // Above the box when there is room, else just inside its top edge.
        double top = box.top() - height >= 0 ? box.top() - height : box.top();
        double left = Math.max(0, Math.min(box.left(), imageWidth - width));
        graphics.setColor(color);
        graphics.fill(new Rectangle2D.Double(left, top, width, height));
        graphics.setColor(luminance(color) > 0.6 ? Color.BLACK : Color.WHITE);
        graphics.drawString(label, (float) (left + padding), (float) (top + padding / 2 + metrics.getAscent()));
    }

    /** E.g. "penguin 0.98 (presence 0.91)": the class with its probability, and the presence probability. */
    static String label(Prediction prediction) {
        String presence = String.format(Locale.ROOT, "presence %.2f", prediction.presenceProbability());
        if (prediction.className().isEmpty()) {
            return presence;
        }
        if (Double.isNaN(prediction.classProbability())) {
            return prediction.className() + " (" + presence + ")";
        }
        return String.format(Locale.ROOT, "%s %.2f (%s)", prediction.className(), prediction.classProbability(),
                presence);
    }

    private static void checkInside(String kind, Box box, BufferedImage image) {
        if (box.top() < -EDGE_TOLERANCE || box.left() < -EDGE_TOLERANCE
                || box.bottom() > image.getHeight() + EDGE_TOLERANCE || box.right() > image.getWidth() + EDGE_TOLERANCE) {
            throw new LocalizerException(String.format(Locale.ROOT,
                    "The %s box (top=%s, left=%s, height=%s, width=%s) lies outside the %d×%d image; boxes are in the "
                            + "image's pixels, so check that they belong to this image (or were scaled to its size)",
                    kind, box.top(), box.left(), box.height(), box.width(), image.getWidth(), image.getHeight()));
        }
    }

    private static double luminance(Color color) {
        return (0.299 * color.getRed() + 0.587 * color.getGreen() + 0.114 * color.getBlue()) / 255;
    }

    static void applyQualityHints(Graphics2D graphics) {
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    static BufferedImage drawImage(int width, int height, Consumer<Graphics2D> painter) {
        BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = canvas.createGraphics();
        try {
            applyQualityHints(graphics);
            painter.accept(graphics);
        } finally {
            graphics.dispose();
        }
        return canvas;
    }

    static String drawSvg(int width, int height, Consumer<Graphics2D> painter) {
        Document document = GenericDOMImplementation.getDOMImplementation()
                .createDocument(SVGConstants.SVG_NAMESPACE_URI, SVGConstants.SVG_SVG_TAG, null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("Drawn by Localizer");
        context.setEmbeddedFontsOn(false);
        SVGGraphics2D graphics = new SVGGraphics2D(context, false);
        graphics.setSVGCanvasSize(new Dimension(width, height));
        applyQualityHints(graphics);
        painter.accept(graphics);
        StringWriter text = new StringWriter();
        try {
            graphics.stream(text, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            graphics.dispose();
        }
        // Without the DOCTYPE, XML readers never try to fetch Batik's DTD from w3.org (offline, slow, pointless).
        return DOCTYPE.matcher(text.toString()).replaceFirst("");
    }

    /** The image as PNG bytes. */
    public static byte[] encodePng(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
