package org.knime.core.data.container;
public interface CellFactory { org.knime.core.data.DataCell[] getCells(final org.knime.core.data.DataRow row); org.knime.core.data.DataColumnSpec[] getColumnSpecs(); }
