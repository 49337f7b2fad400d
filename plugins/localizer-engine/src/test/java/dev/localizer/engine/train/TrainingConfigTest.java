package dev.localizer.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.localizer.engine.LocalizerException;

class TrainingConfigTest {

    @Test
    void eachBackboneHasItsOwnInputSizeAndLearningRate() {
        TrainingConfig vgg16 = TrainingConfig.defaults(TrainingConfig.VGG16);
        assertEquals(TrainingConfig.VGG16, vgg16.backbone());
        assertEquals(200, vgg16.inputSize());
        assertEquals(1e-4, vgg16.learningRate());

        TrainingConfig compact = TrainingConfig.defaults("compact");
        assertEquals(96, compact.inputSize());
        assertEquals(2e-3, compact.learningRate());
        assertEquals(compact, TrainingConfig.defaults());
    }

    @Test
    void apartFromThoseTheBackbonesShareTheirDefaults() {
        TrainingConfig compact = TrainingConfig.defaults();
        TrainingConfig vgg16 = TrainingConfig.defaults(TrainingConfig.VGG16);
        assertEquals(compact.withBackbone(TrainingConfig.VGG16).withInputSize(200).withLearningRate(1e-4), vgg16);
    }

    @Test
    void anUnknownBackboneIsRefusedByName() {
        LocalizerException error = assertThrows(LocalizerException.class, () -> TrainingConfig.defaults("resnet"));
        assertTrue(error.getMessage().contains("'resnet'"), error.getMessage());
    }
}
