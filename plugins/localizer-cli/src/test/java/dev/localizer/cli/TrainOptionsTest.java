package dev.localizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import dev.localizer.engine.model.Backbone;
import dev.localizer.engine.train.EarlyStopping;
import dev.localizer.engine.train.TrainingConfig;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** What the train options hand the trainer. */
class TrainOptionsTest {

    @Test
    void eachBackboneStartsFromTheEnginesDefaultsForIt() {
        assertEquals(TrainingConfig.builder(Backbone.VGG16).seed(7).build(),
                config("--backbone", "vgg16"));
        assertEquals(TrainingConfig.builder().seed(7).build(), config());
    }

    @Test
    void earlyStoppingTakesThePatienceAndTheMinimumImprovement() {
        assertEquals(EarlyStopping.OFF, config().earlyStopping());
        assertEquals(new EarlyStopping(3, 0), config("--early-stopping-patience", "3").earlyStopping());
        assertEquals(new EarlyStopping(3, 0.01),
                config("--early-stopping-patience", "3", "--min-improvement", "0.01").earlyStopping());
    }

    @Test
    void aTimeBudgetWithoutEpochsTrainsUntilTheBudget() {
        TrainingConfig budget = config("--max-minutes", "10");
        assertEquals(TrainingConfig.UNTIL_BUDGET, budget.epochs());
        assertEquals(EarlyStopping.UNTIL_BUDGET, budget.stoppingInEffect());
        assertEquals(20, config("--max-minutes", "10", "--epochs", "20").epochs());
        assertEquals(EarlyStopping.OFF, config("--max-minutes", "10", "--epochs", "20").stoppingInEffect());
        assertEquals(new EarlyStopping(3, 0),
                config("--max-minutes", "10", "--early-stopping-patience", "3").stoppingInEffect());
    }

    @Test
    void augmentationIsOnUnlessSwitchedOff() {
        assertEquals(true, config().augment());
        assertEquals(false, config("--no-augment").augment());
    }

    @Test
    void aMinimumImprovementWithoutPatienceOrANegativeOneIsAUsageError() {
        ParameterException alone = assertThrows(ParameterException.class, () -> config("--min-improvement", "0.01"));
        assertEquals("--min-improvement says when an epoch counts for early stopping: use it with "
                + "--early-stopping-patience", alone.getMessage());
        ParameterException negative = assertThrows(ParameterException.class,
                () -> config("--early-stopping-patience", "2", "--min-improvement", "-1"));
        assertEquals("--early-stopping-patience 2 --min-improvement -1.0: The minimum improvement for early stopping "
                + "must be 0 or more, got -1.0; e.g. 0.001", negative.getMessage());
    }

    private static TrainingConfig config(String... options) {
        TrainCommand command = new TrainCommand();
        String[] arguments = new String[options.length + 2];
        arguments[0] = "--out";
        arguments[1] = "model.zip";
        System.arraycopy(options, 0, arguments, 2, options.length);
        // as Main.commandLine sets it up for every command
        new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(arguments);
        return command.training.toConfig(7, command);
    }
}
