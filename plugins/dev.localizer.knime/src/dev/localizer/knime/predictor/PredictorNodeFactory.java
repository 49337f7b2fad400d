package dev.localizer.knime.predictor;

import org.knime.core.node.NodeDialogPane;

import dev.localizer.knime.shared.DialogNodeFactory;

/** The Localizer Predictor node. */
public final class PredictorNodeFactory extends DialogNodeFactory<PredictorNodeModel> {

    @Override
    public PredictorNodeModel createNodeModel() {
        return new PredictorNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new PredictorNodeDialog();
    }
}
