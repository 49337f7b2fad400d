package org.knime.core.data.def;
public final class DoubleCell extends org.knime.core.data.DataCell implements org.knime.core.data.DoubleValue { public static final org.knime.core.data.DataType TYPE = null; public DoubleCell(final double d){} public double getDoubleValue(){return 0;} }
