package org.knime.core.data.image.png;
public class PNGImageContent implements org.knime.core.data.image.ImageContent {
 public static final org.knime.core.data.DataType TYPE = null;
 public byte[] getByteArrayReference(){return null;} public byte[] getByteArray(){return null;}
 public void paint(final java.awt.Graphics2D g, final int width, final int height){}
 public java.awt.Dimension getPreferredSize(){return null;} public org.knime.core.data.DataCell toImageCell(){return null;}
 public void save(final java.io.OutputStream out) throws java.io.IOException{} public String getSummary(){return null;} }
