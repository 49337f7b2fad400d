package dev.localizer.bench;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import dev.localizer.engine.Prediction;
import dev.localizer.engine.Progress;
import dev.localizer.engine.image.DecodedImage;
import dev.localizer.engine.metrics.Evaluation;
import dev.localizer.engine.model.LocalizerModel;
import dev.localizer.engine.predict.Predictor;
import dev.localizer.engine.scene.Background;
import dev.localizer.engine.scene.BoxConvention;
import dev.localizer.engine.scene.Scene;
import dev.localizer.engine.scene.SceneConfig;
import dev.localizer.engine.scene.SceneGenerator;
import dev.localizer.engine.scene.Sprite;
import dev.localizer.engine.train.EpochRecord;
import dev.localizer.engine.train.Trainer;
import dev.localizer.engine.train.TrainingConfig;
import dev.localizer.engine.train.TrainingData;
import dev.localizer.engine.train.TrainingResult;

/**
 * Training on data unlike the bundled assets, with the trainer's defaults only: sprites and photo-like backgrounds
 * made here (fine multi-scale texture and grain, not painted flat colour), small and large sprites, low contrast,
 * both box conventions, one and three classes, a fixed set of scenes (as {@code localizer scenes} writes it and
 * {@code localizer train --scenes DIR --max-minutes M} reads it) and fresh scenes every batch. Each row trains
 * until its budget as {@code train --max-minutes M} does, then scores held-out scenes of its own.
 *
 * <p>Arguments: {@code [minutes per row (10)] [fixed scenes (4000)] [held-out scenes (500)] [rows, e.g. 1,3 (all)]}.
 */
public final class Robustness {

    /** One data set of the matrix. */
    record Row(String name, boolean largeSprite, boolean lowContrast, BoxConvention box, int classes, boolean fixed) {
    }

    static final List<Row> ROWS = List.of(
            new Row("small sprite, texture, sprite box, 1 class, fixed", false, false, BoxConvention.SPRITE, 1, true),
            new Row("small sprite, texture, sprite box, 1 class, fresh", false, false, BoxConvention.SPRITE, 1, false),
            new Row("small sprite, texture, tight box, 1 class, fixed", false, false, BoxConvention.TIGHT, 1, true),
            new Row("large sprite, texture, sprite box, 1 class, fixed", true, false, BoxConvention.SPRITE, 1, true),
            new Row("small sprite, low contrast, sprite box, 1 class, fixed", false, true, BoxConvention.SPRITE, 1, true),
            new Row("small sprites, texture, sprite box, 3 classes, fixed", false, false, BoxConvention.SPRITE, 3, true),
            new Row("small sprites, texture, tight box, 3 classes, fresh", false, false, BoxConvention.TIGHT, 3, false),
            new Row("large sprites, low contrast, tight box, 3 classes, fixed", true, true, BoxConvention.TIGHT, 3, true));

    private static final long HELD_OUT_FIRST = 1_000_000_000L;
    private static final int THREADS = 2;

    private Robustness() {
    }

    public static void main(String[] args) {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        int fixedScenes = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        int heldOut = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        List<Row> rows = args.length > 3 ? selected(args[3]) : ROWS;
        System.out.printf(Locale.ROOT, "robustness: trainer defaults, %.1f min per row, fixed sets of %d scenes, %d "
                + "held-out scenes per row%n", minutes, fixedScenes, heldOut);
        List<String> lines = new ArrayList<>();
        for (Row row : rows) {
            String line = run(row, minutes, fixedScenes, heldOut);
            lines.add(line);
            System.out.println("  done: " + line);
        }
        System.out.println();
        System.out.println(String.format(Locale.ROOT, "%-58s %8s %6s %9s %9s %8s %6s %6s %s", "data set", "images/s",
                "epochs", "detection", "mean IoU", "classes", "loss", "floor", "guard / stop"));
        lines.forEach(System.out::println);
    }

    private static List<Row> selected(String list) {
        List<Row> rows = new ArrayList<>();
        for (String number : list.split(",")) {
            rows.add(ROWS.get(Integer.parseInt(number.trim()) - 1));
        }
        return rows;
    }

