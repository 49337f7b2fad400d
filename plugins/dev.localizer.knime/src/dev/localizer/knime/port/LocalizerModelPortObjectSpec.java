package dev.localizer.knime.port;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;

import javax.swing.JComponent;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectSpecZipInputStream;
import org.knime.core.node.port.PortObjectSpecZipOutputStream;

/**
 * What downstream nodes know about a localizer model before it is trained: its backbone, the image size the
 * network sees and its class names (empty while the Learner has not seen its data yet), so that the Predictor
 * configures without executing the Learner.
 */
public final class LocalizerModelPortObjectSpec implements PortObjectSpec {

    private static final String ENTRY = "localizer-model-spec.xml";

    private static final String CFG_BACKBONE = "backbone";

    private static final String CFG_INPUT_WIDTH = "input_width";

    private static final String CFG_INPUT_HEIGHT = "input_height";

    private static final String CFG_CLASS_NAMES = "class_names";

    private final String m_backbone;

    private final int m_inputWidth;

    private final int m_inputHeight;

    private final List<String> m_classNames;

    public LocalizerModelPortObjectSpec(final String backbone, final int inputWidth, final int inputHeight,
        final List<String> classNames) {
        m_backbone = Objects.requireNonNull(backbone, "backbone");
        m_inputWidth = inputWidth;
        m_inputHeight = inputHeight;
        m_classNames = List.copyOf(classNames);
    }

    public String getBackbone() {
        return m_backbone;
    }

    public int getInputWidth() {
        return m_inputWidth;
    }

    public int getInputHeight() {
        return m_inputHeight;
    }

    /** The class names in the order of the model's class head; empty when not known yet. */
    public List<String> getClassNames() {
        return m_classNames;
    }

    /** A few lines of HTML for the port views. */
    String describeHtml() {
        return "<tr><td>Backbone</td><td>" + Html.escape(m_backbone) + "</td></tr>"
            + "<tr><td>Input size</td><td>" + m_inputWidth + " × " + m_inputHeight + " pixels</td></tr>"
            + "<tr><td>Classes</td><td>"
            + (m_classNames.isEmpty() ? "<i>known after training</i>" : Html.escape(String.join(", ", m_classNames)))
            + "</td></tr>";
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[]{Html.view("Localizer model spec", "<table>" + describeHtml() + "</table>")};
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof LocalizerModelPortObjectSpec spec && m_backbone.equals(spec.m_backbone)
            && m_inputWidth == spec.m_inputWidth && m_inputHeight == spec.m_inputHeight
            && m_classNames.equals(spec.m_classNames);
    }

    @Override
    public int hashCode() {
        return Objects.hash(m_backbone, m_inputWidth, m_inputHeight, m_classNames);
    }

    void saveTo(final ModelContentWO content) {
        content.addString(CFG_BACKBONE, m_backbone);
        content.addInt(CFG_INPUT_WIDTH, m_inputWidth);
        content.addInt(CFG_INPUT_HEIGHT, m_inputHeight);
        content.addStringArray(CFG_CLASS_NAMES, m_classNames.toArray(String[]::new));
    }

    static LocalizerModelPortObjectSpec loadFrom(final ModelContentRO content) throws InvalidSettingsException {
        return new LocalizerModelPortObjectSpec(content.getString(CFG_BACKBONE), content.getInt(CFG_INPUT_WIDTH),
            content.getInt(CFG_INPUT_HEIGHT), List.of(content.getStringArray(CFG_CLASS_NAMES)));
    }

    /** Stores the spec as one small XML entry of the port's zip stream. */
    public static final class Serializer extends PortObjectSpecSerializer<LocalizerModelPortObjectSpec> {

        @Override
        public void savePortObjectSpec(final LocalizerModelPortObjectSpec spec,
            final PortObjectSpecZipOutputStream out) throws IOException {
            ModelContent content = new ModelContent("localizer-model-spec");
            spec.saveTo(content);
            out.putNextEntry(new ZipEntry(ENTRY));
            out.write(toXml(content));
            out.closeEntry();
        }

        @Override
        public LocalizerModelPortObjectSpec loadPortObjectSpec(final PortObjectSpecZipInputStream in)
            throws IOException {
            ZipEntry entry = in.getNextEntry();
            if (entry == null || !ENTRY.equals(entry.getName())) {
                throw new IOException("Not a Localizer model spec: expected the entry " + ENTRY + ", found "
                    + (entry == null ? "none" : entry.getName()));
            }
            try {
                return loadFrom(fromXml(in.readAllBytes()));
            } catch (InvalidSettingsException e) {
                throw new IOException("The Localizer model spec is damaged: " + e.getMessage(), e);
            }
        }
    }

    /** KNIME's XML writer and reader may close the stream they get; the zip stream must stay open. */
    static byte[] toXml(final ModelContent content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        content.saveToXML(bytes);
        return bytes.toByteArray();
    }

    static ModelContentRO fromXml(final byte[] xml) throws IOException {
        return ModelContent.loadFromXML(new ByteArrayInputStream(xml));
    }
}
