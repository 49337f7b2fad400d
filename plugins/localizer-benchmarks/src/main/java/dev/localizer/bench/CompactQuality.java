package dev.localizer.bench;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import dev.localizer.engine.Label;
import dev.localizer.engine.Prediction;
import dev.localizer.engine.Progress;
import dev.localizer.engine.loss.LocalizerLoss;
import dev.localizer.engine.metrics.Metrics;
import dev.localizer.engine.model.LocalizerModel;
import dev.localizer.engine.predict.Predictor;
import dev.localizer.engine.scene.Scene;
import dev.localizer.engine.scene.SceneConfig;
import dev.localizer.engine.scene.SceneGenerator;
import dev.localizer.engine.train.EpochRecord;
import dev.localizer.engine.train.Trainer;
import dev.localizer.engine.train.TrainingConfig;
import dev.localizer.engine.train.TrainingData;
import dev.localizer.engine.train.TrainingResult;

/**
 * Quality bar of the compact backbone: trains on fresh default-asset scenes within a time budget, then scores
 * fresh held-out scenes (another seed) and prints the figures next to the bar.
 *
 * <p>Arguments: {@code classes minutes [batch] [learningRate] [inputSize] [testScenes]}; classes is 1 (the first
 * default sprite only) or 3 (all default sprites).
 */
public final class CompactQuality {

    private static final long TRAINING_SEED = 1;
    private static final long TEST_SEED = 20_261_125;

    private CompactQuality() {
    }

    public static void main(String[] args) {
        int classes = Integer.parseInt(args[0]);
        double minutes = Double.parseDouble(args[1]);
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        double learningRate = args.length > 3 ? Double.parseDouble(args[3]) : 2e-3;
        int inputSize = args.length > 4 ? Integer.parseInt(args[4]) : 96;
        int testScenes = args.length > 5 ? Integer.parseInt(args[5]) : 500;

        SceneConfig scenes = SceneConfig.defaults();
        if (classes == 1) {
            scenes = scenes.toBuilder().sprites(List.of(scenes.sprites().get(0))).build();
        }
        List<String> classNames = scenes.sprites().stream().map(s -> s.className()).distinct().sorted().toList();
        SceneGenerator training = new SceneGenerator(scenes.toBuilder().seed(TRAINING_SEED).build());
        Supplier<Scene> fresh = new Supplier<>() {
            private long next;

            @Override
            public Scene get() {
                return training.generate(next++);
            }
        };
        TrainingConfig config = TrainingConfig.builder().inputSize(inputSize).batchSize(batch)
                .stepsPerEpoch(100).epochs(10_000).learningRate(learningRate).validationFraction(0.05)
                .maxTime(Duration.ofMillis((long) (minutes * 60_000))).build();
        System.out.printf(Locale.ROOT, "quality: compact %d×%d, %d class(es) %s, batch %d, lr %s, budget %.1f min%n",
                inputSize, inputSize, classNames.size(), classNames, batch, learningRate, minutes);
        long start = System.nanoTime();
        TrainingResult result = new Trainer(config).train(TrainingData.generated(fresh, classNames), (fraction, message) -> {
            if (message.contains("done")) {
                System.out.println("  " + message);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println("backend: " + result.backend().describe());
        EpochRecord last = result.history().get(result.history().size() - 1);
        long images = result.model().manifest().training().images();
        double cpuSeconds = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        System.out.printf(Locale.ROOT, "trained %d images in %.0f s (%.1f images/s incl. validation and scene making), "
                + "%d epochs, stop: %s; process CPU time %.0f s of the %.0f s that 2 idle cores would give%n",
                images, seconds, images / seconds, last.epoch(), result.stopReason(), cpuSeconds, 2 * seconds);

        List<Scene> test = new SceneGenerator(scenes.toBuilder().seed(TEST_SEED).build()).generate(testScenes, 0,
                Progress.NONE);
        score(result.model(), test, classNames);
    }

    private static void score(LocalizerModel model, List<Scene> test, List<String> classNames) {
        List<Label> truth = test.stream().map(Scene::label).toList();
        List<BufferedImage> images = test.stream().map(Scene::image).toList();
        Predictor predictor = new Predictor(model);
        List<Prediction> asIs = predictor.withMirrorAveraging(false).predict(images, Progress.NONE);
        Metrics metrics = Metrics.of(truth, asIs);
        if (predictor.mirrorAveraging()) {
            System.out.printf(Locale.ROOT, "each scene predicted as it is: mean IoU %.3f; below: averaged with its "
                    + "mirror image (the model was trained on mirrored scenes)%n", metrics.meanIou());
            metrics = Metrics.of(truth, predictor.predict(images, Progress.NONE));
        }
        List<int[]> sizes = test.stream().map(Scene::size).toList();
        double loss = LocalizerLoss.reference(truth, asIs, sizes, model.manifest().lossWeights());
        double floor = LocalizerLoss.floor(truth, sizes, model.manifest().lossWeights());
        boolean oneClass = classNames.size() == 1;
        double iouBar = oneClass ? 0.90 : 0.85;
        System.out.printf(Locale.ROOT, "held-out %d scenes: detection accuracy %.2f%% (bar 99%%) %s, mean IoU %.3f (bar %.2f) %s%n",
                metrics.images(), 100 * metrics.detectionAccuracy(), verdict(metrics.detectionAccuracy() >= 0.99),
                metrics.meanIou(), iouBar, verdict(metrics.meanIou() >= iouBar));
        if (!oneClass) {
            System.out.printf(Locale.ROOT, "class accuracy %.2f%% (bar 99%%) %s%n", 100 * metrics.classAccuracy(),
                    verdict(metrics.classAccuracy() >= 0.99));
        }
        System.out.printf(Locale.ROOT, "precision %.3f, recall %.3f, F1 %.3f; reference loss %.4f, floor %.4f (gap %.4f)%n",
                metrics.precision(), metrics.recall(), metrics.f1(), loss, floor, loss - floor);
    }

    private static String verdict(boolean met) {
        return met ? "MET" : "NOT MET";
    }
}
