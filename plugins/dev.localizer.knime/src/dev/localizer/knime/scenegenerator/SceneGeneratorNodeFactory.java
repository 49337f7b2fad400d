package dev.localizer.knime.scenegenerator;

import org.knime.core.node.NodeDialogPane;

import dev.localizer.knime.shared.DialogNodeFactory;

/** The Scene Generator node. */
public final class SceneGeneratorNodeFactory extends DialogNodeFactory<SceneGeneratorNodeModel> {

    @Override
    public SceneGeneratorNodeModel createNodeModel() {
        return new SceneGeneratorNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new SceneGeneratorNodeDialog();
    }
}
