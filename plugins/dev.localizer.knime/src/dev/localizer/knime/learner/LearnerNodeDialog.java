package dev.localizer.knime.learner;

import javax.swing.JFileChooser;

import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

import dev.localizer.engine.model.Backbone;
import dev.localizer.knime.shared.ColumnKind;
import dev.localizer.knime.shared.ColumnsDialog;

/** Dialog of the Learner; labels match the option names of its description. */
final class LearnerNodeDialog extends ColumnsDialog {

    LearnerNodeDialog() {
        LearnerNodeSettings settings = new LearnerNodeSettings();
        setDefaultTabTitle("Columns");
        addColumn(settings.m_imageColumn, "Image column", ColumnKind.IMAGE_OR_LOCATION, true);
        addColumn(settings.m_topColumn, "Top column", ColumnKind.NUMBER, true);
        addColumn(settings.m_leftColumn, "Left column", ColumnKind.NUMBER, true);
        addColumn(settings.m_heightColumn, "Height column", ColumnKind.NUMBER, true);
        addColumn(settings.m_widthColumn, "Width column", ColumnKind.NUMBER, true);
        addColumn(settings.m_presentColumn, "Present column", ColumnKind.PRESENCE, true);
        addColumn(settings.m_classColumn, "Class column", ColumnKind.TEXT, false);

        createNewTab("Training");
        createNewGroup("Network");
        addDialogComponent(
            new DialogComponentStringSelection(settings.m_backbone, "Backbone", Backbone.settingNames()));
        DialogComponentFileChooser weights = new DialogComponentFileChooser(settings.m_weightsFile,
            "dev.localizer.knime.learner.weights", JFileChooser.OPEN_DIALOG, ".zip", ".h5");
        weights.setBorderTitle("Weights file");
        addDialogComponent(weights);
        addDialogComponent(new DialogComponentBoolean(settings.m_fineTuneLastBlock, "Fine-tune the last block"));
        addDialogComponent(new DialogComponentNumber(settings.m_inputSize, "Input size", 8));
        addDialogComponent(new DialogComponentStringSelection(settings.m_device, "Device", LearnerNodeSettings.DEVICES));
        closeCurrentGroup();
        createNewGroup("Optimisation");
        setHorizontalPlacement(true);
        addDialogComponent(new DialogComponentNumber(settings.m_epochs, "Epochs", 1));
        addDialogComponent(new DialogComponentNumber(settings.m_batchSize, "Batch size", 8));
        setHorizontalPlacement(false);
        addDialogComponent(new DialogComponentNumber(settings.m_learningRate, "Learning rate", 1e-5));
        setHorizontalPlacement(true);
        addDialogComponent(new DialogComponentNumber(settings.m_boxLossWeight, "Box loss weight", 0.5));
        addDialogComponent(new DialogComponentNumber(settings.m_presenceLossWeight, "Presence loss weight", 0.1));
        setHorizontalPlacement(false);
        addDialogComponent(new DialogComponentNumber(settings.m_validationFraction, "Validation fraction", 0.05));
        addDialogComponent(new DialogComponentBoolean(settings.m_cacheFeatures, "Cache backbone features"));
        addDialogComponent(new DialogComponentBoolean(settings.m_augment, "Augment pictures"));
        addDialogComponent(new DialogComponentNumber(settings.m_timeLimit, "Time limit (minutes)", 5));
        setHorizontalPlacement(true);
        addDialogComponent(
            new DialogComponentNumber(settings.m_earlyStoppingPatience, "Early stopping patience (epochs)", 1));
        addDialogComponent(new DialogComponentNumber(settings.m_minImprovement, "Minimum improvement", 0.001));
        setHorizontalPlacement(false);
        addDialogComponent(new DialogComponentNumber(settings.m_seed, "Seed", 1));
        closeCurrentGroup();
    }
}
