package dev.localizer.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.localizer.engine.Box;
import dev.localizer.engine.CancelledException;
import dev.localizer.engine.Label;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.Progress;
import dev.localizer.engine.RecordingProgress;
import dev.localizer.engine.TestScenes;
import dev.localizer.engine.backend.Device;
import dev.localizer.engine.loss.LossWeights;
import dev.localizer.engine.model.Backbone;
import dev.localizer.engine.model.LocalizerModel;
import dev.localizer.engine.model.vgg16.Vgg16Architecture;
import dev.localizer.engine.model.vgg16.Vgg16LayerBlocks;
import dev.localizer.engine.model.vgg16.Vgg16Weights;
import dev.localizer.engine.scene.Scene;

class TrainerTest {

    private static final TrainingConfig TINY = TrainingConfig.defaults()
            .toBuilder().inputSize(32).batchSize(16).stepsPerEpoch(6).epochs(3).learningRate(3e-3)
            .validationFraction(0.25).device(Device.CPU).seed(9).build();

    @Test
    void lossGoesDownAndEveryEpochIsRecorded() {
        TestScenes scenes = new TestScenes(1, 32, 1);
        List<String> messages = new ArrayList<>();

        TrainingResult result = new Trainer(TINY.toBuilder().epochs(4).build()).train(TrainingData.generated(scenes, scenes.classNames()),
                (fraction, message) -> messages.add(message));

        List<EpochRecord> history = result.history();
        assertEquals(4, history.size());
        assertTrue(history.get(3).loss() < history.get(0).loss(), history.toString());
        assertTrue(history.get(3).validationLoss() < history.get(0).validationLoss(), history.toString());
        assertTrue(messages.stream().anyMatch(m -> m.matches("epoch 2/4, batch 3/6, loss \\d+\\.\\d{3}")), messages.toString());
        assertEquals(Trainer.COMPLETED, result.stopReason());
        assertEquals(4 * 6 * 16, result.model().manifest().training().images());
        assertTrue(result.model().manifest().training().mirroredImages(), "random flips are on by default");
        assertEquals("CPU", result.backend().backend());
        assertEquals(List.of(), result.warnings(), "a healthy run has nothing to warn about");
    }

    @Test
    void aLearningRateFarTooHighIsReportedAsACollapseWithWhatToDo() {
        TestScenes scenes = new TestScenes(11, 32, 1);
        List<String> messages = new ArrayList<>();

        TrainingResult result = new Trainer(TINY.toBuilder().epochs(4).learningRate(0.9).build())
                .train(TrainingData.generated(scenes, scenes.classNames()), (fraction, message) -> messages.add(message));

        assertEquals(1, result.warnings().size(), result.history().toString());
        String warning = result.warnings().get(0);
        assertTrue(warning.startsWith("Training collapsed") || warning.startsWith("Training is not learning"), warning);
        assertTrue(warning.contains("Lower the learning rate (now 0.9)"), warning);
        assertTrue(messages.contains(warning), "the progress reports it when it happens");
    }

    @Test
    void sameSeedTrainsTheSameModel() {
        List<Scene> scenes = new TestScenes(4, 40, 3).take(48);

        TrainingResult first = new Trainer(TINY.toBuilder().epochs(2).build()).train(TrainingData.of(scenes), Progress.NONE);
        TrainingResult second = new Trainer(TINY.toBuilder().epochs(2).build()).train(TrainingData.of(scenes), Progress.NONE);

        assertEquals(first.history().stream().map(EpochRecord::loss).toList(),
                second.history().stream().map(EpochRecord::loss).toList());
        assertEquals(first.model().network().params(), second.model().network().params());
        assertEquals(TestScenes.CLASSES, first.model().classNames());
        assertFalse(new Trainer(TINY.toBuilder().epochs(1).augment(false).build()).train(TrainingData.of(scenes), Progress.NONE)
                .model().manifest().training().mirroredImages(), "without random flips the model says so");
    }

    @Test
    void cancellingStopsWithinOneBatch() {
        TestScenes scenes = new TestScenes(5, 32, 1);
        RecordingProgress cancelAfterTwoSteps = RecordingProgress.cancellingAfter(2);

        assertThrows(CancelledException.class,
                () -> new Trainer(TINY).train(TrainingData.generated(scenes, scenes.classNames()), cancelAfterTwoSteps));
        assertEquals(2, cancelAfterTwoSteps.messages().size(), cancelAfterTwoSteps.messages().toString());
    }

