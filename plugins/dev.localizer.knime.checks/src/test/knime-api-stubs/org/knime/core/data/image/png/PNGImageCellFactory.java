package org.knime.core.data.image.png;
public final class PNGImageCellFactory { public static final org.knime.core.data.DataType TYPE = PNGImageContent.TYPE;
 public static org.knime.core.data.DataCell create(final byte[] contents){ return new PNGImageContent(contents).toImageCell(); } }
