package dev.localizer.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.List;

import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.model.Backbone;

class TrainingConfigTest {

    @Test
    void eachBackboneHasItsOwnInputSizeAndLearningRate() {
        TrainingConfig vgg16 = TrainingConfig.builder(Backbone.VGG16).build();
        assertEquals(Backbone.VGG16, vgg16.backbone());
        assertEquals(200, vgg16.inputSize());
        assertEquals(1e-4, vgg16.learningRate());

        TrainingConfig compact = TrainingConfig.builder(Backbone.COMPACT).build();
        assertEquals(96, compact.inputSize());
        assertEquals(2e-3, compact.learningRate());
        assertEquals(compact, TrainingConfig.defaults());
    }

    @Test
    void apartFromThoseTheBackbonesShareTheirDefaults() {
        TrainingConfig compact = TrainingConfig.defaults();
        TrainingConfig vgg16 = TrainingConfig.builder(Backbone.VGG16).build();
        assertEquals(compact.toBuilder().backbone(Backbone.VGG16).inputSize(200).learningRate(1e-4).build(), vgg16);
    }

    @Test
    void anUnknownBackboneIsRefusedByNameWithTheChoices() {
        LocalizerException error = assertThrows(LocalizerException.class, () -> Backbone.parse(" ResNet"));
        assertEquals("Unknown backbone 'resnet': use compact or vgg16", error.getMessage());
        assertEquals(Backbone.VGG16, Backbone.parse(" VGG16 "), "case and spaces do not matter, as in old settings");
        assertEquals(List.of("compact", "vgg16"), Backbone.settingNames());
    }

    @Test
    void theMinimumInputSizeIsTheBackbones() {
        assertEquals(16, TrainingConfig.builder().inputSize(16).build().inputSize());
        LocalizerException vgg16 = assertThrows(LocalizerException.class,
                () -> TrainingConfig.builder(Backbone.VGG16).inputSize(31).build());
        assertEquals("The input size must be at least 32, got 31", vgg16.getMessage());
    }

    @Test
    void zeroEpochsWithoutATimeBudgetAreRefusedWhenBuilt() {
        LocalizerException error = assertThrows(LocalizerException.class,
                () -> TrainingConfig.builder().epochs(TrainingConfig.UNTIL_BUDGET).build());
        assertTrue(error.getMessage().startsWith("Training until the time budget (0 epochs) needs a time budget"),
                error.getMessage());
        assertEquals(TrainingConfig.UNTIL_BUDGET, TrainingConfig.builder().epochs(TrainingConfig.UNTIL_BUDGET)
                .maxTime(java.time.Duration.ofMinutes(1)).build().epochs());
    }
}
