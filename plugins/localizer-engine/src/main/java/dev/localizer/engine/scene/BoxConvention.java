package dev.localizer.engine.scene;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.localizer.engine.LocalizerException;

/**
 * Which rectangle a scene's box describes when the object is present. Its {@link #settingName()} is how KNIME
 * settings and the command line write it.
 */
public enum BoxConvention {
    /**
     * The tightest box around the sprite's visible pixels (alpha above the configured threshold): where a person
     * would say the object is. The default.
     */
    TIGHT,
    /**
     * The whole pasted sprite rectangle, transparent margins included: what the original exercise labelled. Its
     * boxes are larger than the object whenever the sprite has a transparent border.
     */
    SPRITE;

    /**
     * Reads a convention's setting name, ignoring case and surrounding spaces.
     *
     * @throws LocalizerException naming the value and the choices when it is none of them
     */
    public static BoxConvention parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (BoxConvention convention : values()) {
            if (convention.settingName().equals(value)) {
                return convention;
            }
        }
        throw new LocalizerException("Unknown box convention '" + value + "': use "
                + String.join(" or ", settingNames()));
    }

    /** The setting names of all conventions, in declaration order. */
    public static List<String> settingNames() {
        return Arrays.stream(values()).map(BoxConvention::settingName).toList();
    }

    /** {@code tight} or {@code sprite}. */
    public String settingName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
