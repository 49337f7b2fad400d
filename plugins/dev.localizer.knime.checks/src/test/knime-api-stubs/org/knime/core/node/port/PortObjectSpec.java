package org.knime.core.node.port;
public interface PortObjectSpec {
 abstract static class PortObjectSpecSerializer<T extends PortObjectSpec> {
  public abstract void savePortObjectSpec(final T portObjectSpec, final PortObjectSpecZipOutputStream out) throws java.io.IOException;
  public abstract T loadPortObjectSpec(final PortObjectSpecZipInputStream in) throws java.io.IOException; }
 public javax.swing.JComponent[] getViews(); }
