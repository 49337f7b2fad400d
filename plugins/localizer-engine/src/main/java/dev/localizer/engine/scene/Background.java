package dev.localizer.engine.scene;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A large picture that scenes are cropped from. Any alpha channel is ignored (backgrounds are opaque), which
 * {@link #warning()} reports; grey pictures become RGB.
 */
public final class Background {

    private static final Logger LOG = LoggerFactory.getLogger(Background.class);

    private final String source;
    private final int width;
    private final int height;
    private final int[] pixels;
    private final Optional<String> warning;

    private Background(String source, BufferedImage image) {
        this.source = source;
        this.width = image.getWidth();
        this.height = image.getHeight();
        this.pixels = ((DataBufferInt) ImageSources.toRgb(image).getRaster().getDataBuffer()).getData();
        this.warning = image.getColorModel().hasAlpha()
                ? Optional.of("The background " + source + " has an alpha channel, which is ignored: backgrounds are "
                        + "opaque; save it without transparency")
                : Optional.empty();
        warning.ifPresent(LOG::warn);
    }

    public static Background fromFile(Path file) {
        Objects.requireNonNull(file, "file");
        return fromBytes(ImageSources.readBytes(file, "background"), file.toString());
    }

    /** A background from the bytes of a PNG, GIF or JPEG file; {@code source} names it in messages. */
    public static Background fromBytes(byte[] bytes, String source) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        return new Background(source, ImageSources.decodeRaster(bytes, source, "background"));
    }

    public static Background fromImage(BufferedImage image, String source) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(source, "source");
        return new Background(source, image);
    }

    public String source() {
        return source;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public Optional<String> warning() {
        return warning;
    }

    /** Copies the {@code cropWidth × cropHeight} region at {@code (left, top)} into {@code target} (RGB, row by row). */
    void crop(int left, int top, int cropWidth, int cropHeight, int[] target) {
        for (int row = 0; row < cropHeight; row++) {
            System.arraycopy(pixels, (top + row) * width + left, target, row * cropWidth, cropWidth);
        }
    }

    @Override
    public String toString() {
        return "Background[" + source + ", " + width + "×" + height + "]";
    }
}
