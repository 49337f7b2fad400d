package org.knime.core.data;
public interface DataValue {}
