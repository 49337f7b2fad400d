package dev.localizer.knime.port;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

import dev.localizer.engine.train.EpochRecord;

/**
 * The losses per epoch of the training that made a model, for the model port's chart: training and validation loss
 * (NaN: none that epoch) and the validation scenes' loss floor (NaN when unknown).
 */
public record LossHistory(double[] training, double[] validation, double validationFloor) {

    /** For a model port saved before it kept its history. */
    public static final LossHistory NONE = new LossHistory(new double[0], new double[0], Double.NaN);

    private static final String CFG_TRAINING = "training_loss";

    private static final String CFG_VALIDATION = "validation_loss";

    private static final String CFG_FLOOR = "validation_floor";

    public LossHistory {
        training = training.clone();
        validation = validation.clone();
    }

    public static LossHistory of(final List<EpochRecord> history, final double validationFloor) {
        return new LossHistory(history.stream().mapToDouble(EpochRecord::loss).toArray(),
            history.stream().mapToDouble(EpochRecord::validationLoss).toArray(), validationFloor);
    }

    @Override
    public double[] training() {
        return training.clone();
    }

    @Override
    public double[] validation() {
        return validation.clone();
    }

    public boolean isEmpty() {
        return training.length == 0;
    }

    void saveTo(final ModelContentWO content) {
        content.addDoubleArray(CFG_TRAINING, training);
        content.addDoubleArray(CFG_VALIDATION, validation);
        content.addDouble(CFG_FLOOR, validationFloor);
    }

    /** What {@link #saveTo} wrote, or {@link #NONE} for content from before the history was kept. */
    static LossHistory loadFrom(final ModelContentRO content) throws InvalidSettingsException {
        if (!content.containsKey(CFG_TRAINING)) {
            return NONE;
        }
        return new LossHistory(content.getDoubleArray(CFG_TRAINING), content.getDoubleArray(CFG_VALIDATION),
            content.getDouble(CFG_FLOOR));
    }
}
