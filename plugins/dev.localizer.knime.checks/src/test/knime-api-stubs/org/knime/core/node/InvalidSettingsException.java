package org.knime.core.node;
public class InvalidSettingsException extends Exception { public InvalidSettingsException(final String s){super(s);} public InvalidSettingsException(final String msg, final Throwable cause){super(msg, cause);} }
