package dev.localizer.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;

/**
 * How generated scenes look, shared by {@code scenes}, {@code train --generate} and {@code demo}. An option left
 * out keeps the generator's default (the embedded assets, the reference method's settings).
 */
final class SceneOptions {

    enum BoxMode { TIGHT, SPRITE }

    @Option(names = "--size", paramLabel = "W[xH]", converter = ImageSize.Converter.class,
            description = "Scene size in pixels, e.g. 200 or 320x240 (default: the generator's, 200).")
    ImageSize size;

    @Option(names = "--sprites", paramLabel = "FILE", split = ",",
            description = "Object images (PNG with transparency), comma-separated (default: the embedded sprites).")
    List<Path> sprites;

    @Option(names = "--classes", paramLabel = "NAME", split = ",",
            description = "Class names of the sprites, in the same order (default: each sprite file's name).")
    List<String> classes;

    @Option(names = "--backgrounds", paramLabel = "FILE", split = ",",
            description = "Background images, comma-separated (default: the embedded landscapes).")
    List<Path> backgrounds;

    @Option(names = "--presence", paramLabel = "P",
            description = "Fraction of scenes that contain an object (default: 0.5).")
    Double presence;

    @Option(names = "--scale", paramLabel = "MIN,MAX", converter = ScaleRange.Converter.class,
            description = "Range of the sprite's random scale factor (default: 0.5,1.5).")
    ScaleRange scale;

    @Option(names = "--flip", paramLabel = "P",
            description = "Probability that a sprite is mirrored (default: 0.5).")
    Double flip;

    @Option(names = "--box", paramLabel = "tight|sprite",
            description = "Label box: 'tight' around the sprite's visible pixels or the whole 'sprite' rectangle"
                    + " (default: tight).")
    BoxMode box;

    @Option(names = "--threads", paramLabel = "T",
            description = "Threads that draw scenes (default: all cores).")
    Integer threads;
}
