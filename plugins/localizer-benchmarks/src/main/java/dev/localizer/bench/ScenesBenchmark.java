package dev.localizer.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import dev.localizer.engine.scene.DefaultAssets;
import dev.localizer.engine.scene.Scene;
import dev.localizer.engine.scene.SceneConfig;
import dev.localizer.engine.scene.SceneGenerator;
import dev.localizer.engine.scene.Sprite;

/**
 * Scenes per second at 200×200 with one thread and all cores, beside Pillow doing the same work (crop, resize,
 * transpose, alpha_composite, tight box) in the same run: every repeat measures Pillow, then each Java variant,
 * so a noisy moment of a shared machine hits them alike.
 *
 * <pre>
 *   ScenesBenchmark ASSETS_DIR WORK_DIR PYTHON PILLOW_SCRIPT SCENES REPEATS
 * </pre>
 *
 * Java variants: the default SVG sprites with their drawings kept per pixel size (the generator as used); the
 * same with fresh sprites each repeat (pays Batik drawing for every new size); the PNG files Pillow reads,
 * kept per size; and scenes without a sprite, only a background crop in a new image, to show how far the memory
 * traffic of new images lets threads scale on the machine. Scenes stream in batches from
 * {@link SceneGenerator#batches} and are dropped, as a training loop would use them; the batches its threads make
 * ahead after the last one taken are not counted.
 */
public final class ScenesBenchmark {

    private static final int SIZE = 200;
    private static final int BATCH = 64;
    private static final int WARM_UP_SCENES = 5000;

    private ScenesBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 6) {
            System.err.println("usage: ScenesBenchmark ASSETS_DIR WORK_DIR PYTHON PILLOW_SCRIPT SCENES REPEATS");
            System.exit(2);
        }
        Path assets = Path.of(args[0]);
        Path sprites = writePngSprites(Path.of(args[1]));
        int scenes = Integer.parseInt(args[4]);
        int repeats = Integer.parseInt(args[5]);
        int cores = Runtime.getRuntime().availableProcessors();

        SceneConfig svg = SceneConfig.defaults();
        SceneConfig png = svg.toBuilder().sprites(DefaultAssets.sprites().stream()
                .map(sprite -> Sprite.fromFile(sprites.resolve(sprite.className() + ".png"), sprite.className()))
                .toList()).build();
        Map<String, Supplier<SceneConfig>> variants = new LinkedHashMap<>();
        variants.put("SVG sprites, kept per size", () -> svg);
        variants.put("SVG sprites, fresh each repeat", () -> svg.toBuilder().sprites(freshSvgSprites()).build());
        variants.put("PNG sprites, kept per size", () -> png);
        // Not a peer of Pillow's work: the part of every scene that fills a new image, whose scaling over threads
        // bounds the generator's on a machine whose memory bandwidth is the limit.
        variants.put("no sprite (new image + crop only)", () -> svg.toBuilder().presenceProbability(0).build());
        // Enough calls for the JIT's optimizing compiler, so that the first measurements are not of slower code.
        for (Supplier<SceneConfig> variant : variants.values()) {
            scenesPerSecond(variant.get(), WARM_UP_SCENES, 1, -1);
        }

        System.out.printf(Locale.ROOT, "Scenes of %d×%d, %d scenes per repeat (Java in batches of %d), median of %d "
                + "repeats, %d cores%n%n", SIZE, SIZE, scenes, BATCH, repeats, cores);
        System.out.printf(Locale.ROOT, "%-34s %8s %10s %10s %12s%n", "method", "threads", "scenes/s", "× Pillow",
                "× 1 thread");
        Map<String, Double> oneThread = new LinkedHashMap<>();
        for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
            String pillowName = "Pillow";
            double[] pillow = new double[repeats];
            double[][] rates = new double[variants.size()][repeats];
            for (int repeat = 0; repeat < repeats; repeat++) {
                Map<String, String> peer = runPillow(args[2], args[3], assets, sprites, scenes, threads);
                pillowName = "Pillow " + peer.get("version");
                pillow[repeat] = Double.parseDouble(peer.get("rate"));
                int v = 0;
                for (Supplier<SceneConfig> variant : variants.values()) {
                    rates[v++][repeat] = scenesPerSecond(variant.get(), scenes, threads, repeat);
                }
            }
            double pillowMedian = Medians.of(pillow);
            printRow(pillowName, threads, pillowMedian, pillowMedian, oneThread);
            int v = 0;
            for (String name : variants.keySet()) {
                printRow(name, threads, Medians.of(rates[v++]), pillowMedian, oneThread);
            }
        }
    }

    /** One line of the table; the first call per method (one thread) is remembered for the scaling column. */
    private static void printRow(String method, int threads, double rate, double pillowRate,
            Map<String, Double> oneThread) {
        String key = method.startsWith("Pillow") ? "Pillow" : method;
        double scaling = rate / oneThread.computeIfAbsent(key, unused -> rate);
        System.out.printf(Locale.ROOT, "%-34s %8d %10.0f %10.2f %12.2f%n", method, threads, rate, rate / pillowRate,
                scaling);
    }

    private static double scenesPerSecond(SceneConfig config, int scenes, int threads, int repeat) {
        SceneGenerator generator = new SceneGenerator(config.toBuilder().seed(1000 + repeat).build());
        Iterator<List<Scene>> batches = generator.batches(BATCH, threads);
        int made = 0;
        long start = System.nanoTime();
        while (made < scenes) {
            made += batches.next().size();
        }
        return made / ((System.nanoTime() - start) / 1e9);
    }

    /** One measured Pillow repeat (after its own warm-up) in a fresh interpreter: {@code version} and {@code rate}. */
    private static Map<String, String> runPillow(String python, String script, Path assets, Path sprites, int scenes,
            int threads) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(python, script, assets.toString(), sprites.toString(),
                Integer.toString(scenes), "1", Integer.toString(threads)).redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        Map<String, String> values = new LinkedHashMap<>();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                String[] parts = line.strip().split("\\s+", 2);
                if (parts.length == 2) {
                    values.put(parts[0], parts[1]);
                }
            }
        }
        if (process.waitFor() != 0 || !values.containsKey("rate")) {
            throw new IllegalStateException("The Pillow peer failed (exit " + process.exitValue() + ")");
        }
        return values;
    }

    private static Path writePngSprites(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Sprite sprite : DefaultAssets.sprites()) {
            ImageIO.write(sprite.image(sprite.width(), sprite.height()), "png",
                    folder.resolve(sprite.className() + ".png").toFile());
        }
        return folder;
    }

    private static List<Sprite> freshSvgSprites() {
        List<Sprite> sprites = new ArrayList<>();
        for (Sprite sprite : DefaultAssets.sprites()) {
            sprites.add(Sprite.fromBytes(DefaultAssets.bytes("sprites/" + sprite.className() + ".svg"), sprite.source(),
                    sprite.className()));
        }
        return sprites;
    }
}
