package org.knime.core.data.image.png;
public class PNGImageContent implements org.knime.core.data.image.ImageContent {
 public static final org.knime.core.data.DataType TYPE = org.knime.core.data.DataType.getType(PNGImageCell.class);
 private final byte[] m_bytes;
 public PNGImageContent(final byte[] imageBytes){ m_bytes = imageBytes.clone(); }
 public byte[] getByteArrayReference(){ return m_bytes; } public byte[] getByteArray(){ return m_bytes.clone(); }
 public void paint(final java.awt.Graphics2D g, final int width, final int height){}
 public java.awt.Dimension getPreferredSize(){ return null; } public org.knime.core.data.DataCell toImageCell(){ return new PNGImageCell(this); }
 public void save(final java.io.OutputStream out) throws java.io.IOException{ out.write(m_bytes); } public String getSummary(){ return "PNG"; } }
