package dev.localizer.knime.renderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

import org.knime.base.data.xml.SvgCellFactory;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.data.container.SingleCellFactory;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.streamable.InputPortRole;
import org.knime.core.node.streamable.OutputPortRole;
import org.knime.core.node.streamable.PartitionInfo;
import org.knime.core.node.streamable.StreamableOperator;

import dev.localizer.engine.Label;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.Prediction;
import dev.localizer.engine.render.BoxRenderer;
import dev.localizer.engine.render.Overlay;
import dev.localizer.engine.render.RenderStyle;
import dev.localizer.knime.shared.BoxColumns;
import dev.localizer.knime.shared.Cells;
import dev.localizer.knime.shared.ColumnKind;
import dev.localizer.knime.shared.ImageCells;
import dev.localizer.knime.shared.LocalizerNodeModel;
import dev.localizer.knime.shared.SceneColumns;
import dev.localizer.knime.shared.TableColumns;

/** Draws boxes onto pictures with the engine's {@link BoxRenderer}, one appended image cell per row. */
final class BoxRendererNodeModel extends LocalizerNodeModel<BoxRendererNodeSettings> {

    BoxRendererNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE}, new PortType[]{BufferedDataTable.TYPE},
            new BoxRendererNodeSettings());
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec spec = (DataTableSpec)inSpecs[0];
        return new PortObjectSpec[]{rearranger(spec).createSpec()};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable)inObjects[0];
        return new PortObject[]{
            exec.createColumnRearrangeTable(table, rearranger(table.getDataTableSpec()), exec)};
    }

    @Override
    public InputPortRole[] getInputPortRoles() {
        return new InputPortRole[]{InputPortRole.DISTRIBUTED_STREAMABLE};
    }

    @Override
    public OutputPortRole[] getOutputPortRoles() {
        return new OutputPortRole[]{OutputPortRole.DISTRIBUTED};
    }

    /** Row by row with the same cell factory as {@link #execute}, so streamed and ordinary tables are the same. */
    @Override
    public StreamableOperator createStreamableOperator(final PartitionInfo partitionInfo,
        final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        return rearranger((DataTableSpec)inSpecs[0]).createStreamableFunction();
    }

    /** Checks the columns and builds the appending cell factory; the same code for configure and execute. */
    private ColumnRearranger rearranger(final DataTableSpec spec) throws InvalidSettingsException {
        BoxRendererNodeSettings s = m_settings;
        if (!s.m_drawPredicted.getBooleanValue() && !s.m_drawTrue.getBooleanValue()) {
            throw new InvalidSettingsException("Neither predicted nor true boxes are to be drawn. Tick \"Draw "
                + "predicted boxes\" or \"Draw true boxes\" in the dialog.");
        }
        String outputName = s.m_outputColumn.getStringValue().trim();
        TableColumns.requireFreeNames(spec, List.of(outputName), "Box Renderer");
        int image = TableColumns.resolve(spec, s.m_imageColumn, "Image column", ColumnKind.IMAGE_OR_LOCATION, true,
            SceneColumns.IMAGE, "Path", "Location", "File");
        String imageName = spec.getColumnSpec(image).getName();

        Drawing predicted = null;
        if (s.m_drawPredicted.getBooleanValue()) {
            predicted = new Drawing(s.predictedBox(spec), s.probability(spec, false), s.predictedClass(spec), spec);
        }
        Drawing truth = null;
        if (s.m_drawTrue.getBooleanValue()) {
            truth = new Drawing(s.trueBox(spec), s.truePresent(spec, false), s.trueClass(spec), spec);
        }
        boolean svg = BoxRendererNodeSettings.FORMAT_SVG.equals(s.m_format.getStringValue());
        DataType type = svg ? SvgCellFactory.TYPE : PNGImageContent.TYPE;
        BoxRenderer renderer = new BoxRenderer(RenderStyle.builder().predictedColor(s.predictedColor())
            .trueColor(s.trueColor()).strokeWidth(s.m_strokeWidth.getDoubleValue())
            .labels(s.m_showLabels.getBooleanValue()).presenceThreshold(s.m_threshold.getDoubleValue()).build());

        double threshold = s.m_threshold.getDoubleValue();
        Drawing predictedDrawing = predicted;
        Drawing trueDrawing = truth;
        ColumnRearranger rearranger = new ColumnRearranger(spec);
        rearranger.append(new SingleCellFactory(new DataColumnSpecCreator(outputName, type).createSpec()) {
            @Override
            public DataCell getCell(final DataRow row) {
                return Cells.forRow(row, () -> draw(row));
            }

            private DataCell draw(final DataRow row) {
                BufferedImage picture = ImageCells.read(row, image, imageName);
                Overlay overlay = Overlay.none();
                if (predictedDrawing != null) {
                    overlay = overlay.withPrediction(predictedDrawing.prediction(row, threshold));
                }
                if (trueDrawing != null) {
                    overlay = overlay.withTruth(trueDrawing.truth(row));
                }
                return svg ? svgCell(renderer.svg(picture, overlay), row) : ImageCells.png(renderer.png(picture, overlay));
            }
        });
        return rearranger;
    }

    private static DataCell svgCell(final String svg, final DataRow row) {
        try {
            return SvgCellFactory.create(svg);
        } catch (IOException e) {
            throw new LocalizerException("The drawing of row \"" + row.getKey() + "\" is not a valid SVG document: "
                + e.getMessage(), e);
        }
    }

    /**
     * The columns of one kind of box: its four box columns, and the optional columns that say whether to draw
     * it (a presence probability or flag; -1 to always draw) and which class to write beside it.
     */
    private record Drawing(BoxColumns box, int presenceColumn, int classColumn, DataTableSpec spec) {

        /** The row's prediction, present from {@code threshold} on (without a presence column: certain). */
        Prediction prediction(final DataRow row, final double threshold) {
            double probability = presenceColumn < 0 ? 1.0 : Cells.number(row, presenceColumn, name(presenceColumn));
            return Prediction.of(box.read(row), probability, probability >= threshold,
                Cells.text(row, classColumn, name(classColumn), ""), Double.NaN);
        }

        /** The row's true label (without a presence column: an object in every row). */
        Label truth(final DataRow row) {
            boolean present = presenceColumn < 0 || Cells.flag(row, presenceColumn, name(presenceColumn));
            return present ? Label.of(box.read(row), Cells.text(row, classColumn, name(classColumn), "")) : Label.ABSENT;
        }

        private String name(final int column) {
            return column < 0 ? "" : spec.getColumnSpec(column).getName();
        }
    }
}
