package dev.localizer.knime.shared;

import java.util.Arrays;

import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.image.ImageValue;
import org.knime.filehandling.core.data.location.FSLocationValue;

/** What a column setting accepts, in the words a user sees in error messages. */
public enum ColumnKind {

    /** Pictures themselves, or where to read them: a path column, or strings holding file paths or URLs. */
    IMAGE_OR_LOCATION("an image, path or string (file path or URL) column", ImageValue.class, FSLocationValue.class,
        StringValue.class),
    IMAGE("an image column", ImageValue.class),
    NUMBER("a numeric column", DoubleValue.class),
    /** Boolean, or a number where 1 means present and 0 absent. */
    PRESENCE("a boolean or numeric column", BooleanValue.class, DoubleValue.class),
    TEXT("a string column", StringValue.class);

    private final String m_description;

    private final Class<? extends DataValue>[] m_valueClasses;

    @SafeVarargs
    @SuppressWarnings("varargs") // the array stays private: valueClasses() hands out copies
    ColumnKind(final String description, final Class<? extends DataValue>... valueClasses) {
        m_description = description;
        m_valueClasses = valueClasses;
    }

    public String description() {
        return m_description;
    }

    /** The value classes, for a dialog's column chooser. */
    public Class<? extends DataValue>[] valueClasses() {
        return Arrays.copyOf(m_valueClasses, m_valueClasses.length);
    }

    public boolean accepts(final DataColumnSpec column) {
        return Arrays.stream(m_valueClasses).anyMatch(column.getType()::isCompatible);
    }
}
