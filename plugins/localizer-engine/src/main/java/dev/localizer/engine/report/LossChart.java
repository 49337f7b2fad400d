package dev.localizer.engine.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.util.SVGConstants;
import org.w3c.dom.Document;

/**
 * Loss per epoch as a line chart, drawn once with Java2D and written both as SVG (through Batik's SVGGraphics2D)
 * and as PNG. A dashed line marks the loss floor when one is given: the masked BCE loss cannot go below the
 * targets' own entropy, so the floor shows how much of the loss is left to learn.
 */
public final class LossChart {

    private static final Color[] CURVE_COLORS = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
        new Color(0x9467bd)};
    private static final Color FLOOR_COLOR = new Color(0x777777);
    private static final Color GRID_COLOR = new Color(0xe4e4e4);
    private static final Color TEXT_COLOR = new Color(0x333333);
    private static final int MARGIN_LEFT = 64;
    private static final int MARGIN_RIGHT = 20;
    private static final int MARGIN_TOP = 40;
    private static final int MARGIN_BOTTOM = 72;
    private static final int Y_TICKS = 5;

    private final String title;
    private final List<Curve> curves;
    private final double floor;

    /**
     * @param curves the lines to draw; those without any value (e.g. no validation) are left out, legend included
     * @param floor  the lowest loss reachable, drawn as a dashed line; {@code NaN} for none
     */
    public LossChart(String title, List<Curve> curves, double floor) {
        this.title = title;
        this.curves = curves.stream().filter(curve -> !curve.isEmpty()).toList();
        this.floor = floor;
    }

    /** Draws the chart into {@code graphics}, filling a {@code width}×{@code height} area at the origin. */
    public void draw(Graphics2D graphics, int width, int height) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            Plot plot = new Plot(MARGIN_LEFT, MARGIN_TOP, width - MARGIN_LEFT - MARGIN_RIGHT,
                    height - MARGIN_TOP - MARGIN_BOTTOM, epochCount(), niceCeiling(maxValue()));
            drawTitle(g, width);
            drawAxes(g, plot);
            if (Double.isFinite(floor)) {
                drawFloor(g, plot);
            }
            for (int i = 0; i < curves.size(); i++) {
                drawCurve(g, plot, curves.get(i), CURVE_COLORS[i % CURVE_COLORS.length]);
            }
            drawLegend(g, plot, height);
        } finally {
            g.dispose();
        }
    }

    public BufferedImage toImage(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(g, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    public String toSvg(int width, int height) {
        Document document = GenericDOMImplementation.getDOMImplementation()
                .createDocument(SVGConstants.SVG_NAMESPACE_URI, SVGConstants.SVG_SVG_TAG, null);
        SVGGraphics2D svg = new SVGGraphics2D(document);
        svg.setSVGCanvasSize(new Dimension(width, height));
        draw(svg, width, height);
        StringWriter text = new StringWriter();
        try {
            svg.stream(text, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            svg.dispose();
        }
        return text.toString();
    }

    public void writePng(Path file, int width, int height) throws IOException {
        if (!ImageIO.write(toImage(width, height), "png", file.toFile())) {
            throw new IOException("No PNG writer available to write " + file);
        }
    }

    public void writeSvg(Path file, int width, int height) throws IOException {
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            out.write(toSvg(width, height));
        }
    }

    private int epochCount() {
        return curves.stream().mapToInt(Curve::length).max().orElse(1);
    }

    private double maxValue() {
        double max = Double.isFinite(floor) ? floor : 0;
        for (Curve curve : curves) {
            for (int i = 0; i < curve.length(); i++) {
                if (Double.isFinite(curve.value(i))) {
                    max = Math.max(max, curve.value(i));
                }
            }
        }
        return max;
    }

    /** The smallest 1, 2 or 5 times a power of ten that is at least {@code value} (1 for nothing to show). */
    static double niceCeiling(double value) {
        if (!(value > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= value * (1 - 1e-12)) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private void drawTitle(Graphics2D g, int width) {
        g.setColor(TEXT_COLOR);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(title, (width - metrics.stringWidth(title)) / 2f, 24);
    }

    private void drawAxes(Graphics2D g, Plot plot) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        FontMetrics metrics = g.getFontMetrics();
        for (int tick = 0; tick <= Y_TICKS; tick++) {
            double value = plot.yMax * tick / Y_TICKS;
            double y = plot.y(value);
            g.setColor(GRID_COLOR);
            g.draw(new Line2D.Double(plot.left, y, plot.right(), y));
            g.setColor(TEXT_COLOR);
            String label = formatTick(value);
            g.drawString(label, plot.left - 8f - metrics.stringWidth(label), (float) y + 4);
        }
        for (int epoch : epochTicks(plot.epochs)) {
            double x = plot.x(epoch - 1);
            g.setColor(TEXT_COLOR);
            g.draw(new Line2D.Double(x, plot.bottom(), x, plot.bottom() + 4));
            String label = Integer.toString(epoch);
            g.drawString(label, (float) x - metrics.stringWidth(label) / 2f, plot.bottom() + 18);
        }
        g.setColor(TEXT_COLOR);
        g.draw(new Line2D.Double(plot.left, plot.bottom(), plot.right(), plot.bottom()));
        g.draw(new Line2D.Double(plot.left, plot.top, plot.left, plot.bottom()));
        String xLabel = "epoch";
        g.drawString(xLabel, plot.left + (plot.width - metrics.stringWidth(xLabel)) / 2f, plot.bottom() + 34);
        Graphics2D rotated = (Graphics2D) g.create();
        rotated.rotate(-Math.PI / 2);
        rotated.drawString("loss", -(plot.top + plot.height / 2f + metrics.stringWidth("loss") / 2f), 16);
        rotated.dispose();
    }

    /** Epoch numbers to label: all of them when few, otherwise about eight evenly spaced ones. */
    static int[] epochTicks(int epochs) {
        int step = Math.max(1, (int) Math.ceil(epochs / 8.0));
        return IntStream.rangeClosed(1, epochs)
                .filter(epoch -> epoch == 1 || epoch % step == 0)
                .toArray();
    }

    private void drawFloor(Graphics2D g, Plot plot) {
        double y = plot.y(floor);
        g.setColor(FLOOR_COLOR);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
        g.draw(new Line2D.Double(plot.left, y, plot.right(), y));
        g.setStroke(new BasicStroke(1));
    }

    private static void drawCurve(Graphics2D g, Plot plot, Curve curve, Color color) {
        g.setColor(color);
        g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D.Double line = new Path2D.Double();
        boolean started = false;
        for (int i = 0; i < curve.length(); i++) {
            double value = curve.value(i);
            if (!Double.isFinite(value)) {
                continue;
            }
            double x = plot.x(i);
            double y = plot.y(value);
            if (started) {
                line.lineTo(x, y);
            } else {
                line.moveTo(x, y);
                started = true;
            }
            g.fill(new Ellipse2D.Double(x - 2.5, y - 2.5, 5, 5));
        }
        g.draw(line);
        g.setStroke(new BasicStroke(1));
    }

    private void drawLegend(Graphics2D g, Plot plot, int height) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        FontMetrics metrics = g.getFontMetrics();
        float x = plot.left;
        float y = height - 14;
        for (int i = 0; i < curves.size(); i++) {
            x = legendEntry(g, metrics, x, y, curves.get(i).name(), CURVE_COLORS[i % CURVE_COLORS.length], false);
        }
        if (Double.isFinite(floor)) {
            legendEntry(g, metrics, x, y, String.format(Locale.ROOT, "loss floor (%.3f)", floor), FLOOR_COLOR, true);
        }
    }

    private static float legendEntry(Graphics2D g, FontMetrics metrics, float x, float y, String label, Color color,
            boolean dashed) {
        g.setColor(color);
        g.setStroke(dashed
                ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0)
                : new BasicStroke(2.2f));
        g.draw(new Line2D.Double(x, y - 4, x + 22, y - 4));
        g.setStroke(new BasicStroke(1));
        g.setColor(TEXT_COLOR);
        g.drawString(label, x + 28, y);
        return x + 28 + metrics.stringWidth(label) + 24;
    }

    private static String formatTick(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value);
        return text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** Maps epochs and loss values onto the plot area. */
    private record Plot(int left, int top, int width, int height, int epochs, double yMax) {

        int right() {
            return left + width;
        }

        int bottom() {
            return top + height;
        }

        double x(int epochIndex) {
            return epochs <= 1 ? left + width / 2.0 : left + width * epochIndex / (double) (epochs - 1);
        }

        double y(double value) {
            return bottom() - height * Math.max(0, Math.min(1, value / yMax));
        }
    }
}
