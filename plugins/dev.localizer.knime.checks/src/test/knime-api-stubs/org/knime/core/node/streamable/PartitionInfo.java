package org.knime.core.node.streamable;
public class PartitionInfo { public PartitionInfo(final int partitionIndex, final int partitionCount){}
 public int getPartitionIndex(){return 0;} public int getPartitionCount(){return 0;} }