    @Test
    void overflowingLossStopsWithAClearError() {
        TestScenes scenes = new TestScenes(6, 32, 1);
        TrainingConfig absurd = TINY.toBuilder().lossWeights(new LossWeights(3, 1e39, 1)).build();

        LocalizerException error = assertThrows(LocalizerException.class,
                () -> new Trainer(absurd).train(TrainingData.generated(scenes, scenes.classNames()), Progress.NONE));

        assertTrue(error.getMessage().startsWith("Training diverged at epoch 1, batch 1"), error.getMessage());
        assertTrue(error.getMessage().contains("Lower the learning rate"), error.getMessage());
    }

    @Test
    void timeBudgetEndsTrainingWithAModel() {
        TestScenes scenes = new TestScenes(7, 32, 1);

        TrainingResult result = new Trainer(TINY.toBuilder().epochs(1000).maxTime(Duration.ofMillis(1)).build())
                .train(TrainingData.generated(scenes, scenes.classNames()), Progress.NONE);

        assertEquals(Trainer.TIME_BUDGET, result.stopReason());
        assertEquals(1, result.history().size(), "the budget ends training after its first step: " + result.history());
        assertEquals(1, result.model().manifest().training().epochs(), "the model was trained");
    }

    @Test
    void trainingThatNoLongerImprovesStopsEarlyAfterThePatienceAndNotBefore() {
        // at a learning rate of 1e-9 the validation loss stays within far less than 0.01 of epoch 1's: a plateau
        TrainingConfig plateau = TINY.toBuilder().epochs(8).learningRate(1e-9).build();
        List<Scene> scenes = new TestScenes(6, 32, 1).take(32);

        TrainingResult stopped = new Trainer(plateau.toBuilder().earlyStopping(new EarlyStopping(2, 0.01)).build())
                .train(TrainingData.of(scenes), Progress.NONE);
        TrainingResult later = new Trainer(plateau.toBuilder().earlyStopping(new EarlyStopping(4, 0.01)).build())
                .train(TrainingData.of(scenes), Progress.NONE);
        TrainingResult off = new Trainer(plateau.toBuilder().epochs(4).build()).train(TrainingData.of(scenes), Progress.NONE);

        assertEquals(Trainer.EARLY_STOPPING, stopped.stopReason());
        assertEquals(3, stopped.history().size(), stopped.history().toString());
        assertEquals(Trainer.EARLY_STOPPING, later.stopReason());
        assertEquals(5, later.history().size(), later.history().toString());
        assertEquals(Trainer.COMPLETED, off.stopReason());
        assertEquals(4, off.history().size());
        assertEquals(3, stopped.model().manifest().training().epochs(), "the summary counts the epochs trained");
    }

    @Test
    void trainingUntilTheBudgetStopsWhenTenEpochsBringNoImprovementAfterFinishingItsSchedule() {
        List<Scene> scenes = new TestScenes(6, 32, 1).take(32);
        TrainingConfig untilBudget = TINY.toBuilder().epochs(TrainingConfig.UNTIL_BUDGET).learningRate(1e-9)
                .maxTime(Duration.ofSeconds(40)).build();
        List<String> messages = new ArrayList<>();

        TrainingResult result = new Trainer(untilBudget).train(TrainingData.of(scenes), (fraction, message) -> messages.add(message));

        assertEquals(Trainer.EARLY_STOPPING, result.stopReason());
        assertTrue(result.history().size() >= 21, "ten epochs without improvement, then ten of cool-down: "
                + result.history());
        double secondsTrained = result.history().get(result.history().size() - 1).seconds();
        assertTrue(secondsTrained >= 10, "the ten epochs span a quarter of the budget: " + secondsTrained);
        // a quarter into the budget the planned rate is still 85 % of 1e-9; the cool-down ends it at 2 %
        double finalRate = result.model().network().getLearningRate("head");
        assertTrue(finalRate < 0.03e-9, "the schedule was finished before stopping: " + finalRate);
        assertTrue(messages.stream().anyMatch(m -> m.matches("validation stopped improving at epoch \\d+: "
                + "finishing the learning-rate schedule over 10 more epochs, then stopping")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.matches("epoch 3, batch 2/6, loss \\d+\\.\\d{3}")), messages.toString());
        assertThrows(LocalizerException.class, () -> new Trainer(TINY.toBuilder().epochs(TrainingConfig.UNTIL_BUDGET).build()),
                "without a budget nothing would end training");
    }

