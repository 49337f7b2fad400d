package dev.localizer.engine.scene;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.localizer.engine.ClassNames;
import dev.localizer.engine.LocalizerException;

/**
 * An object to paste into scenes: a class name and a picture with transparency. Raster pictures (PNG, GIF, JPEG)
 * are resized from their pixels; SVG pictures are drawn by Batik at each drawn size, so edges stay crisp. A
 * picture without an alpha channel is treated as fully opaque (its whole rectangle is the object), which
 * {@link #warning()} reports.
 *
 * <p>Drawn pictures are kept per pixel size, so a generator pays for resizing or SVG drawing once per size.
 */
public final class Sprite {

    private static final Logger LOG = LoggerFactory.getLogger(Sprite.class);

    /** Paints the sprite's picture at a pixel size, premultiplied ARGB. */
    private interface Painter {
        BufferedImage paint(int width, int height);
    }

    private final String className;
    private final String source;
    private final int width;
    private final int height;
    private final Painter painter;
    private final Optional<String> warning;
    private final Map<Long, SpriteRaster> rasters = new ConcurrentHashMap<>();

    private Sprite(String className, String source, int width, int height, Painter painter, Optional<String> warning) {
        this.className = checkClassName(className, source);
        this.source = source;
        this.width = width;
        this.height = height;
        this.painter = painter;
        this.warning = warning;
        warning.ifPresent(LOG::warn);
    }

    /** A sprite from a PNG, GIF, JPEG or SVG file whose class is the file name without its extension. */
    public static Sprite fromFile(Path file) {
        return fromFile(file, ImageSources.nameOf(file));
    }

    public static Sprite fromFile(Path file, String className) {
        Objects.requireNonNull(file, "file");
        return fromBytes(ImageSources.readBytes(file, "sprite"), file.toString(), className);
    }

    /**
     * A sprite from the bytes of a PNG, GIF, JPEG or SVG file.
     *
     * @param source names the bytes in messages (a file name or resource)
     */
    public static Sprite fromBytes(byte[] bytes, String source, String className) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        if (ImageSources.looksLikeSvg(bytes)) {
            SvgDocument document = SvgDocument.parse(bytes, source);
            ImageSources.checkSize(document.width(), document.height(), "sprite " + source);
            int width = Math.max(1, (int) Math.round(document.width()));
            int height = Math.max(1, (int) Math.round(document.height()));
            return new Sprite(className, source, width, height, document::paint, Optional.empty());
        }
        return fromImage(ImageSources.decodeRaster(bytes, source, "sprite"), source, className);
    }

    /** A sprite from a decoded picture; {@code source} names it in messages. */
    public static Sprite fromImage(BufferedImage image, String source, String className) {
        Objects.requireNonNull(image, "image");
        boolean hasAlpha = image.getColorModel().hasAlpha();
        BufferedImage premultiplied = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D graphics = premultiplied.createGraphics();
        graphics.drawImage(image, 0, 0, null);
        graphics.dispose();
        Optional<String> warning = hasAlpha ? Optional.empty()
                : Optional.of("The sprite " + source + " has no alpha channel, so it is pasted as an opaque rectangle "
                        + "and its box is its whole picture; save it as a PNG with a transparent background");
        return new Sprite(className, source, image.getWidth(), image.getHeight(),
                (width, height) -> resize(premultiplied, width, height), warning);
    }

    public String className() {
        return className;
    }

    /** The file or resource the sprite came from. */
    public String source() {
        return source;
    }

    /** Width in pixels at scale 1. */
    public int width() {
        return width;
    }

    /** Height in pixels at scale 1. */
    public int height() {
        return height;
    }

    /** Why this sprite may not behave as the user expects (e.g. no transparency), if anything. */
    public Optional<String> warning() {
        return warning;
    }

    /** Pixel width of the sprite drawn at the given scale. */
    public int scaledWidth(double scale) {
        return Math.max(1, (int) Math.round(width * scale));
    }

    /** Pixel height of the sprite drawn at the given scale. */
    public int scaledHeight(double scale) {
        return Math.max(1, (int) Math.round(height * scale));
    }

    /** The sprite drawn at a pixel size as an ordinary (non-premultiplied) ARGB picture, e.g. for display. */
    public BufferedImage image(int pixelWidth, int pixelHeight) {
        SpriteRaster raster = raster(pixelWidth, pixelHeight);
        BufferedImage image = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_ARGB_PRE);
        System.arraycopy(raster.pixels(), 0, ((DataBufferInt) image.getRaster().getDataBuffer()).getData(), 0,
                raster.pixels().length);
        BufferedImage plain = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = plain.createGraphics();
        graphics.drawImage(image, 0, 0, null);
        graphics.dispose();
        return plain;
    }

    SpriteRaster raster(int pixelWidth, int pixelHeight) {
        if (pixelWidth <= 0 || pixelHeight <= 0) {
            throw new IllegalArgumentException("Sprite pixel size must be positive, got " + pixelWidth + "×" + pixelHeight);
        }
        long key = ((long) pixelWidth << 32) | pixelHeight;
        return rasters.computeIfAbsent(key, unused -> {
            BufferedImage image = painter.paint(pixelWidth, pixelHeight);
            return new SpriteRaster(pixelWidth, pixelHeight, ((DataBufferInt) image.getRaster().getDataBuffer()).getData());
        });
    }

    private static BufferedImage resize(BufferedImage premultiplied, int width, int height) {
        BufferedImage resized = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D graphics = resized.createGraphics();
        // Interpolating premultiplied pixels keeps the colour of fully transparent pixels out of the edges.
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.drawImage(premultiplied, 0, 0, width, height, null);
        graphics.dispose();
        return resized;
    }

    private static String checkClassName(String className, String source) {
        try {
            return ClassNames.check(className);
        } catch (LocalizerException e) {
            throw new LocalizerException("The sprite " + source + " has a bad class name: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "Sprite[" + className + ", " + source + ", " + width + "×" + height + "]";
    }
}
