package org.knime.filehandling.core.connections;
public abstract class FSPath implements java.nio.file.Path { }
