package org.knime.core.node;
/** Stand-in: never cancelled; progress is not shown. */
public class ExecutionMonitor { public void checkCanceled() throws CanceledExecutionException {}
 public void setProgress(final double progress){} public void setProgress(final double progress, final String message){}
 public void setProgress(final double progress, final java.util.function.Supplier<String> messageSupplier){}
 public void setMessage(final String message){} public void setMessage(final java.util.function.Supplier<String> messageSupplier){}
 public ExecutionMonitor createSubProgress(final double maxProg){ return this; }
 public ExecutionMonitor createSilentSubProgress(final double maxProg){ return this; } }