    @Test
    void validationScenesOfTheirOwnAreUsedInsteadOfAShareOfTheTrainingScenes() {
        List<Scene> scenes = new TestScenes(7, 32, 1).take(40);
        TrainingConfig noShare = TINY.toBuilder().epochs(1).validationFraction(0).build();

        TrainingResult split = new Trainer(noShare)
                .train(TrainingData.of(scenes.subList(0, 30), scenes.subList(30, 40)), Progress.NONE);
        TrainingResult unsplit = new Trainer(noShare).train(TrainingData.of(scenes.subList(0, 30)), Progress.NONE);

        assertTrue(Double.isFinite(split.history().get(0).validationLoss()), split.history().toString());
        assertTrue(Double.isNaN(unsplit.history().get(0).validationLoss()), "no share held out, nothing validated");
        assertThrows(LocalizerException.class, () -> TrainingData.of(scenes, List.of()));
    }

    @Test
    void aSavedModelTrainsOnFromWhereItStopped(@TempDir Path folder) throws IOException {
        List<Scene> scenes = new TestScenes(8, 32, 1).take(48);
        TrainingConfig config = TINY.toBuilder().epochs(2).build();
        TrainingResult first = new Trainer(config).train(TrainingData.of(scenes), Progress.NONE);
        Path file = folder.resolve("model.zip");
        first.model().save(file);

        TrainingResult continued = new Trainer(config.toBuilder().epochs(1).learningRate(1e-9).build())
                .continueTraining(LocalizerModel.load(file), TrainingData.of(scenes), Progress.NONE);
        TrainingResult fresh = new Trainer(config.toBuilder().epochs(1).learningRate(1e-9).build())
                .train(TrainingData.of(scenes), Progress.NONE);

        // at a learning rate too small to move the weights, a fresh model stays as untrained as it started
        assertTrue(continued.history().get(0).validationLoss() < fresh.history().get(0).validationLoss() - 0.01,
                continued.history() + " against a fresh model's " + fresh.history());
        assertEquals(first.model().classNames(), continued.model().classNames());
    }

    @Test
    void aModelTrainsOnOnlyWithItsBackboneAndClasses() {
        List<Scene> threeClasses = new TestScenes(9, 32, 3).take(24);
        LocalizerModel model = new Trainer(TINY.toBuilder().epochs(1).build()).train(TrainingData.of(threeClasses), Progress.NONE)
                .model();

        LocalizerException backbone = assertThrows(LocalizerException.class, () -> new Trainer(
                TINY.toBuilder().backbone(Backbone.VGG16).build()).continueTraining(model, TrainingData.of(threeClasses),
                Progress.NONE));
        assertTrue(backbone.getMessage().startsWith("The model to train further has the compact backbone, but the "
                + "settings say vgg16"), backbone.getMessage());
        List<Scene> otherClass = threeClasses.stream().map(scene -> scene.label().present()
                ? new Scene(scene.image(), Label.of(scene.label().box(), "zebra")) : scene).toList();
        LocalizerException classes = assertThrows(LocalizerException.class, () -> new Trainer(TINY)
                .continueTraining(model, TrainingData.of(otherClass), Progress.NONE));
        assertTrue(classes.getMessage().contains("also have [zebra]"), classes.getMessage());
    }

    @Test
    void vgg16HeadTrainsOnCachedFeaturesOfAWeightsFileTheUserNamed(@TempDir Path folder) throws IOException {
        Path file = vgg16WeightsFile(folder);
        TestScenes scenes = new TestScenes(10, 48, 1);

        TrainingResult result = new Trainer(TINY.toBuilder().backbone(Backbone.VGG16).weightsFile(file).epochs(2)
                .stepsPerEpoch(0).learningRate(1e-3).build()).train(TrainingData.of(scenes.take(40)), Progress.NONE);

        assertEquals(2, result.history().size());
        assertTrue(result.model().pretrainedBase().isPresent());
        assertEquals(Backbone.VGG16, result.model().manifest().backbone());
        assertTrue(Double.isFinite(result.history().get(1).validationLoss()), result.history().toString());
        assertFalse(result.model().manifest().training().mirroredImages(), "cached features are never mirrored");
    }

    @Test
    void vgg16WithTheLastBlockFineTunedTrainsAndSavesIt(@TempDir Path folder) throws IOException {
        Path file = vgg16WeightsFile(folder);
        TestScenes scenes = new TestScenes(14, 48, 1);

        TrainingResult result = new Trainer(TINY.toBuilder().backbone(Backbone.VGG16).weightsFile(file).epochs(1)
                .stepsPerEpoch(2).learningRate(1e-4).fineTuneLastBlock(true).build())
                .train(TrainingData.of(scenes.take(40)), Progress.NONE);

        assertTrue(result.model().manifest().lastBlockFineTuned());
        assertTrue(result.model().network().getLayer("block5_conv1") != null, "block 5 is part of the network");
        assertTrue(Double.isFinite(result.history().get(0).validationLoss()), result.history().toString());
    }

