package org.knime.core.node;
public abstract class NodeModel {
 protected NodeModel(final org.knime.core.node.port.PortType[] inPortTypes, final org.knime.core.node.port.PortType[] outPortTypes){}
 protected abstract void loadInternals(final java.io.File nodeInternDir, final ExecutionMonitor exec) throws java.io.IOException, CanceledExecutionException;
 protected abstract void saveInternals(final java.io.File nodeInternDir, final ExecutionMonitor exec) throws java.io.IOException, CanceledExecutionException;
 protected abstract void saveSettingsTo(final NodeSettingsWO settings);
 protected abstract void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException;
 protected abstract void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException;
 protected org.knime.core.node.port.PortObject[] execute(final org.knime.core.node.port.PortObject[] inObjects, final ExecutionContext exec) throws Exception {return null;}
 protected org.knime.core.node.port.PortObjectSpec[] configure(final org.knime.core.node.port.PortObjectSpec[] inSpecs) throws InvalidSettingsException {return null;}
 protected abstract void reset();
 public org.knime.core.node.streamable.InputPortRole[] getInputPortRoles(){return null;}
 public org.knime.core.node.streamable.OutputPortRole[] getOutputPortRoles(){return null;}
 public org.knime.core.node.streamable.StreamableOperator createStreamableOperator(final org.knime.core.node.streamable.PartitionInfo partitionInfo, final org.knime.core.node.port.PortObjectSpec[] inSpecs) throws InvalidSettingsException {return null;}
 private String m_warningMessage;
 protected final void setWarningMessage(final String warningMessage){ m_warningMessage = warningMessage; }
 protected final String getWarningMessage(){ return m_warningMessage; }
 private final java.util.Map<String, Double> m_pushedDoubles = new java.util.LinkedHashMap<>();
 protected final void pushFlowVariableDouble(final String name, final double value){ m_pushedDoubles.put(name, value); }
 public final double peekFlowVariableDouble(final String name){
  Double value = m_pushedDoubles.get(name);
  if (value == null) { throw new java.util.NoSuchElementException("No flow variable \"" + name + "\""); }
  return value; } }
