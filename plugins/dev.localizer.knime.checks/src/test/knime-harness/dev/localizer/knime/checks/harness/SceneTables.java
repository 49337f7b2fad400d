package dev.localizer.knime.checks.harness;

import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageCellFactory;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

import dev.localizer.engine.Label;
import dev.localizer.engine.render.BoxRenderer;
import dev.localizer.engine.scene.Scene;
import dev.localizer.knime.shared.SceneColumns;

/** Scenes as rows of {@link SceneColumns#SCENES}, as the Scene Generator writes them. */
final class SceneTables {

    private SceneTables() {
    }

    static DataCell[] cells(final Scene scene) {
        Label label = scene.label();
        return new DataCell[]{PNGImageCellFactory.create(BoxRenderer.encodePng(scene.image())),
            new DoubleCell(label.box().top()), new DoubleCell(label.box().left()),
            new DoubleCell(label.box().height()), new DoubleCell(label.box().width()),
            BooleanCell.BooleanCellFactory.create(label.present()), new StringCell(label.className())};
    }

    static BufferedDataTable table(final ExecutionContext exec, final List<Scene> scenes) {
        BufferedDataContainer container = exec.createDataContainer(SceneColumns.SCENES);
        for (int i = 0; i < scenes.size(); i++) {
            container.addRowToTable(new DefaultRow(RowKey.createRowKey((long)i), cells(scenes.get(i))));
        }
        container.close();
        return container.getTable();
    }
}
