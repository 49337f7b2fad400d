package dev.localizer.knime.shared;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Configure-time column checks shared by the nodes: a chosen column must exist and hold the right kind of values,
 * and an empty choice is filled in by name and type so that a freshly dropped node configures itself.
 */
public final class TableColumns {

    private TableColumns() {
    }

    /**
     * The index of the column the setting names, after filling an empty setting with the first column whose name is
     * one of {@code preferredNames} (ignoring case) and whose type fits, or — when {@code anyFits} — the first
     * column whose type fits.
     *
     * @param option the dialog label of the setting, for messages
     * @return the column index
     * @throws InvalidSettingsException when no column fits, or the chosen one is missing or of the wrong type
     */
    public static int resolve(final DataTableSpec spec, final SettingsModelString setting, final String option,
        final ColumnKind kind, final boolean anyFits, final String... preferredNames) throws InvalidSettingsException {
        String chosen = setting.getStringValue();
        if (chosen == null || chosen.isBlank()) {
            chosen = autoPick(spec, kind, anyFits, preferredNames).orElseThrow(() -> new InvalidSettingsException(
                "No column fits \"" + option + "\": the input table needs " + kind.description()
                    + (preferredNames.length > 0 ? " (e.g. named \"" + preferredNames[0] + "\")" : "")
                    + ". Available columns: " + describe(spec) + ". Add such a column or choose one in the dialog."));
            setting.setStringValue(chosen);
        }
        return require(spec, chosen, option, kind);
    }

    /**
     * The index of an optional column, or -1 when the setting is empty and no column has one of the
     * {@code preferredNames} (ignoring case) and a fitting type; such a column fills an empty setting.
     */
    public static int resolveOptional(final DataTableSpec spec, final SettingsModelString setting, final String option,
        final ColumnKind kind, final String... preferredNames) throws InvalidSettingsException {
        String chosen = setting.getStringValue();
        if (chosen == null || chosen.isBlank()) {
            Optional<String> picked = autoPick(spec, kind, false, preferredNames);
            if (picked.isEmpty()) {
                return -1;
            }
            chosen = picked.get();
            setting.setStringValue(chosen);
        }
        return require(spec, chosen, option, kind);
    }

    /** The index of the named column, checked to exist and to hold the right kind of values. */
    public static int require(final DataTableSpec spec, final String columnName, final String option,
        final ColumnKind kind) throws InvalidSettingsException {
        int index = spec.findColumnIndex(columnName);
        if (index < 0) {
            throw new InvalidSettingsException("Column \"" + columnName + "\" chosen for \"" + option
                + "\" is not in the input table (columns: " + describe(spec)
                + "). Choose another column in the dialog.");
        }
        DataColumnSpec column = spec.getColumnSpec(index);
        if (kind == ColumnKind.IMAGE_OR_LOCATION && ColumnKind.holdsForeignCells(column)) {
            throw new InvalidSettingsException(ColumnKind.foreignCellsAdvice(column) + " (Chosen for \"" + option
                + "\".)");
        }
        if (!kind.accepts(column)) {
            throw new InvalidSettingsException("Column \"" + columnName + "\" chosen for \"" + option + "\" is of type "
                + column.getType().toPrettyString() + ", but \"" + option + "\" needs " + kind.description()
                + ". Choose another column in the dialog.");
        }
        return index;
    }

    /** Fails when an appended column would take the name of an existing one. */
    public static void requireFreeNames(final DataTableSpec spec, final List<String> appendedNames, final String node)
        throws InvalidSettingsException {
        for (String name : appendedNames) {
            if (spec.containsName(name)) {
                throw new InvalidSettingsException("The " + node + " appends a column \"" + name
                    + "\", but the input table already has one. Rename or remove it first (e.g. with a Column Renamer).");
            }
        }
    }

    /**
     * The column to fill an empty setting with. A required picture column is never a string column when the table
     * holds pictures in cells the nodes cannot read (their strings are not where the pictures are): that is refused,
     * saying how to convert them.
     */
    private static Optional<String> autoPick(final DataTableSpec spec, final ColumnKind kind, final boolean anyFits,
        final String... preferredNames) throws InvalidSettingsException {
        for (String preferred : preferredNames) {
            for (DataColumnSpec column : spec) {
                if (column.getName().equalsIgnoreCase(preferred) && kind.accepts(column)) {
                    return Optional.of(column.getName());
                }
            }
        }
        if (anyFits) {
            // in the kind's order of preference: an image column beats a path column beats a string column
            for (Class<? extends DataValue> valueClass : kind.valueClasses()) {
                for (DataColumnSpec column : spec) {
                    if (kind == ColumnKind.IMAGE_OR_LOCATION && valueClass == StringValue.class
                        && ColumnKind.holdsForeignCells(column)) {
                        throw new InvalidSettingsException(ColumnKind.foreignCellsAdvice(column));
                    }
                }
                for (DataColumnSpec column : spec) {
                    if (kind.holds(column, valueClass)) {
                        return Optional.of(column.getName());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String describe(final DataTableSpec spec) {
        return spec.getNumColumns() == 0 ? "none"
            : StreamSupport.stream(spec.spliterator(), false)
                .map(column -> "\"" + column.getName() + "\" (" + column.getType().toPrettyString() + ")")
                .collect(Collectors.joining(", "));
    }
}
