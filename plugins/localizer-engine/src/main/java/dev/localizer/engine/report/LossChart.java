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
import java.util.ArrayList;
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

import dev.localizer.engine.train.EpochRecord;

/**
 * Loss per epoch as a line chart, drawn once with Java2D and written both as SVG (through Batik's SVGGraphics2D)
 * and as PNG. A dashed line in a curve's colour marks that curve's own floor when it has one: the masked BCE loss
 * cannot go below its targets' entropy, so the floor shows how much of the loss is left to learn. The loss axis
 * spans the values (not from 0), and values far above the rest, such as one early spike, are drawn at the top edge
 * with their value instead of flattening the rest of the chart.
 */
public final class LossChart {

    private static final Color[] CURVE_COLORS = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
        new Color(0x9467bd)};
    private static final Color GRID_COLOR = new Color(0xe4e4e4);
    private static final Color TEXT_COLOR = new Color(0x333333);
    private static final int MARGIN_LEFT = 64;
    private static final int MARGIN_RIGHT = 20;
    private static final int MARGIN_TOP = 40;
    private static final int MARGIN_BOTTOM = 72;
    private static final int Y_TICKS = 5;

    /** A value above this many times the 90th percentile of all values is off the chart's scale. */
    private static final double OFF_SCALE_FACTOR = 2;

    private final String title;
    private final List<Curve> curves;

    /** @param curves the lines to draw; those without any value (e.g. no validation) are left out, legend included */
    public LossChart(String title, List<Curve> curves) {
        this.title = title;
        this.curves = curves.stream().filter(curve -> !curve.isEmpty()).toList();
    }

    /**
     * The training and validation loss of a training history; the validation curve with {@code validationFloor},
     * the floor of the validation scenes (NaN when unknown). The training loss has no floor of its own: its scenes
     * change with every batch.
     */
    public static LossChart ofHistory(String title, List<EpochRecord> history, double validationFloor) {
        return ofLosses(title, history.stream().mapToDouble(EpochRecord::loss).toArray(),
                history.stream().mapToDouble(EpochRecord::validationLoss).toArray(), validationFloor);
    }

    /** As {@link #ofHistory}, from the losses per epoch (NaN: none that epoch). */
    public static LossChart ofLosses(String title, double[] trainingLoss, double[] validationLoss,
            double validationFloor) {
        return new LossChart(title, List.of(new Curve("training loss", trainingLoss),
                new Curve("validation loss", validationLoss, validationFloor)));
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
                    height - MARGIN_TOP - MARGIN_BOTTOM, epochCount(), range());
            drawTitle(g, width);
            drawAxes(g, plot);
            for (int i = 0; i < curves.size(); i++) {
                Color color = CURVE_COLORS[i % CURVE_COLORS.length];
                if (curves.get(i).hasFloor()) {
                    drawFloor(g, plot, curves.get(i).floor(), color);
                }
                drawCurve(g, plot, curves.get(i), color);
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

    /**
     * The loss axis: from a tick at or below the lowest value or floor to a tick at or above the highest value on
     * the scale (see {@link #onScaleMaximum}), ticks at a nice step.
     */
    Range range() {
        List<Double> values = new ArrayList<>();
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (Curve curve : curves) {
            for (int i = 0; i < curve.length(); i++) {
                if (Double.isFinite(curve.value(i))) {
                    values.add(curve.value(i));
                }
            }
            if (curve.hasFloor()) {
                lowest = Math.min(lowest, curve.floor());
                highest = Math.max(highest, curve.floor());
            }
        }
        for (double value : values) {
            lowest = Math.min(lowest, value);
        }
        highest = Math.max(highest, onScaleMaximum(values));
        if (!Double.isFinite(lowest) || !Double.isFinite(highest)) {
            return new Range(0, 1, 1.0 / Y_TICKS);
        }
        double step = niceCeiling(Math.max(highest - lowest, Math.abs(highest) * 1e-3) / Y_TICKS);
        double min = Math.floor(lowest / step + 1e-9) * step;
        double max = Math.max(min + step, Math.ceil(highest / step - 1e-9) * step);
        return new Range(min, max, step);
    }

    /**
     * The highest value that is not far above the rest: values above {@value #OFF_SCALE_FACTOR} times the 90th
     * percentile are off the scale (with fewer than ten values none is, as one of them may be the whole story).
     */
    static double onScaleMaximum(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NEGATIVE_INFINITY;
        }
        List<Double> sorted = values.stream().sorted().toList();
        double percentile90 = sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1);
        double limit = sorted.size() < 10 || percentile90 <= 0 ? Double.POSITIVE_INFINITY
                : OFF_SCALE_FACTOR * percentile90;
        return sorted.stream().filter(value -> value <= limit).mapToDouble(Double::doubleValue).max().orElseThrow();
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
        Range range = plot.range();
        int ticks = (int) Math.round((range.max() - range.min()) / range.step());
        for (int tick = 0; tick <= ticks; tick++) {
            double value = range.min() + range.step() * tick;
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

    private static void drawFloor(Graphics2D g, Plot plot, double floor, Color color) {
        double y = plot.y(floor);
        g.setColor(color);
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
            if (value > plot.range().max()) {
                drawOffScale(g, x, y, value);
                g.setColor(color);
            } else {
                g.fill(new Ellipse2D.Double(x - 2.5, y - 2.5, 5, 5));
            }
        }
        g.draw(line);
        g.setStroke(new BasicStroke(1));
    }

    /** A value above the axis: an arrowhead at the top edge and the value beside it. */
    private static void drawOffScale(Graphics2D g, double x, double y, double value) {
        Path2D.Double arrow = new Path2D.Double();
        arrow.moveTo(x, y - 5);
        arrow.lineTo(x - 4, y + 2);
        arrow.lineTo(x + 4, y + 2);
        arrow.closePath();
        g.fill(arrow);
        g.setColor(TEXT_COLOR);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString(String.format(Locale.ROOT, "%.2f", value), (float) x + 6, (float) y + 4);
    }

    private void drawLegend(Graphics2D g, Plot plot, int height) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        FontMetrics metrics = g.getFontMetrics();
        float x = plot.left;
        float y = height - 14;
        for (int i = 0; i < curves.size(); i++) {
            Curve curve = curves.get(i);
            Color color = CURVE_COLORS[i % CURVE_COLORS.length];
            x = legendEntry(g, metrics, x, y, curve.name(), color, false);
            if (curve.hasFloor()) {
                x = legendEntry(g, metrics, x, y, String.format(Locale.ROOT, "%s floor (%.3f)", curve.name(),
                        curve.floor()), color, true);
            }
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

    /** The loss axis: its ends and the step between ticks. */
    record Range(double min, double max, double step) {
    }

    /** Maps epochs and loss values onto the plot area. */
    private record Plot(int left, int top, int width, int height, int epochs, Range range) {

        int right() {
            return left + width;
        }

        int bottom() {
            return top + height;
        }

        double x(int epochIndex) {
            return epochs <= 1 ? left + width / 2.0 : left + width * epochIndex / (double) (epochs - 1);
        }

        /** Values off the axis are drawn at its ends. */
        double y(double value) {
            double share = (value - range.min()) / (range.max() - range.min());
            return bottom() - height * Math.max(0, Math.min(1, share));
        }
    }
}
