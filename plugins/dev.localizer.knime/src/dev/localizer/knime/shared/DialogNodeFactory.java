package dev.localizer.knime.shared;

import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeView;

/**
 * What all Localizer node factories share: a dialog and no node views (results are tables and the model port's
 * own view). The description of each node is the XML file named like its factory, beside it.
 */
public abstract class DialogNodeFactory<T extends NodeModel> extends NodeFactory<T> {

    @Override
    protected final int getNrNodeViews() {
        return 0;
    }

    @Override
    public final NodeView<T> createNodeView(final int viewIndex, final T nodeModel) {
        throw new IndexOutOfBoundsException("The Localizer nodes have no node views, asked for view " + viewIndex);
    }

    @Override
    protected final boolean hasDialog() {
        return true;
    }
}
