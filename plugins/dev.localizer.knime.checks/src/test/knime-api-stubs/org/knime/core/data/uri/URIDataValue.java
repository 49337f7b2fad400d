package org.knime.core.data.uri;
/** Stand-in: a cell holding a URI (its real interface also gives the URI's content). */
public interface URIDataValue extends org.knime.core.data.DataValue { }
