package org.knime.core.data.image.png;
/** Stand-in of KNIME's PNG image cell: equal when the bytes are. */
public final class PNGImageCell extends org.knime.core.data.DataCell implements PNGImageValue {
 private final PNGImageContent m_content; PNGImageCell(final PNGImageContent content){ m_content = content; }
 public PNGImageContent getImageContent(){ return m_content; } public String getImageExtension(){ return "png"; }
 @Override public boolean equals(final Object other){ return other instanceof PNGImageCell cell && java.util.Arrays.equals(cell.m_content.getByteArrayReference(), m_content.getByteArrayReference()); }
 @Override public int hashCode(){ return java.util.Arrays.hashCode(m_content.getByteArrayReference()); }
 @Override public String toString(){ return "PNG (" + m_content.getByteArrayReference().length + " bytes)"; } }
