package dev.localizer.knime.checks.harness;

import org.knime.core.data.DataCell;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageCellFactory;

import dev.localizer.engine.render.BoxRenderer;
import dev.localizer.engine.scene.Scene;
import dev.localizer.knime.shared.SceneColumns;

/** A scene as the cells of a row of {@link SceneColumns#SCENES}, as the Scene Generator writes it. */
final class SceneCells {

    private SceneCells() {
    }

    static DataCell[] of(final Scene scene) {
        return new DataCell[]{PNGImageCellFactory.create(BoxRenderer.encodePng(scene.image())),
            new DoubleCell(scene.box().top()), new DoubleCell(scene.box().left()),
            new DoubleCell(scene.box().height()), new DoubleCell(scene.box().width()),
            BooleanCell.BooleanCellFactory.create(scene.present()), new StringCell(scene.className())};
    }
}
