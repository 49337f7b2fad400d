package dev.localizer.knime.checks.harness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

import dev.localizer.knime.annotationreader.AnnotationReaderNodeFactory;

/**
 * Runs the Annotation Reader on the KNIME API stand-ins as KNIME runs a node: settings saved by the node, changed as
 * a dialog or flow variable would, validated and loaded, then configure and execute.
 */
public final class AnnotationReaderRuns {

    private AnnotationReaderRuns() {
    }

    /** What one run gave: the configured spec's columns, the rows as text, and the node's warning (or null). */
    public record Run(List<String> configuredColumns, List<String> rows, String warning) {
    }

    /** The settings a new node saves, as key=value lines. */
    public static Map<String, String> defaults() throws Exception {
        NodeSettings settings = new NodeSettings("model");
        Reflection.call(new AnnotationReaderNodeFactory().createNodeModel(), "saveSettingsTo", settings);
        Map<String, String> values = new java.util.TreeMap<>();
        for (String key : settings.keySet()) {
            values.put(key, settings.getString(key));
        }
        return values;
    }

    /**
     * Loads settings that hold only these entries into a new node, saves them back and returns what it saved, as a
     * saved workflow would go through it.
     */
    public static Map<String, String> roundTrip(final Map<String, String> entries) throws Exception {
        NodeModel reader = new AnnotationReaderNodeFactory().createNodeModel();
        NodeSettings settings = new NodeSettings("model");
        entries.forEach(settings::addString);
        Reflection.call(reader, "validateSettings", settings);
        Reflection.call(reader, "loadValidatedSettingsFrom", settings);
        NodeSettings back = new NodeSettings("model");
        Reflection.call(reader, "saveSettingsTo", back);
        Map<String, String> values = new java.util.TreeMap<>();
        for (String key : back.keySet()) {
            values.put(key, back.getString(key));
        }
        return values;
    }

    /** Configures the node with these settings (over its defaults) and, when {@code execute}, executes it. */
    public static Run run(final Map<String, String> changed, final boolean execute, final Path fileStores)
        throws Exception {
        NodeModel reader = new AnnotationReaderNodeFactory().createNodeModel();
        NodeSettings settings = new NodeSettings("model");
        Reflection.call(reader, "saveSettingsTo", settings);
        NodeSettings edited = new NodeSettings("model");
        for (String key : settings.keySet()) {
            edited.addString(key, changed.getOrDefault(key, settings.getString(key)));
        }
        Reflection.call(reader, "validateSettings", edited);
        Reflection.call(reader, "loadValidatedSettingsFrom", edited);
        PortObjectSpec[] specs = (PortObjectSpec[])Reflection.call(reader, "configure", (Object)new PortObjectSpec[0]);
        List<String> columns = columns((DataTableSpec)specs[0]);
        List<String> rows = new ArrayList<>();
        if (execute) {
            ExecutionContext exec = Reflection.construct(ExecutionContext.class, fileStores);
            PortObject[] outputs = (PortObject[])Reflection.call(reader, "execute", new PortObject[0], exec);
            BufferedDataTable table = (BufferedDataTable)outputs[0];
            if (!columns.equals(columns(table.getDataTableSpec()))) {
                throw new IllegalStateException("executed columns " + columns(table.getDataTableSpec())
                    + " differ from the configured " + columns);
            }
            for (DataRow row : table) {
                StringBuilder text = new StringBuilder(row.getKey().getString());
                for (int i = 0; i < table.getDataTableSpec().getNumColumns(); i++) {
                    DataCell cell = row.getCell(i);
                    text.append(" | ").append(cell);
                }
                rows.add(text.toString());
            }
        }
        return new Run(columns, rows, (String)Reflection.call(reader, "getWarningMessage"));
    }

    private static List<String> columns(final DataTableSpec spec) {
        List<String> columns = new ArrayList<>();
        for (DataColumnSpec column : spec) {
            columns.add(column.getName() + ":" + column.getType());
        }
        return columns;
    }
}
