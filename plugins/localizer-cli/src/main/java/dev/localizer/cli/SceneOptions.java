package dev.localizer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.localizer.engine.io.RunFiles;
import dev.localizer.engine.scene.Background;
import dev.localizer.engine.scene.BoxConvention;
import dev.localizer.engine.scene.SceneConfig;
import dev.localizer.engine.scene.Sprite;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * How generated scenes look, shared by {@code scenes}, {@code train --generate} and {@code demo}. An option left
 * out keeps the generator's default (the embedded assets, the reference method's settings).
 */
final class SceneOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--size", paramLabel = "W[xH]", converter = ImageSize.Converter.class,
            description = "Scene size in pixels, e.g. 200 or 320x240 (default: the generator's, 200).")
    ImageSize size;

    @Option(names = "--sprites", paramLabel = "FILE", split = ",",
            description = "Object pictures (PNG or SVG with transparency), comma-separated (default: the embedded sprites).")
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
    BoxConvention box;

    @Option(names = "--threads", paramLabel = "T",
            description = "Threads that draw scenes (default: all cores).")
    Integer threads;

    /** The options given that say how scenes are drawn (all but --threads), as named on the command line. */
    List<String> drawingOptionsGiven() {
        List<String> given = new ArrayList<>();
        Object[][] options = {{"--size", size}, {"--sprites", sprites}, {"--classes", classes},
            {"--backgrounds", backgrounds}, {"--presence", presence}, {"--scale", scale}, {"--flip", flip}, {"--box", box}};
        for (Object[] option : options) {
            if (option[1] != null) {
                given.add((String) option[0]);
            }
        }
        return given;
    }

    /** Threads for scene drawing; 0 lets the generator use all cores. */
    int threads() {
        if (threads != null && threads < 0) {
            throw owner().usageError("--threads must be 0 (all cores) or more, got " + threads);
        }
        return threads == null ? 0 : threads;
    }

    /** The files these options read, added to a run's files. */
    RunFiles readBy(RunFiles files) {
        return files.reading("--sprites", sprites).reading("--backgrounds", backgrounds);
    }

    /** The generator settings: the defaults with every given option applied. */
    SceneConfig toConfig(long seed) {
        requireClassesWithSprites();
        SceneConfig.Builder config = SceneConfig.builder().seed(seed);
        if (size != null) {
            config.size(size.width(), size.height());
        }
        if (sprites != null) {
            config.sprites(loadSprites());
        }
        if (backgrounds != null) {
            config.backgrounds(backgrounds.stream().map(Background::fromFile).toList());
        }
        if (presence != null) {
            config.presenceProbability(owner().requireFraction(presence, "--presence"));
        }
        if (scale != null) {
            config.scaleRange(scale.min(), scale.max());
        }
        if (flip != null) {
            config.flipProbability(owner().requireFraction(flip, "--flip"));
        }
        if (box != null) {
            config.boxConvention(box);
        }
        return config.build();
    }

    /** The command these options belong to, which reports usage errors. */
    private Subcommand owner() {
        return (Subcommand) command.userObject();
    }

    private List<Sprite> loadSprites() {
        if (classes != null && classes.size() != sprites.size()) {
            throw owner().usageError("--classes names " + classes.size() + " classes for "
                    + sprites.size() + " sprites; give one class name per sprite, in the same order");
        }
        List<Sprite> loaded = new ArrayList<>();
        for (int i = 0; i < sprites.size(); i++) {
            loaded.add(classes == null ? Sprite.fromFile(sprites.get(i)) : Sprite.fromFile(sprites.get(i), classes.get(i)));
        }
        return loaded;
    }

    /** Rejects --classes without --sprites: class names belong to the sprites given with them. */
    private void requireClassesWithSprites() {
        if (classes != null && sprites == null) {
            throw owner().usageError("--classes names the sprites given with --sprites;"
                    + " give --sprites too (the default sprites have their own classes)");
        }
    }
}
