package dev.localizer.knime.scenegenerator;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentMultiLineString;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

import dev.localizer.engine.scene.BoxConvention;
import dev.localizer.knime.shared.ColumnKind;

/** Dialog of the Scene Generator; labels match the option names of its description. */
final class SceneGeneratorNodeDialog extends DefaultNodeSettingsPane {

    SceneGeneratorNodeDialog() {
        SceneGeneratorNodeSettings settings = new SceneGeneratorNodeSettings();
        setDefaultTabTitle("Scenes");
        createNewGroup("Scenes");
        addDialogComponent(new DialogComponentNumber(settings.m_count, "Number of scenes", 100));
        setHorizontalPlacement(true);
        addDialogComponent(new DialogComponentNumber(settings.m_width, "Scene width", 10));
        addDialogComponent(new DialogComponentNumber(settings.m_height, "Scene height", 10));
        setHorizontalPlacement(false);
        addDialogComponent(new DialogComponentNumber(settings.m_presence, "Presence probability", 0.05));
        addDialogComponent(new DialogComponentStringSelection(settings.m_boxConvention, "Box convention",
            BoxConvention.settingNames()));
        addDialogComponent(new DialogComponentNumber(settings.m_seed, "Seed", 1));
        closeCurrentGroup();
        createNewGroup("Sprite placement");
        setHorizontalPlacement(true);
        addDialogComponent(new DialogComponentNumber(settings.m_scaleMin, "Smallest scale", 0.1));
        addDialogComponent(new DialogComponentNumber(settings.m_scaleMax, "Largest scale", 0.1));
        setHorizontalPlacement(false);
        addDialogComponent(new DialogComponentNumber(settings.m_flip, "Flip probability", 0.05));
        closeCurrentGroup();

        createNewTab("Sprites and backgrounds");
        createNewGroup("Files or URLs, one per line (empty: the bundled pictures)");
        addDialogComponent(new DialogComponentMultiLineString(settings.m_sprites, "Sprites"));
        addDialogComponent(new DialogComponentMultiLineString(settings.m_backgrounds, "Backgrounds"));
        closeCurrentGroup();
        createNewGroup("Sprite table (optional input port; replaces the sprite files)");
        addDialogComponent(new DialogComponentColumnNameSelection(settings.m_spriteColumn, "Sprite image column", 0,
            false, ColumnKind.IMAGE_OR_LOCATION.valueClasses()));
        addDialogComponent(new DialogComponentColumnNameSelection(settings.m_spriteClassColumn, "Sprite class column", 0,
            false, true, ColumnKind.TEXT.valueClasses()));
        closeCurrentGroup();
    }
}
