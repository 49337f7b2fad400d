package dev.localizer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import dev.localizer.engine.Progress;
import dev.localizer.engine.assets.DefaultAssets;
import dev.localizer.engine.scene.Sprite;
import dev.localizer.engine.scene.SceneConfig;
import dev.localizer.engine.scene.SceneGenerator;

/**
 * Scenes per second at 200×200 with one thread and all threads, beside Pillow doing the same work (crop,
 * resize, transpose, alpha_composite, tight box) measured just before in the same run.
 *
 * <pre>
 *   ScenesBenchmark prepare DIR              write the default sprites as PNG files for the Pillow peer
 *   ScenesBenchmark run PEER_RESULTS SCENES REPEATS   measure and print the table
 * </pre>
 *
 * Three Java variants: the default SVG sprites with their drawings kept per size (the generator as used);
 * the same with fresh sprites each repeat (pays Batik drawing for every new size); PNG sprites (the Pillow
 * peer's input), kept per size.
 */
public final class ScenesBenchmark {

    private static final int SIZE = 200;
    private static final int BATCH = 64;

    private ScenesBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 2 && args[0].equals("prepare")) {
            prepare(Path.of(args[1]));
        } else if (args.length >= 4 && args[0].equals("run")) {
            run(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        } else {
            System.err.println("usage: ScenesBenchmark prepare DIR | run PEER_RESULTS SCENES REPEATS");
            System.exit(2);
        }
    }

    private static void prepare(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Sprite sprite : DefaultAssets.sprites()) {
            ImageIO.write(sprite.image(sprite.width(), sprite.height()), "png",
                    folder.resolve(sprite.className() + ".png").toFile());
        }
    }

    private static void run(Path peerResults, int scenes, int repeats) throws IOException {
        int cores = Runtime.getRuntime().availableProcessors();
        SceneConfig svg = SceneConfig.defaults().withSize(SIZE, SIZE);
        SceneConfig png = svg.withSprites(pngSprites(peerResults.resolveSibling("sprites")));
        Map<String, Supplier<SceneConfig>> variants = new LinkedHashMap<>();
        variants.put("SVG sprites, kept per size", () -> svg);
        variants.put("SVG sprites, fresh each repeat", () -> svg.withSprites(freshSvgSprites()));
        variants.put("PNG sprites, kept per size", () -> png);
        Map<String, String> peer = readPeer(peerResults);
        List<String> names = new ArrayList<>(variants.keySet());

        System.out.printf(Locale.ROOT, "Scenes of %d×%d, %d scenes per repeat in batches of %d, median of %d repeats, "
                + "%d cores%n%n", SIZE, SIZE, scenes, BATCH, repeats, cores);
        System.out.printf(Locale.ROOT, "%-34s %8s %10s %12s%n", "method", "threads", "scenes/s", "× Pillow");
        for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
            // Variants take turns within each repeat, so a noisy moment of a shared machine hits them alike.
            double[][] rates = new double[names.size()][repeats];
            for (int repeat = -1; repeat < repeats; repeat++) {
                for (int v = 0; v < names.size(); v++) {
                    double rate = scenesPerSecond(variants.get(names.get(v)).get(), scenes, threads, repeat);
                    if (repeat >= 0) {
                        rates[v][repeat] = rate;
                    }
                }
            }
            double pillow = Double.parseDouble(peer.getOrDefault("threads=" + threads, "NaN"));
            System.out.printf(Locale.ROOT, "%-34s %8d %10.0f %12s%n", "Pillow " + peer.getOrDefault("version", "?"),
                    threads, pillow, "1.00");
            for (int v = 0; v < names.size(); v++) {
                double rate = Medians.of(rates[v]);
                System.out.printf(Locale.ROOT, "%-34s %8d %10.0f %12.2f%n", names.get(v), threads, rate, rate / pillow);
            }
        }
    }

    /**
     * Scenes per second for one repeat. Scenes are made in batches and dropped, as training uses them, so that
     * the timing is not of a heap filling with kept images.
     */
    private static double scenesPerSecond(SceneConfig config, int scenes, int threads, int repeat) {
        SceneGenerator generator = new SceneGenerator(config.withSeed(1000 + repeat));
        long start = System.nanoTime();
        for (int first = 0; first < scenes; first += BATCH) {
            generator.generate(first, Math.min(BATCH, scenes - first), threads, Progress.NONE);
        }
        return scenes / ((System.nanoTime() - start) / 1e9);
    }

    private static List<Sprite> freshSvgSprites() {
        List<Sprite> sprites = new ArrayList<>();
        for (Sprite sprite : DefaultAssets.sprites()) {
            sprites.add(Sprite.fromBytes(DefaultAssets.bytes("sprites/" + sprite.className() + ".svg"), sprite.source(),
                    sprite.className()));
        }
        return sprites;
    }

    private static List<Sprite> pngSprites(Path folder) {
        return DefaultAssets.sprites().stream()
                .map(sprite -> Sprite.fromFile(folder.resolve(sprite.className() + ".png"), sprite.className()))
                .toList();
    }

    /** Lines {@code key value} written by scenes_pillow.py. */
    private static Map<String, String> readPeer(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length == 2) {
                values.put(parts[0], parts[1]);
            }
        }
        return values;
    }
}
