package org.knime.core.node;
public abstract class NodeView<T extends NodeModel> { }
