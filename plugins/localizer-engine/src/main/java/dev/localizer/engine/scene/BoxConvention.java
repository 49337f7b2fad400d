package dev.localizer.engine.scene;

/** Which rectangle a scene's box describes when the object is present. */
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
    SPRITE
}
