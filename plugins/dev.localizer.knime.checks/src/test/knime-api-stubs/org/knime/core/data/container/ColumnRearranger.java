package org.knime.core.data.container;
public class ColumnRearranger { public ColumnRearranger(final org.knime.core.data.DataTableSpec original){}
 public final void append(final CellFactory fac){} public final org.knime.core.data.DataTableSpec createSpec(){return null;}
 public final org.knime.core.node.streamable.StreamableFunction createStreamableFunction(){return null;} }
