package org.knime.core.data;
public abstract class DataCell implements DataValue { public boolean isMissing(){return false;} }
