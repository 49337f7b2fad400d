package org.knime.core.node;
public final class BufferedDataTable implements org.knime.core.data.DataTable, org.knime.core.node.port.PortObject {
 public static final org.knime.core.node.port.PortType TYPE = null; public static final org.knime.core.node.port.PortType TYPE_OPTIONAL = null;
 public org.knime.core.data.DataTableSpec getDataTableSpec(){return null;} public org.knime.core.data.DataTableSpec getSpec(){return null;}
 public org.knime.core.data.container.CloseableRowIterator iterator(){return null;} public long size(){return 0;}
 public String getSummary(){return null;} public javax.swing.JComponent[] getViews(){return null;} }
