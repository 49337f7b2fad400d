package dev.localizer.engine.scene;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dev.localizer.engine.LocalizerException;

/**
 * How scenes are made: scene size, the sprites and backgrounds to draw from, the chance that a scene holds an
 * object, the range of sprite scales, the chance of a horizontal flip, the box convention, the alpha above which
 * a sprite pixel counts as visible for {@link BoxConvention#TIGHT} boxes, and the seed. Every combination is
 * checked when the config is made, so a generator never fails half way for a setting.
 *
 * <p>Start from {@link #builder()} (the embedded default sprites and backgrounds) or {@link #toBuilder()} of a
 * config, set what you need and {@link Builder#build() build} it, which checks the whole combination (a smaller
 * scene may need a smaller scale range first).
 */
public record SceneConfig(int width, int height, List<Sprite> sprites, List<Background> backgrounds,
        double presenceProbability, double minScale, double maxScale, double flipProbability,
        BoxConvention boxConvention, int alphaThreshold, long seed) {

    public static final int DEFAULT_SIZE = 200;
    public static final double DEFAULT_PRESENCE_PROBABILITY = 0.5;
    public static final double DEFAULT_MIN_SCALE = 0.5;
    public static final double DEFAULT_MAX_SCALE = 1.5;
    public static final double DEFAULT_FLIP_PROBABILITY = 0.5;
    /** Pixels with alpha above this (of 255) belong to the tight box: faint anti-aliasing seams do not. */
    public static final int DEFAULT_ALPHA_THRESHOLD = 32;
    public static final long DEFAULT_SEED = 42;
    /** Largest scene side accepted: far above any model input, small enough to keep memory bounded. */
    public static final int MAX_SIZE = 8192;

    public SceneConfig {
        Objects.requireNonNull(boxConvention, "boxConvention");
        checkSize("width", width);
        checkSize("height", height);
        sprites = List.copyOf(Objects.requireNonNull(sprites, "sprites"));
        backgrounds = List.copyOf(Objects.requireNonNull(backgrounds, "backgrounds"));
        if (sprites.isEmpty()) {
            throw new LocalizerException("No sprites were given; add at least one sprite picture (or use the defaults)");
        }
        if (backgrounds.isEmpty()) {
            throw new LocalizerException("No backgrounds were given; add at least one background picture (or use the defaults)");
        }
        checkProbability("presence probability", presenceProbability);
        checkProbability("flip probability", flipProbability);
        if (!(minScale > 0) || !Double.isFinite(minScale) || !(maxScale > 0) || !Double.isFinite(maxScale)) {
            throw new LocalizerException("The scale range " + minScale + "–" + maxScale + " must be positive numbers; "
                    + "use e.g. " + DEFAULT_MIN_SCALE + "–" + DEFAULT_MAX_SCALE);
        }
        if (minScale > maxScale) {
            throw new LocalizerException("The scale range is inverted: smallest scale " + minScale
                    + " is larger than largest scale " + maxScale + "; swap them");
        }
        if (alphaThreshold < 0 || alphaThreshold > 254) {
            throw new LocalizerException("The alpha threshold " + alphaThreshold + " must be between 0 and 254 "
                    + "(pixels with a larger alpha are visible); use e.g. " + DEFAULT_ALPHA_THRESHOLD);
        }
        for (Sprite sprite : sprites) {
            checkFits(sprite, width, height, maxScale);
        }
        for (Background background : backgrounds) {
            if (background.width() < width || background.height() < height) {
                throw new LocalizerException("The background " + background.source() + " is " + background.width()
                        + "×" + background.height() + " px, smaller than the " + width + "×" + height
                        + " px scene; use a larger background or a scene of at most "
                        + Math.min(width, background.width()) + "×" + Math.min(height, background.height()) + " px");
            }
        }
    }

    /** 200×200 scenes from the embedded default sprites and backgrounds, with the defaults above. */
    public static SceneConfig defaults() {
        return new SceneConfig(DEFAULT_SIZE, DEFAULT_SIZE, DefaultAssets.sprites(), DefaultAssets.backgrounds(),
                DEFAULT_PRESENCE_PROBABILITY, DEFAULT_MIN_SCALE, DEFAULT_MAX_SCALE, DEFAULT_FLIP_PROBABILITY,
                BoxConvention.TIGHT, DEFAULT_ALPHA_THRESHOLD, DEFAULT_SEED);
    }

    /** A builder that starts from {@link #defaults()}. */
    public static Builder builder() {
        return defaults().toBuilder();
    }

    /** A builder that starts from this config. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The class names of the sprites, without repeats, in the order the sprites were given. */
    public List<String> classNames() {
        return sprites.stream().map(Sprite::className).distinct().toList();
    }

    private static void checkSize(String side, int value) {
        if (value <= 0 || value > MAX_SIZE) {
            throw new LocalizerException("The scene " + side + " " + value + " must be between 1 and " + MAX_SIZE
                    + " pixels; use e.g. " + DEFAULT_SIZE);
        }
    }

    private static void checkProbability(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new LocalizerException("The " + name + " " + value + " must be between 0 and 1; use e.g. 0.5");
        }
    }

    private static void checkFits(Sprite sprite, int width, int height, double maxScale) {
        int drawnWidth = sprite.scaledWidth(maxScale);
        int drawnHeight = sprite.scaledHeight(maxScale);
        if (drawnWidth > width || drawnHeight > height) {
            double fittingScale = Math.min((double) width / sprite.width(), (double) height / sprite.height());
            throw new LocalizerException(String.format(Locale.ROOT,
                    "The sprite %s (%d×%d px) is %d×%d px at the largest scale %s, larger than the %d×%d px scene; "
                            + "use a largest scale of at most %.2f, a smaller sprite or a larger scene",
                    sprite.source(), sprite.width(), sprite.height(), drawnWidth, drawnHeight, maxScale, width, height,
                    Math.floor(fittingScale * 100) / 100));
        }
    }

    /** Collects settings without checking them; {@link #build()} checks the whole combination. */
    public static final class Builder {
        private int width;
        private int height;
        private List<Sprite> sprites;
        private List<Background> backgrounds;
        private double presenceProbability;
        private double minScale;
        private double maxScale;
        private double flipProbability;
        private BoxConvention boxConvention;
        private int alphaThreshold;
        private long seed;

        private Builder(SceneConfig start) {
            width = start.width;
            height = start.height;
            sprites = start.sprites;
            backgrounds = start.backgrounds;
            presenceProbability = start.presenceProbability;
            minScale = start.minScale;
            maxScale = start.maxScale;
            flipProbability = start.flipProbability;
            boxConvention = start.boxConvention;
            alphaThreshold = start.alphaThreshold;
            seed = start.seed;
        }

        public Builder size(int newWidth, int newHeight) {
            width = newWidth;
            height = newHeight;
            return this;
        }

        public Builder sprites(List<Sprite> newSprites) {
            sprites = newSprites;
            return this;
        }

        public Builder backgrounds(List<Background> newBackgrounds) {
            backgrounds = newBackgrounds;
            return this;
        }

        public Builder presenceProbability(double probability) {
            presenceProbability = probability;
            return this;
        }

        public Builder scaleRange(double newMinScale, double newMaxScale) {
            minScale = newMinScale;
            maxScale = newMaxScale;
            return this;
        }

        public Builder flipProbability(double probability) {
            flipProbability = probability;
            return this;
        }

        public Builder boxConvention(BoxConvention convention) {
            boxConvention = convention;
            return this;
        }

        public Builder alphaThreshold(int threshold) {
            alphaThreshold = threshold;
            return this;
        }

        public Builder seed(long newSeed) {
            seed = newSeed;
            return this;
        }

        public SceneConfig build() {
            return new SceneConfig(width, height, sprites, backgrounds, presenceProbability, minScale, maxScale,
                    flipProbability, boxConvention, alphaThreshold, seed);
        }
    }
}
