package org.knime.filehandling.core.connections;
public enum FSCategory { LOCAL, RELATIVE, MOUNTPOINT, HUB_SPACE, CUSTOM_URL, CONNECTED }
