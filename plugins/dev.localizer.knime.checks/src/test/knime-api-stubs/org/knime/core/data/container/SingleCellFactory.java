package org.knime.core.data.container;
public abstract class SingleCellFactory implements CellFactory { private final org.knime.core.data.DataColumnSpec m_spec;
 public SingleCellFactory(final org.knime.core.data.DataColumnSpec newColSpec){ m_spec = newColSpec; }
 public org.knime.core.data.DataCell getCell(final org.knime.core.data.DataRow row){ throw new UnsupportedOperationException("getCell"); }
 public final org.knime.core.data.DataCell[] getCells(final org.knime.core.data.DataRow row){ return new org.knime.core.data.DataCell[]{getCell(row)}; }
 public org.knime.core.data.DataColumnSpec[] getColumnSpecs(){ return new org.knime.core.data.DataColumnSpec[]{m_spec}; } }
