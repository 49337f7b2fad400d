package org.knime.core.node;
public class CanceledExecutionException extends Exception { public CanceledExecutionException(){} public CanceledExecutionException(final String s){} }
