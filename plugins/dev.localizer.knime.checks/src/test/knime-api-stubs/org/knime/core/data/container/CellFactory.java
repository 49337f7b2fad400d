package org.knime.core.data.container;
public interface CellFactory {}
