package org.knime.filehandling.core.data.location;
public interface FSLocationValue extends org.knime.core.data.DataValue { org.knime.filehandling.core.connections.FSLocation getFSLocation(); }
