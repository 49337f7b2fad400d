package dev.localizer.cli;

import java.util.Locale;

import dev.localizer.engine.scene.SceneConfig;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** An image size given as {@code W} (square) or {@code WxH} on the command line. */
record ImageSize(int width, int height) {

    /** Smaller sides leave no room for a sprite. */
    private static final int MIN_SIDE = 8;

    static final class Converter implements ITypeConverter<ImageSize> {
        @Override
        public ImageSize convert(String value) {
            String[] parts = value.trim().toLowerCase(Locale.ROOT).split("[x×]", -1);
            if (parts.length > 2) {
                throw invalid(value);
            }
            int width = side(parts[0], value);
            int height = parts.length == 2 ? side(parts[1], value) : width;
            return new ImageSize(width, height);
        }

        private static int side(String text, String value) {
            try {
                int side = Integer.parseInt(text.trim());
                if (side >= MIN_SIDE && side <= SceneConfig.MAX_SIZE) {
                    return side;
                }
            } catch (NumberFormatException e) {
                // reported below with the whole value
            }
            throw invalid(value);
        }

        private static TypeConversionException invalid(String value) {
            return new TypeConversionException("'" + value + "' is not an image size: give W or WxH in pixels, each from "
                    + MIN_SIDE + " to " + SceneConfig.MAX_SIZE + ", e.g. 200 or 320x240");
        }
    }
}