    private static String run(Row row, double minutes, int fixedScenes, int heldOutCount) {
        SceneConfig scenes = SceneConfig.builder().sprites(sprites(row)).backgrounds(List.of(background(row)))
                .boxConvention(row.box()).seed(7).build();
        SceneGenerator generator = new SceneGenerator(scenes);
        List<Scene> heldOut = generator.generate(HELD_OUT_FIRST, heldOutCount, THREADS, Progress.NONE);
        TrainingData data;
        if (row.fixed()) {
            data = TrainingData.of(generator.generate(0, fixedScenes, THREADS, Progress.NONE));
        } else {
            AtomicLong next = new AtomicLong();
            data = TrainingData.generated(() -> generator.generate(next.getAndIncrement()), scenes.classNames());
        }
        TrainingConfig config = TrainingConfig.builder().epochs(TrainingConfig.UNTIL_BUDGET)
                .maxTime(Duration.ofMillis(Math.round(minutes * 60_000))).build();
        TrainingResult result = new Trainer(config).train(data, Progress.NONE);
        LocalizerModel model = result.model();
        List<Prediction> predictions = new Predictor(model).predict(heldOut, scene -> DecodedImage.of(scene.image()),
                Progress.NONE);
        Evaluation evaluation = Evaluation.of(heldOut.stream().map(Scene::label).toList(), predictions,
                heldOut.stream().map(Scene::size).toList(), model.manifest().lossWeights());
        var training = model.manifest().training();
        String guard = result.warnings().isEmpty() ? "none" : "FIRED";
        System.out.println("  curve: " + curve(result.history()));
        return String.format(Locale.ROOT, "%-58s %8.0f %6d %9.3f %9.3f %8s %6.3f %6.3f %s / %s", row.name(),
                training.images() / training.seconds(), result.history().size(),
                evaluation.metrics().detectionAccuracy(), evaluation.metrics().meanIou(),
                row.classes() > 1 ? String.format(Locale.ROOT, "%.3f", evaluation.metrics().classAccuracy()) : "-",
                evaluation.referenceLoss(), evaluation.lossFloor(), guard, result.stopReason());
    }

    /**
     * Validation mean IoU and training / validation loss after a quarter, half, three quarters and all of the epochs:
     * whether a row was still improving when its budget ended, and whether it fits its training scenes better than
     * the validation ones; and the epoch whose validation IoU was highest.
     */
    private static String curve(List<EpochRecord> history) {
        StringBuilder curve = new StringBuilder();
        for (int quarter = 1; quarter <= 4; quarter++) {
            EpochRecord epoch = history.get(Math.max(0, history.size() * quarter / 4 - 1));
            curve.append(String.format(Locale.ROOT, "%sepoch %d (%.0f s): IoU %.3f, loss %.3f / %.3f",
                    quarter > 1 ? "; " : "", epoch.epoch(), epoch.seconds(), epoch.meanIou(), epoch.loss(),
                    epoch.validationLoss()));
        }
        EpochRecord bestIou = history.stream().filter(epoch -> !Double.isNaN(epoch.meanIou()))
                .max(Comparator.comparingDouble(EpochRecord::meanIou)).orElse(history.get(0));
        return curve.append(String.format(Locale.ROOT, "; highest IoU %.3f at epoch %d", bestIou.meanIou(),
                bestIou.epoch())).toString();
    }

