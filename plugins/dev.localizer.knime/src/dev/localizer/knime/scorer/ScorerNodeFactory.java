package dev.localizer.knime.scorer;

import org.knime.core.node.NodeDialogPane;

import dev.localizer.knime.shared.DialogNodeFactory;

/** The Localizer Scorer node. */
public final class ScorerNodeFactory extends DialogNodeFactory<ScorerNodeModel> {

    @Override
    public ScorerNodeModel createNodeModel() {
        return new ScorerNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new ScorerNodeDialog();
    }
}
