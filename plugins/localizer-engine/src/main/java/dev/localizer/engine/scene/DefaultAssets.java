package dev.localizer.engine.scene;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The sprites and backgrounds made by this project and embedded in the engine jar (from the top-level
 * {@code assets/} folder, listed in its {@code index.txt}), so every feature works without configuration.
 * They are loaded once, on first use.
 */
public final class DefaultAssets {

    /** Where the top-level {@code assets/} folder lies on the class path. */
    static final String ROOT = "/dev/localizer/engine/scene/assets/";

    private DefaultAssets() {
    }

    /** The default sprites (one per class): fox, ladybug and penguin. */
    public static List<Sprite> sprites() {
        return Loaded.SPRITES;
    }

    /** The default landscape backgrounds. */
    public static List<Background> backgrounds() {
        return Loaded.BACKGROUNDS;
    }

    /** The bytes of an embedded asset, by its path inside {@code assets/} (e.g. {@code sprites/fox.svg}). */
    public static byte[] bytes(String path) {
        try (InputStream in = DefaultAssets.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("The engine jar lacks its default asset " + ROOT + path
                        + "; rebuild the engine (its pom embeds the assets/ folder)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the default asset " + path, e);
        }
    }

    /** Holder: the assets are decoded when first asked for, not when the class loads. */
    private static final class Loaded {
        static final List<Sprite> SPRITES;
        static final List<Background> BACKGROUNDS;

        static {
            List<Sprite> sprites = new ArrayList<>();
            List<Background> backgrounds = new ArrayList<>();
            for (String[] entry : index()) {
                String source = "default asset " + entry[1];
                switch (entry[0]) {
                    case "sprite" -> sprites.add(Sprite.fromBytes(bytes(entry[1]), source, entry[2]));
                    case "background" -> backgrounds.add(Background.fromBytes(bytes(entry[1]), source));
                    default -> throw new IllegalStateException("Unknown kind '" + entry[0] + "' in the assets index");
                }
            }
            SPRITES = List.copyOf(sprites);
            BACKGROUNDS = List.copyOf(backgrounds);
        }

        private static List<String[]> index() {
            List<String[]> entries = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(new java.io.ByteArrayInputStream(bytes("index.txt")), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String trimmed = line.strip();
                    if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                        entries.add(trimmed.split("\\s+"));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return entries;
        }
    }
}