    // Sprites: opaque figures on a transparent surround, drawn here; "small" is 45×59 px, "large" twice that (at the
    // scenes' largest scale, 1.5, it is 135×177 px in a 200 px scene).
    private static final String[] FIGURES = {
        // a little robot
        "<rect x='4' y='14' width='37' height='40' rx='6' fill='%1$s'/><circle cx='22.5' cy='12' r='10' fill='%2$s'/>"
            + "<rect x='9' y='22' width='27' height='6' fill='%3$s'/><rect x='6' y='50' width='12' height='9' fill='%3$s'/>"
            + "<rect x='27' y='50' width='12' height='9' fill='%3$s'/>",
        // a kite with a tail
        "<polygon points='22.5,2 42,22 22.5,44 3,22' fill='%1$s'/><line x1='22.5' y1='2' x2='22.5' y2='44' stroke='%3$s'"
            + " stroke-width='2'/><path d='M22.5 44 q6 5 0 8 q-6 3 0 7' stroke='%2$s' stroke-width='3' fill='none'/>",
        // a mug
        "<rect x='3' y='10' width='30' height='44' rx='4' fill='%1$s'/><path d='M33 20 h6 a5 5 0 0 1 5 5 v12 a5 5 0 0 1"
            + " -5 5 h-6' stroke='%2$s' stroke-width='5' fill='none'/><rect x='7' y='16' width='22' height='6' fill='%3$s'/>"
    };
    private static final String[][] COLOURS = {{"#8a5a2b", "#d9a066", "#3f6fb5"}, {"#c0392b", "#f1c40f", "#2c3e50"},
        {"#2e8b57", "#eeeeee", "#6a1b9a"}};
    /** Greyish browns some 30–40 levels from the low-contrast background's mean, which is about 125 grey. */
    private static final String[][] MUTED = {{"#5f5749", "#9c9282", "#51493e"}, {"#a0957f", "#625a4c", "#aa9f8a"},
        {"#585246", "#a19886", "#4c463b"}};

    private static List<Sprite> sprites(Row row) {
        List<Sprite> sprites = new ArrayList<>();
        for (int i = 0; i < row.classes(); i++) {
            String[] colours = (row.lowContrast() ? MUTED : COLOURS)[i];
            int scale = row.largeSprite() ? 2 : 1;
            String svg = String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' "
                    + "viewBox='0 0 45 59'>%s</svg>", 45 * scale, 59 * scale,
                    String.format(Locale.ROOT, FIGURES[i], (Object[]) colours));
            String name = new String[] {"robot", "kite", "mug"}[i];
            sprites.add(Sprite.fromBytes(svg.getBytes(StandardCharsets.UTF_8), name + ".svg", name));
        }
        return sprites;
    }

    /**
     * A 640×427 photo-like texture: value noise at four scales per colour channel plus per-pixel grain; the low
     * contrast one keeps its colours in a narrow band of greyish brown.
     */
    static Background background(Row row) {
        int width = 640;
        int height = 427;
        Random random = new Random(row.lowContrast() ? 11 : 5);
        int[][] cells = {{4, 4}, {12, 12}, {40, 40}, {120, 120}};
        double[] weights = {0.5, 0.25, 0.15, 0.1};
        double[][][][] grids = new double[cells.length][3][][];
        for (int octave = 0; octave < cells.length; octave++) {
            for (int channel = 0; channel < 3; channel++) {
                double[][] grid = new double[cells[octave][1] + 2][cells[octave][0] + 2];
                for (double[] line : grid) {
                    for (int i = 0; i < line.length; i++) {
                        line[i] = random.nextDouble();
                    }
                }
                grids[octave][channel] = grid;
            }
        }
        double amplitude = row.lowContrast() ? 50 : 200;
        double base = row.lowContrast() ? 100 : 20;
        double grain = row.lowContrast() ? 6 : 18;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = 0;
                for (int channel = 0; channel < 3; channel++) {
                    double value = 0;
                    for (int octave = 0; octave < cells.length; octave++) {
                        value += weights[octave] * smooth(grids[octave][channel], x * (double) cells[octave][0] / width,
                                y * (double) cells[octave][1] / height);
                    }
                    int level = (int) Math.max(0, Math.min(255, value * amplitude + base + random.nextGaussian() * grain));
                    rgb = rgb << 8 | level;
                }
                image.setRGB(x, y, rgb);
            }
        }
        return Background.fromImage(image, row.lowContrast() ? "low-contrast texture" : "texture");
    }

    private static double smooth(double[][] grid, double x, double y) {
        int column = (int) x;
        int line = (int) y;
        double across = x - column;
        double down = y - line;
        double top = grid[line][column] * (1 - across) + grid[line][column + 1] * across;
        double bottom = grid[line + 1][column] * (1 - across) + grid[line + 1][column + 1] * across;
        return top * (1 - down) + bottom * down;
    }
}
