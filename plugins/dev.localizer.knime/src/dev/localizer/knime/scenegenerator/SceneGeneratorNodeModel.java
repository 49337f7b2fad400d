package dev.localizer.knime.scenegenerator;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

import dev.localizer.engine.Box;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.scene.Background;
import dev.localizer.engine.scene.Scene;
import dev.localizer.engine.scene.SceneConfig;
import dev.localizer.engine.scene.SceneGenerator;
import dev.localizer.engine.scene.Sprite;
import dev.localizer.knime.shared.Cells;
import dev.localizer.knime.shared.ColumnKind;
import dev.localizer.knime.shared.ExecutionProgress;
import dev.localizer.knime.shared.ImageCells;
import dev.localizer.knime.shared.LocalizerNodeModel;
import dev.localizer.knime.shared.SceneColumns;
import dev.localizer.knime.shared.TableColumns;

/** Generates labelled scenes with the engine's {@link SceneGenerator}. */
final class SceneGeneratorNodeModel extends LocalizerNodeModel<SceneGeneratorNodeSettings> {

    /** Scenes made per step: bounds memory, and KNIME sees progress and can cancel between steps. */
    private static final int SCENES_PER_STEP = 64;

    /** All cores. */
    private static final int ALL_THREADS = 0;

    SceneGeneratorNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE_OPTIONAL}, new PortType[]{BufferedDataTable.TYPE},
            new SceneGeneratorNodeSettings());
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        if (inSpecs[0] instanceof DataTableSpec sprites) {
            spriteColumns(sprites);
        } else if (m_settings.spriteLocations().isEmpty() && m_settings.backgroundLocations().isEmpty()) {
            // with the bundled pictures the whole config can be checked now, e.g. sprites too large for the scene
            try {
                m_settings.toSceneConfig(List.of(), List.of());
            } catch (LocalizerException e) {
                throw new InvalidSettingsException(e.getMessage(), e);
            }
        }
        return new PortObjectSpec[]{SceneColumns.SCENES};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        List<Sprite> sprites = inObjects[0] instanceof BufferedDataTable table ? spritesFrom(table, exec)
            : spritesFrom(m_settings.spriteLocations());
        List<Background> backgrounds = new ArrayList<>();
        for (String location : m_settings.backgroundLocations()) {
            backgrounds.add(Background.fromBytes(ImageCells.readLocation(location, "background"), location));
        }
        SceneConfig config = m_settings.toSceneConfig(sprites, backgrounds);
        warnAbout(config);

        SceneGenerator generator = new SceneGenerator(config);
        int count = m_settings.m_count.getIntValue();
        BufferedDataContainer container = exec.createDataContainer(SceneColumns.SCENES);
        for (int first = 0; first < count; first += SCENES_PER_STEP) {
            int stepCount = Math.min(SCENES_PER_STEP, count - first);
            ExecutionMonitor step = exec.createSubProgress((double)stepCount / count);
            long firstIndex = first;
            // rows, PNG encoding included, are made on all threads; only adding them to the table is sequential
            List<DataRow> rows = ExecutionProgress.run(step, progress -> generator.generate(firstIndex, stepCount,
                ALL_THREADS, progress, (index, scene) -> row(RowKey.createRowKey(index), scene)));
            for (DataRow row : rows) {
                container.addRowToTable(row);
            }
            exec.setMessage(() -> "Scene " + Math.min(count, firstIndex + stepCount) + " of " + count);
        }
        container.close();
        return new PortObject[]{container.getTable()};
    }

    private static DataRow row(final RowKey key, final Scene scene) {
        Box box = scene.label().box();
        return new DefaultRow(key, ImageCells.png(scene.image()), new DoubleCell(box.top()),
            new DoubleCell(box.left()), new DoubleCell(box.height()), new DoubleCell(box.width()),
            BooleanCell.BooleanCellFactory.create(scene.label().present()), new StringCell(scene.label().className()));
    }

    /** Indices of the sprite table's image and class columns (class -1 when the row ID is the class). */
    private int[] spriteColumns(final DataTableSpec spec) throws InvalidSettingsException {
        int image = TableColumns.resolve(spec, m_settings.m_spriteColumn, "Sprite image column",
            ColumnKind.IMAGE_OR_LOCATION, true, "Sprite", "Image", "Path", "Location");
        int className = TableColumns.resolveOptional(spec, m_settings.m_spriteClassColumn, "Sprite class column",
            ColumnKind.TEXT);
        return new int[]{image, className};
    }

    private List<Sprite> spritesFrom(final BufferedDataTable table, final ExecutionMonitor exec)
        throws InvalidSettingsException, CanceledExecutionException {
        DataTableSpec spec = table.getDataTableSpec();
        int[] columns = spriteColumns(spec);
        String imageName = spec.getColumnSpec(columns[0]).getName();
        String className = columns[1] < 0 ? null : spec.getColumnSpec(columns[1]).getName();
        List<Sprite> sprites = new ArrayList<>();
        for (DataRow row : table) {
            exec.checkCanceled();
            sprites.add(Sprite.fromBytes(ImageCells.bytes(row, columns[0], imageName), "sprite row " + row.getKey(),
                Cells.text(row, columns[1], className, row.getKey().getString())));
        }
        return sprites;
    }

    private static List<Sprite> spritesFrom(final List<String> locations) {
        List<Sprite> sprites = new ArrayList<>();
        for (String location : locations) {
            sprites.add(Sprite.fromBytes(ImageCells.readLocation(location, "sprite"), location, classOf(location)));
        }
        return sprites;
    }

    /** The class of a sprite file: its name without folders and extension, as for the CLI. */
    private static String classOf(final String location) {
        String name = location.replaceAll("[?#].*$", "").replaceAll("[/\\\\]+$", "");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private void warnAbout(final SceneConfig config) {
        List<String> warnings = new ArrayList<>();
        config.sprites().forEach(sprite -> sprite.warning().ifPresent(warnings::add));
        config.backgrounds().forEach(background -> background.warning().ifPresent(warnings::add));
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join("\n", warnings));
        }
    }
}
