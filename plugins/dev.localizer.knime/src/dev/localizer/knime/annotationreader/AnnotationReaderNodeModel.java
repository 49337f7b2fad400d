package dev.localizer.knime.annotationreader;

import java.nio.file.Path;

import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

import dev.localizer.engine.Box;
import dev.localizer.engine.Label;
import dev.localizer.engine.annotations.AnnotatedImage;
import dev.localizer.engine.annotations.AnnotationFormat;
import dev.localizer.engine.annotations.Annotations;
import dev.localizer.engine.annotations.ObjectChoice;
import dev.localizer.engine.scene.SceneGenerator;
import dev.localizer.knime.shared.LocalizerNodeModel;
import dev.localizer.knime.shared.SceneColumns;

/**
 * Reads the annotations of a labelling tool with the engine's {@link AnnotationFormat} into a table the Learner
 * trains on: one row per picture, with at most one object as the {@link ObjectChoice} keeps it.
 */
final class AnnotationReaderNodeModel extends LocalizerNodeModel<AnnotationReaderNodeSettings> {

    AnnotationReaderNodeModel() {
        super(new PortType[]{}, new PortType[]{BufferedDataTable.TYPE}, new AnnotationReaderNodeSettings());
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        m_settings.source();
        return new PortObjectSpec[]{SceneColumns.ANNOTATED_PICTURES};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        Path source = m_settings.source();
        AnnotationFormat format = m_settings.format();
        exec.setMessage(() -> "Reading the " + format.title() + " annotations");
        ObjectChoice.Selection selection = m_settings.objectChoice().choose(format.read(source));
        exec.checkCanceled();
        String leftOut = selection.leftOut();
        if (!leftOut.isEmpty()) {
            setWarningMessage("This localizer finds one object per picture, so the reader " + leftOut + ".");
        }
        Annotations kept = selection.annotations();
        BufferedDataContainer container = exec.createDataContainer(SceneColumns.ANNOTATED_PICTURES);
        for (AnnotatedImage image : kept.images()) {
            // the picture's name within the source is unique, and says which picture a row is
            container.addRowToTable(row(new RowKey(kept.relativeName(image)), image));
        }
        container.close();
        return new PortObject[]{container.getTable()};
    }

    /** A picture without an object has the scene generator's empty box and class, as the Learner expects. */
    private static DataRow row(final RowKey key, final AnnotatedImage image) {
        boolean present = !image.objects().isEmpty();
        Label object = present ? image.objects().get(0) : null;
        Box box = present ? object.box() : Box.NONE;
        return new DefaultRow(key, new StringCell(image.image().toString()), new DoubleCell(box.top()),
            new DoubleCell(box.left()), new DoubleCell(box.height()), new DoubleCell(box.width()),
            BooleanCell.BooleanCellFactory.create(present),
            new StringCell(present ? object.className() : SceneGenerator.NO_CLASS));
    }
}
