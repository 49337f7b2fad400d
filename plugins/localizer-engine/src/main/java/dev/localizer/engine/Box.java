package dev.localizer.engine;

/**
 * An axis-aligned box in an image's own pixel space: {@code top} and {@code left} of its upper-left corner,
 * its {@code height} and {@code width}. This is the one place where boxes are converted between pixels and
 * the normalized form the network sees (each value divided by the image height or width).
 */
public record Box(double top, double left, double height, double width) {

    /** The box of a scene without an object. */
    public static final Box NONE = new Box(0, 0, 0, 0);

    public Box {
        if (!Double.isFinite(top) || !Double.isFinite(left) || !Double.isFinite(height) || !Double.isFinite(width)) {
            throw new IllegalArgumentException("Box values must be finite numbers, got " + describe(top, left, height, width));
        }
        if (height < 0 || width < 0) {
            throw new IllegalArgumentException("Box height and width must not be negative, got " + describe(top, left, height, width));
        }
    }

    public double bottom() {
        return top + height;
    }

    public double right() {
        return left + width;
    }

    public double area() {
        return height * width;
    }

    /** Whether the box lies entirely inside an image of the given size. */
    public boolean isInside(int imageWidth, int imageHeight) {
        return top >= 0 && left >= 0 && bottom() <= imageHeight && right() <= imageWidth;
    }

    /** The values {@code top/H, left/W, height/H, width/W} the network is trained on. */
    public double[] toNormalized(int imageWidth, int imageHeight) {
        requirePositiveSize(imageWidth, imageHeight);
        return new double[] {top / imageHeight, left / imageWidth, height / imageHeight, width / imageWidth};
    }

    /**
     * The pixel box for normalized network outputs {@code [top/H, left/W, height/H, width/W]} in an image of the
     * given size, clamped so that it stays inside the image.
     */
    public static Box fromNormalized(double[] normalized, int imageWidth, int imageHeight) {
        requirePositiveSize(imageWidth, imageHeight);
        if (normalized.length != 4) {
            throw new IllegalArgumentException("A normalized box has 4 values (top, left, height, width), got " + normalized.length);
        }
        double top = clamp(normalized[0], 0, 1) * imageHeight;
        double left = clamp(normalized[1], 0, 1) * imageWidth;
        double height = clamp(normalized[2], 0, 1) * imageHeight;
        double width = clamp(normalized[3], 0, 1) * imageWidth;
        return new Box(top, left, Math.min(height, imageHeight - top), Math.min(width, imageWidth - left));
    }

    /** This box in an image resized by the given factors (new size / old size). */
    public Box scaled(double xFactor, double yFactor) {
        return new Box(top * yFactor, left * xFactor, height * yFactor, width * xFactor);
    }

    private static void requirePositiveSize(int imageWidth, int imageHeight) {
        if (imageWidth <= 0 || imageHeight <= 0) {
            throw new IllegalArgumentException("Image size must be positive, got " + imageWidth + "×" + imageHeight);
        }
    }

    private static double clamp(double value, double min, double max) {
        return Double.isNaN(value) ? min : Math.max(min, Math.min(max, value));
    }

    private static String describe(double top, double left, double height, double width) {
        return "top=" + top + ", left=" + left + ", height=" + height + ", width=" + width;
    }
}
