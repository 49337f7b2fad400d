package org.knime.core.data;
public interface StringValue extends DataValue { String getStringValue(); }
