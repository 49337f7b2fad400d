package org.knime.core.data.image;
public interface ImageValue extends org.knime.core.data.DataValue { ImageContent getImageContent(); String getImageExtension(); }
