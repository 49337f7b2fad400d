package dev.localizer.knime.port;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;

import javax.swing.ImageIcon;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JScrollPane;

import org.knime.core.data.filestore.FileStore;
import org.knime.core.data.filestore.FileStorePortObject;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

import dev.localizer.engine.report.LossChart;

/**
 * The "Localizer Model" port: a trained localizer. The engine's model zip (tens of megabytes with a VGG16 base)
 * lives in a {@link FileStore}, so KNIME keeps it as a file and never copies it through the port's own stream;
 * the stream only holds the spec and the training summary shown in the port view.
 */
public final class LocalizerModelPortObject extends FileStorePortObject {

    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(LocalizerModelPortObject.class);

    /** For an in-port that may stay unconnected, e.g. the Learner's model to train further. */
    public static final PortType TYPE_OPTIONAL =
        PortTypeRegistry.getInstance().getPortType(LocalizerModelPortObject.class, true);

    /** The name the model zip gets inside its file store. */
    public static final String MODEL_FILE_NAME = "localizer-model.zip";

    private static final String ENTRY = "localizer-model.xml";

    private static final String CFG_SPEC = "spec";

    private static final String CFG_SUMMARY = "training_summary";

    private static final String CFG_HISTORY = "loss_history";

    private static final int CHART_WIDTH = 640;

    private static final int CHART_HEIGHT = 360;

    private final LocalizerModelPortObjectSpec m_spec;

    /** Training figures in display order, e.g. "final loss" → "0.81". */
    private final Map<String, String> m_trainingSummary;

    private final LossHistory m_history;

    /**
     * @param modelStore a file store whose file already holds the engine's model zip
     */
    public LocalizerModelPortObject(final FileStore modelStore, final LocalizerModelPortObjectSpec spec,
        final Map<String, String> trainingSummary, final LossHistory history) {
        super(List.of(modelStore));
        m_spec = spec;
        m_trainingSummary = Collections.unmodifiableMap(new LinkedHashMap<>(trainingSummary));
        m_history = history;
    }

    /** For loading: KNIME hands the file store over after construction. */
    private LocalizerModelPortObject(final LocalizerModelPortObjectSpec spec,
        final Map<String, String> trainingSummary, final LossHistory history) {
        m_spec = spec;
        m_trainingSummary = Collections.unmodifiableMap(new LinkedHashMap<>(trainingSummary));
        m_history = history;
    }

    /** The engine's model zip. */
    public Path getModelFile() {
        return getFileStore(0).getFile().toPath();
    }

    public Map<String, String> getTrainingSummary() {
        return m_trainingSummary;
    }

    @Override
    public LocalizerModelPortObjectSpec getSpec() {
        return m_spec;
    }

    @Override
    public String getSummary() {
        List<String> classes = m_spec.getClassNames();
        return "Localizer model (" + m_spec.getBackbone() + ", " + m_spec.getInputWidth() + "×"
            + m_spec.getInputHeight() + ", " + (classes.isEmpty() ? "one class" : classes.size() + " classes") + ")";
    }

    /** The model and its training figures (validation scores included), and the engine's loss chart. */
    @Override
    public JComponent[] getViews() {
        StringBuilder html = new StringBuilder("<h3>Localizer model</h3><table>").append(m_spec.describeHtml());
        m_trainingSummary.forEach((name, value) -> html.append("<tr><td>").append(Html.escape(name))
            .append("</td><td>").append(Html.escape(value)).append("</td></tr>"));
        html.append("</table>");
        JComponent summary = Html.view("Localizer model", html.toString());
        if (m_history.isEmpty()) {
            return new JComponent[]{summary};
        }
        LossChart chart = LossChart.ofLosses("Loss per epoch", m_history.training(), m_history.validation(),
            m_history.validationFloor());
        JLabel picture = new JLabel(new ImageIcon(chart.toImage(CHART_WIDTH, CHART_HEIGHT)));
        JScrollPane losses = new JScrollPane(picture);
        losses.setName("Loss curves");
        return new JComponent[]{summary, losses};
    }

    /** Writes the spec and the summary; the model zip travels in the file store. */
    public static final class Serializer extends PortObjectSerializer<LocalizerModelPortObject> {

        @Override
        public void savePortObject(final LocalizerModelPortObject model, final PortObjectZipOutputStream out,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            ModelContent content = new ModelContent("localizer-model");
            model.m_spec.saveTo(content.addModelContent(CFG_SPEC));
            ModelContentWO summary = content.addModelContent(CFG_SUMMARY);
            model.m_trainingSummary.forEach(summary::addString);
            model.m_history.saveTo(content.addModelContent(CFG_HISTORY));
            out.putNextEntry(new ZipEntry(ENTRY));
            out.write(LocalizerModelPortObjectSpec.toXml(content));
            out.closeEntry();
        }

        @Override
        public LocalizerModelPortObject loadPortObject(final PortObjectZipInputStream in, final PortObjectSpec spec,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            ZipEntry entry = in.getNextEntry();
            if (entry == null || !ENTRY.equals(entry.getName())) {
                throw new IOException("Not a Localizer model: expected the entry " + ENTRY + ", found "
                    + (entry == null ? "none" : entry.getName()));
            }
            try {
                ModelContentRO content = LocalizerModelPortObjectSpec.fromXml(in.readAllBytes());
                ModelContentRO summaryContent = content.getModelContent(CFG_SUMMARY);
                Map<String, String> summary = new LinkedHashMap<>();
                for (String key : summaryContent.keySet()) {
                    summary.put(key, summaryContent.getString(key));
                }
                LossHistory history = content.containsKey(CFG_HISTORY)
                    ? LossHistory.loadFrom(content.getModelContent(CFG_HISTORY)) : LossHistory.NONE;
                return new LocalizerModelPortObject(
                    LocalizerModelPortObjectSpec.loadFrom(content.getModelContent(CFG_SPEC)), summary, history);
            } catch (InvalidSettingsException e) {
                throw new IOException("The Localizer model port is damaged: " + e.getMessage(), e);
            }
        }
    }
}
