package org.knime.core.data.image;
public interface ImageContent { void paint(final java.awt.Graphics2D g, final int maxWidth, final int maxHeight);
 java.awt.Dimension getPreferredSize(); org.knime.core.data.DataCell toImageCell(); void save(final java.io.OutputStream out) throws java.io.IOException; String getSummary(); }
