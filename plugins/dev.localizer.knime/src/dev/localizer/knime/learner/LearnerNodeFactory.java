package dev.localizer.knime.learner;

import org.knime.core.node.NodeDialogPane;

import dev.localizer.knime.shared.DialogNodeFactory;

/** The VGG16 Localizer Learner node. */
public final class LearnerNodeFactory extends DialogNodeFactory<LearnerNodeModel> {

    @Override
    public LearnerNodeModel createNodeModel() {
        return new LearnerNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new LearnerNodeDialog();
    }
}
