package dev.localizer.knime.renderer;

import org.knime.core.node.NodeDialogPane;

import dev.localizer.knime.shared.DialogNodeFactory;

/** The Box Renderer node. */
public final class BoxRendererNodeFactory extends DialogNodeFactory<BoxRendererNodeModel> {

    @Override
    public BoxRendererNodeModel createNodeModel() {
        return new BoxRendererNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new BoxRendererNodeDialog();
    }
}
