package dev.localizer.knime.checks.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.NodeModel;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObjectSpec;

import dev.localizer.knime.learner.LearnerNodeFactory;
import dev.localizer.knime.shared.SceneColumns;

/** Which picture column the Learner takes from a table's columns, configured on the KNIME API stand-ins. */
public final class ImageColumnChoices {

    /** Like KNIME Image Processing's image cell: a picture whose cells can also be shown as strings. */
    public static final class ImgLikeCell extends DataCell implements StringValue {
        @Override
        public String getStringValue() {
            return "Image[64x48x3]";
        }
    }

    private ImageColumnChoices() {
    }

    /**
     * The Learner's Image column after configuring it on a table of the picture columns (name → "foreign" for
     * {@link ImgLikeCell}, "string" or "png") and the box and presence columns; or the configure error's message.
     *
     * @param chosen the Image column setting, "" to let the node choose
     */
    public static String learnerImageColumn(final Map<String, String> pictureColumns, final String chosen)
        throws Exception {
        List<DataColumnSpec> columns = new ArrayList<>();
        pictureColumns.forEach((name, kind) -> columns.add(new DataColumnSpecCreator(name, switch (kind) {
            case "foreign" -> DataType.getType(ImgLikeCell.class);
            case "string" -> StringCell.TYPE;
            case "png" -> PNGImageContent.TYPE;
            default -> throw new IllegalArgumentException(kind);
        }).createSpec()));
        for (String box : List.of(SceneColumns.TOP, SceneColumns.LEFT, SceneColumns.HEIGHT, SceneColumns.WIDTH)) {
            columns.add(new DataColumnSpecCreator(box, DoubleCell.TYPE).createSpec());
        }
        columns.add(new DataColumnSpecCreator(SceneColumns.PRESENT, BooleanCell.TYPE).createSpec());
        NodeModel learner = new LearnerNodeFactory().createNodeModel();
        SettingsModelString image = (SettingsModelString)Reflection.setting(learner, "m_imageColumn");
        image.setStringValue(chosen);
        try {
            Reflection.call(learner, "configure",
                (Object)new PortObjectSpec[]{new DataTableSpec(columns.toArray(DataColumnSpec[]::new)), null, null});
        } catch (org.knime.core.node.InvalidSettingsException e) {
            return e.getMessage();
        }
        return image.getStringValue();
    }
}
