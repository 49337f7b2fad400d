package dev.localizer.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.model.Backbone;

class TrainingMemoryTest {

    private static final long EIGHT_GB = 8_000_000_000L;

    @Test
    void theDefaultsFitEasily() {
        TrainingMemory.check(TrainingConfig.defaults(), 1_000_000_000L);
        TrainingMemory.check(TrainingConfig.builder().backbone(Backbone.VGG16).inputSize(200).build(),
                2_000_000_000L);
    }

    @Test
    void aHugeBatchIsRefusedWithWhatFits() {
        TrainingConfig config = TrainingConfig.builder().batchSize(100_000).build();
        String message = assertThrows(LocalizerException.class, () -> TrainingMemory.check(config, EIGHT_GB))
                .getMessage();
        assertTrue(message.startsWith("Training compact at input size 96 with batches of 100000 scenes needs about "),
                message);
        assertTrue(message.contains("more than the 8.0 GB this Java may use; at input size 96, batches of up to "),
                message);
        long fitting = Long.parseLong(message.replaceAll(".*batches of up to (\\d+) scenes fit.*", "$1"));
        TrainingMemory.check(config.toBuilder().batchSize((int) fitting).build(), EIGHT_GB);
        assertThrows(LocalizerException.class, () -> TrainingMemory.check(config.toBuilder().batchSize((int) fitting + 1).build(),
                EIGHT_GB));
    }

    @Test
    void aLargeInputIsRefusedWithTheInputSizeThatFits() {
        TrainingConfig config = TrainingConfig.builder().inputSize(1024).batchSize(32).build();
        String message = assertThrows(LocalizerException.class, () -> TrainingMemory.check(config, 500_000_000L))
                .getMessage();
        assertTrue(message.matches(".*batches of 32 fit up to input size \\d+\\. Lower the batch size.*"), message);
    }

    @Test
    void batchesBeyondOneArrayAreRefusedWhateverTheMemory() {
        TrainingConfig config = TrainingConfig.builder().inputSize(1024).batchSize(500).build();
        String message = assertThrows(LocalizerException.class, () -> TrainingMemory.check(config, Long.MAX_VALUE))
                .getMessage();
        assertEquals("A batch of 500 scenes at input size 1024 is more than one array holds (at most 409 scenes at this"
                + " input size); use a smaller batch size", message);
    }

    @Test
    void inputSizesBeyondWhatNetworksTakeAreRefused() {
        assertEquals("The input size must be at most 1024, the largest that networks take, got 4096",
                assertThrows(LocalizerException.class, () -> TrainingConfig.builder().inputSize(4096).build()).getMessage());
        assertThrows(LocalizerException.class,
                () -> TrainingConfig.builder().backbone(Backbone.VGG16).inputSize(16).build());
    }
}
