package org.knime.core.data.def;
public final class StringCell extends org.knime.core.data.DataCell implements org.knime.core.data.StringValue { public static final org.knime.core.data.DataType TYPE = null; public StringCell(final String s){} public String getStringValue(){return null;} }
