package dev.localizer.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.localizer.engine.model.Backbone;
import dev.localizer.engine.scene.SceneConfig;
import dev.localizer.engine.train.EarlyStopping;
import dev.localizer.engine.train.TrainingConfig;

/** The defaults that the help texts state are the engine's real defaults. */
class HelpDefaultsTest {

    @Test
    void trainingDefaultsInTheHelpMatchTheTrainer() {
        TrainingConfig defaults = TrainingConfig.defaults();
        String help = CliRun.of("train", "--help").out().replaceAll("\\s+", " ");
        assertStates(help, "Side of the network's square input; scenes are resized to it (default: "
                + defaults.inputSize() + ", with vgg16 " + Backbone.VGG16.defaultInputSize() + ")");
        assertStates(help, "Epochs of training (default: " + defaults.epochs() + "; with --max-minutes and no --epochs,"
                + " training runs until the budget, or until " + EarlyStopping.UNTIL_BUDGET.patience() + " epochs");
        assertStates(help, "(default: " + defaults.stepsPerEpoch() + ")");
        assertStates(help, "Scenes per training step (default: " + defaults.batchSize() + ")");
        assertStates(help, String.format(Locale.ROOT, "(default: %s compact, %s vgg16)",
                number(Backbone.COMPACT.defaultLearningRate()), number(Backbone.VGG16.defaultLearningRate())));
        assertStates(help, "at most 0.5 (default: " + number(defaults.validationFraction()) + ")");
    }

    @Test
    void sceneDefaultsInTheHelpMatchTheGenerator() {
        SceneConfig defaults = SceneConfig.defaults();
        String help = CliRun.of("scenes", "--help").out().replaceAll("\\s+", " ");
        assertStates(help, "(default: the generator's, " + defaults.width() + ")");
        assertStates(help, "Fraction of scenes that contain an object (default: " + number(defaults.presenceProbability()) + ")");
        assertStates(help, "(default: " + number(defaults.minScale()) + "," + number(defaults.maxScale()) + ")");
        assertStates(help, "Probability that a sprite is mirrored (default: " + number(defaults.flipProbability()) + ")");
        assertStates(help, "(default: " + defaults.boxConvention().settingName() + ")");
    }

    private static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static void assertStates(String help, String text) {
        assertTrue(help.contains(text), "help states '" + text + "':\n" + help);
    }
}
