package dev.localizer.knime.shared;

import java.util.Arrays;

import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.ImageValue;
import org.knime.core.data.uri.URIDataValue;
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
        return Arrays.stream(m_valueClasses).anyMatch(valueClass -> holds(column, valueClass));
    }

    /**
     * Whether the column holds values of that class as this kind takes them: where strings are read as file paths
     * or URLs, only text and URI columns do, not other cells that can also be shown as strings.
     */
    boolean holds(final DataColumnSpec column, final Class<? extends DataValue> valueClass) {
        return column.getType().isCompatible(valueClass)
            && (this != IMAGE_OR_LOCATION || valueClass != StringValue.class || !holdsForeignCells(column));
    }

    /**
     * Whether the column's cells can be shown as strings but are neither text, URIs, paths nor image cells the nodes
     * read: such as KNIME Image Processing's images, whose strings describe a picture rather than say where it is.
     */
    static boolean holdsForeignCells(final DataColumnSpec column) {
        DataType type = column.getType();
        Class<? extends DataCell> cellClass = type.getCellClass();
        return type.isCompatible(StringValue.class) && !type.isCompatible(ImageValue.class)
            && !type.isCompatible(FSLocationValue.class) && !type.isCompatible(URIDataValue.class) && cellClass != null
            && cellClass != StringCell.class;
    }

    /** Why a column of {@link #holdsForeignCells foreign cells} cannot be this node's pictures, and what to do. */
    static String foreignCellsAdvice(final DataColumnSpec column) {
        return "Column \"" + column.getName() + "\" holds " + column.getType().toPrettyString() + " cells, which are "
            + "neither PNG or SVG images nor file paths or URLs (KNIME Image Processing's images are such cells). "
            + "Convert the pictures to PNG images first (e.g. with an image-to-PNG converter node of KNIME Image "
            + "Processing), or give a column of file paths.";
    }
}