    /** A DL4J network of the whole VGG16 base with random weights, saved as a weights file a user could name. */
    private static Path vgg16WeightsFile(Path folder) throws IOException {
        Vgg16Weights weights = Vgg16Weights.random(Vgg16Architecture.STANDARD, 4);
        ComputationGraphConfiguration.GraphBuilder graph = new NeuralNetConfiguration.Builder().graphBuilder()
                .addInputs("image").setInputTypes(InputType.convolutional(32, 32, 3));
        Vgg16LayerBlocks blocks = new Vgg16LayerBlocks(weights, 1, 5);
        graph.setOutputs(blocks.appendTo(graph, "image"));
        ComputationGraph base = new ComputationGraph(graph.build());
        base.init();
        blocks.copyWeightsInto(base);
        Path file = folder.resolve("vgg16.zip");
        ModelSerializer.writeModel(base, file.toFile(), false);
        return file;
    }

    @Test
    void vgg16WithoutWeightsSaysWhichFileToGetOrToUseCompact(@TempDir Path folder) {
        TestScenes scenes = new TestScenes(11, 32, 1);
        TrainingConfig config = TINY.toBuilder().backbone(Backbone.VGG16).weightsFile(folder.resolve("missing.h5")).build();

        LocalizerException error = assertThrows(LocalizerException.class,
                () -> new Trainer(config).train(TrainingData.of(scenes.take(8)), Progress.NONE));

        assertTrue(error.getMessage().contains("missing.h5"), error.getMessage());
        assertTrue(error.getMessage().contains("compact backbone"), error.getMessage());
    }

    @Test
    void flippingMirrorsImageAndBox() {
        Scene scene = new TestScenes(8, 32, 1).take(10).stream().filter(each -> each.label().present()).findFirst().orElseThrow();

        Scene flipped = Augmentation.flipHorizontally(scene);

        Box box = scene.label().box();
        assertEquals(new Box(box.top(), 32 - box.left() - box.width(), box.height(), box.width()), flipped.label().box());
        assertMirrored(scene.image(), flipped.image());

        BufferedImage bgr = new BufferedImage(32, 32,
                BufferedImage.TYPE_3BYTE_BGR);
        bgr.createGraphics().drawImage(scene.image(), 0, 0, null);
        assertMirrored(bgr, Augmentation.flipHorizontally(new Scene(bgr, Label.of(box, scene.label().className()))).image());
    }

    private static void assertMirrored(BufferedImage image, BufferedImage mirrored) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertEquals(image.getRGB(x, y), mirrored.getRGB(image.getWidth() - 1 - x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void unknownClassesAndEmptyDataAreRefused() {
        assertThrows(LocalizerException.class, () -> TrainingData.of(List.of()));
        LocalizerException error = assertThrows(LocalizerException.class,
                () -> new SceneEncoder(dev.localizer.engine.model.LocalizerModel.createCompact(new dev.localizer.engine.model.InputEncoding(16, 16, false), List.of("cat"), LossWeights.DEFAULT, 1, 1e-3), List.of("cat"))
                        .encode(new TestScenes(9, 32, 3).take(20).stream().map(SceneView::of).toList()));
        assertTrue(error.getMessage().contains("not one of the model's classes [cat]"), error.getMessage());
    }

    @Test
    void missingVgg16WeightsAreExplainedOnce(@TempDir final Path cache) {
        java.io.File directory = org.deeplearning4j.common.resources.DL4JResources.getBaseDirectory();
        String url = org.deeplearning4j.common.resources.DL4JResources.getBaseDownloadURL();
        try {
            org.deeplearning4j.common.resources.DL4JResources.setBaseDirectory(cache.toFile());
            // Nothing listens on the discard port of this machine: the download fails at once.
            org.deeplearning4j.common.resources.DL4JResources.setBaseDownloadURL("http://127.0.0.1:9/");
            TrainingConfig config = TrainingConfig.builder().backbone(Backbone.VGG16).inputSize(32)
                    .epochs(1).stepsPerEpoch(1).batchSize(2).device(Device.CPU).build();
            TrainingData data = TrainingData.of(new TestScenes(1, 32, 1).take(4));
            String message = assertThrows(LocalizerException.class, () -> new Trainer(config).train(data, Progress.NONE))
                    .getMessage();
            assertTrue(message.startsWith("The VGG16 ImageNet weights are not at " + cache), message);
            assertEquals(1, message.split("compact", -1).length - 1, "the compact backbone is named once: " + message);
        } finally {
            org.deeplearning4j.common.resources.DL4JResources.setBaseDirectory(directory);
            org.deeplearning4j.common.resources.DL4JResources.setBaseDownloadURL(url);
        }
    }
}
