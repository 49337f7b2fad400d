package org.knime.core.data.image.png;
public interface PNGImageValue extends org.knime.core.data.image.ImageValue { PNGImageContent getImageContent(); }
