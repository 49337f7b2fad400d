package dev.localizer.knime.scenegenerator;

import java.util.Arrays;
import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

import dev.localizer.engine.scene.Background;
import dev.localizer.engine.scene.BoxConvention;
import dev.localizer.engine.scene.SceneConfig;
import dev.localizer.engine.scene.Sprite;
import dev.localizer.knime.shared.NodeSettingsGroup;

/** Settings of the Scene Generator: the engine's generator settings plus where sprites and backgrounds come from. */
final class SceneGeneratorNodeSettings extends NodeSettingsGroup {

    static final String CFG_COUNT = "scene_count";

    static final String CFG_WIDTH = "scene_width";

    static final String CFG_HEIGHT = "scene_height";

    static final String CFG_PRESENCE = "presence_probability";

    static final String CFG_SCALE_MIN = "scale_min";

    static final String CFG_SCALE_MAX = "scale_max";

    static final String CFG_FLIP = "flip_probability";

    static final String CFG_SEED = "seed";

    static final String CFG_BOX_CONVENTION = "box_convention";

    static final String CFG_SPRITES = "sprite_locations";

    static final String CFG_BACKGROUNDS = "background_locations";

    static final String CFG_SPRITE_COLUMN = "sprite_image_column";

    static final String CFG_SPRITE_CLASS_COLUMN = "sprite_class_column";

    final SettingsModelIntegerBounded m_count = register(new SettingsModelIntegerBounded(CFG_COUNT, 200, 1, 1_000_000));

    final SettingsModelIntegerBounded m_width = register(new SettingsModelIntegerBounded(CFG_WIDTH, SceneConfig.DEFAULT_SIZE, 16, 4096));

    final SettingsModelIntegerBounded m_height = register(new SettingsModelIntegerBounded(CFG_HEIGHT, SceneConfig.DEFAULT_SIZE, 16, 4096));

    final SettingsModelDoubleBounded m_presence = register(new SettingsModelDoubleBounded(CFG_PRESENCE,
        SceneConfig.DEFAULT_PRESENCE_PROBABILITY, 0, 1));

    final SettingsModelDoubleBounded m_scaleMin = register(new SettingsModelDoubleBounded(CFG_SCALE_MIN,
        SceneConfig.DEFAULT_MIN_SCALE, 0.01, 20));

    final SettingsModelDoubleBounded m_scaleMax = register(new SettingsModelDoubleBounded(CFG_SCALE_MAX,
        SceneConfig.DEFAULT_MAX_SCALE, 0.01, 20));

    final SettingsModelDoubleBounded m_flip = register(new SettingsModelDoubleBounded(CFG_FLIP,
        SceneConfig.DEFAULT_FLIP_PROBABILITY, 0, 1));

    final SettingsModelIntegerBounded m_seed = register(new SettingsModelIntegerBounded(CFG_SEED,
        (int)SceneConfig.DEFAULT_SEED, 0, Integer.MAX_VALUE));

    final SettingsModelString m_boxConvention = register(new SettingsModelString(CFG_BOX_CONVENTION, BoxConvention.TIGHT.settingName()));

    /** One file path or URL per line; empty means the bundled sprites. */
    final SettingsModelString m_sprites = register(new SettingsModelString(CFG_SPRITES, ""));

    /** One file path or URL per line; empty means the bundled landscapes. */
    final SettingsModelString m_backgrounds = register(new SettingsModelString(CFG_BACKGROUNDS, ""));

    /** Used only when the optional sprite table is connected. */
    final SettingsModelString m_spriteColumn = register(new SettingsModelString(CFG_SPRITE_COLUMN, ""));

    final SettingsModelString m_spriteClassColumn = register(new SettingsModelString(CFG_SPRITE_CLASS_COLUMN, ""));

    @Override
    protected SceneGeneratorNodeSettings createEmpty() {
        return new SceneGeneratorNodeSettings();
    }

    @Override
    protected void checkConsistency() throws InvalidSettingsException {
        if (m_scaleMin.getDoubleValue() > m_scaleMax.getDoubleValue()) {
            throw new InvalidSettingsException("The smallest sprite scale (" + m_scaleMin.getDoubleValue()
                + ") is larger than the largest (" + m_scaleMax.getDoubleValue() + "). Swap them.");
        }
        requireOneOf(CFG_BOX_CONVENTION, m_boxConvention.getStringValue(),
            BoxConvention.settingNames().toArray(String[]::new));
    }

    /**
     * The engine's generator config for these settings; empty sprite or background lists keep the bundled
     * pictures.
     */
    SceneConfig toSceneConfig(final List<Sprite> sprites, final List<Background> backgrounds) {
        SceneConfig.Builder config = SceneConfig.builder()
            .size(m_width.getIntValue(), m_height.getIntValue())
            .presenceProbability(m_presence.getDoubleValue())
            .scaleRange(m_scaleMin.getDoubleValue(), m_scaleMax.getDoubleValue())
            .flipProbability(m_flip.getDoubleValue())
            .boxConvention(BoxConvention.parse(m_boxConvention.getStringValue()))
            .seed(m_seed.getIntValue());
        if (!sprites.isEmpty()) {
            config.sprites(sprites);
        }
        if (!backgrounds.isEmpty()) {
            config.backgrounds(backgrounds);
        }
        return config.build();
    }

    List<String> spriteLocations() {
        return lines(m_sprites.getStringValue());
    }

    List<String> backgroundLocations() {
        return lines(m_backgrounds.getStringValue());
    }

    String spriteClassColumn() {
        return optional(m_spriteClassColumn.getStringValue());
    }

    private static List<String> lines(final String text) {
        return text == null ? List.of()
            : Arrays.stream(text.split("\\R")).map(String::trim).filter(line -> !line.isEmpty()).toList();
    }
}
