package dev.localizer.engine.predict;

import java.nio.file.Path;

import dev.localizer.engine.image.DecodedImage;
import dev.localizer.engine.image.ImageDecoder;
import dev.localizer.engine.image.ImageDecoder.Resolution;
import dev.localizer.engine.model.InputEncoding;

/**
 * Reading an image to predict. A large photo is read subsampled, so it never occupies memory at full resolution:
 * the network sees it at its small input size anyway; its box is still given in the photo's own pixels.
 */
public final class InputImage {

    /**
     * How many times the network input's side the subsampled pixels keep at least, so that resizing them to the
     * input still averages several pixels per input pixel, as resizing the full picture does.
     */
    static final int OVERSAMPLING = 4;

    private InputImage() {
    }

    /**
     * Reads a PNG, JPEG, GIF or BMP file as shown (its EXIF orientation applied), decoding only every n-th pixel of
     * every n-th row, with n the largest that keeps {@value #OVERSAMPLING} times the input's size.
     */
    public static DecodedImage read(Path file, InputEncoding input) {
        return ImageDecoder.read(file, resolution(input));
    }

    /**
     * The resolution at which pictures are decoded for that input: every n-th pixel of every n-th row, with n the
     * largest that keeps {@value #OVERSAMPLING} times the input's size.
     */
    public static Resolution resolution(InputEncoding input) {
        return Resolution.atLeast(OVERSAMPLING * input.width(), OVERSAMPLING * input.height());
    }
}
