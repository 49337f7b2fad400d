package org.knime.core.data;
public class DataColumnSpecCreator { public DataColumnSpecCreator(final String name, final DataType type){} public DataColumnSpec createSpec(){return null;} }
