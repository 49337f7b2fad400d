package dev.localizer.knime.shared;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

import dev.localizer.engine.Box;
import dev.localizer.engine.LocalizerException;

/** The four numeric columns of a pixel box (top, left, height, width) and reading a {@link Box} from a row. */
public final class BoxColumns {

    private final int[] m_indices;

    private final String[] m_names;

    private BoxColumns(final int[] indices, final String[] names) {
        m_indices = indices;
        m_names = names;
    }

    /**
     * Resolves the four column settings; empty settings are filled with the columns named {@code namePrefix}
     * followed by Top, Left, Height and Width (e.g. "Predicted Top").
     *
     * @param labelPrefix starts the dialog labels, e.g. "Predicted" for "Predicted top column"
     */
    public static BoxColumns resolve(final DataTableSpec spec, final SettingsModelString top,
        final SettingsModelString left, final SettingsModelString height, final SettingsModelString width,
        final String labelPrefix, final String namePrefix) throws InvalidSettingsException {
        SettingsModelString[] settings = {top, left, height, width};
        String[] parts = {SceneColumns.TOP, SceneColumns.LEFT, SceneColumns.HEIGHT, SceneColumns.WIDTH};
        int[] indices = new int[4];
        String[] names = new String[4];
        for (int i = 0; i < 4; i++) {
            String label = (labelPrefix.isEmpty() ? parts[i] : labelPrefix + " " + parts[i].toLowerCase()) + " column";
            indices[i] = TableColumns.resolve(spec, settings[i], label, ColumnKind.NUMBER, false, namePrefix + parts[i]);
            names[i] = spec.getColumnSpec(indices[i]).getName();
        }
        return new BoxColumns(indices, names);
    }

    /** The row's box, in pixels. */
    public Box read(final DataRow row) {
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            values[i] = Cells.number(row, m_indices[i], m_names[i]);
        }
        try {
            return new Box(values[0], values[1], values[2], values[3]);
        } catch (IllegalArgumentException e) {
            throw new LocalizerException("Row \"" + row.getKey() + "\" holds an impossible box: " + e.getMessage()
                + ". Fix or filter out that row.", e);
        }
    }
}
