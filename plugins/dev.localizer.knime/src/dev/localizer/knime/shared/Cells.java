package dev.localizer.knime.shared;

import java.util.function.Supplier;

import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;

import dev.localizer.engine.LocalizerException;

/** Typed reads of table cells, with messages that name the row and column of a bad value. */
public final class Cells {

    private Cells() {
    }

    public static double number(final DataRow row, final int column, final String columnName) {
        DataCell cell = present(row, column, columnName);
        double value = ((DoubleValue)cell).getDoubleValue();
        if (!Double.isFinite(value)) {
            throw new LocalizerException("Row \"" + row.getKey() + "\", column \"" + columnName + "\" holds " + value
                + ", which is not a finite number. Fix or filter out that row.");
        }
        return value;
    }

    /** A boolean cell, or a number where anything from 0.5 up counts as true. */
    public static boolean flag(final DataRow row, final int column, final String columnName) {
        DataCell cell = present(row, column, columnName);
        return cell instanceof BooleanValue bool ? bool.getBooleanValue() : ((DoubleValue)cell).getDoubleValue() >= 0.5;
    }

    /** The text of a string cell, or {@code fallback} when the column is not used ({@code column < 0}). */
    public static String text(final DataRow row, final int column, final String columnName, final String fallback) {
        return column < 0 ? fallback : ((StringValue)present(row, column, columnName)).getStringValue();
    }

    /**
     * Does the engine work for one row, so that an error the engine reports about its values (a box outside its
     * picture, a probability out of range, an unprintable class name) names the row.
     */
    public static <T> T forRow(final DataRow row, final Supplier<T> work) {
        try {
            return work.get();
        } catch (LocalizerException e) {
            String key = "\"" + row.getKey() + "\"";
            if (String.valueOf(e.getMessage()).contains(key)) {
                throw e;
            }
            throw new LocalizerException("Row " + key + ": " + e.getMessage(), e);
        }
    }

    private static DataCell present(final DataRow row, final int column, final String columnName) {
        DataCell cell = row.getCell(column);
        if (cell.isMissing()) {
            throw new LocalizerException("Row \"" + row.getKey() + "\" has no value in column \"" + columnName
                + "\". Fill in or filter out rows with missing values (e.g. with the Missing Value node) first.");
        }
        return cell;
    }
}
