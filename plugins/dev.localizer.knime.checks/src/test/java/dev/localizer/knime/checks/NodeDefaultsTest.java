package dev.localizer.knime.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.localizer.engine.model.Backbone;
import dev.localizer.engine.render.RenderStyle;
import dev.localizer.engine.train.TrainingConfig;

/** The nodes' defaults are the engine's: what the nodes hand the engine with untouched settings. */
class NodeDefaultsTest {

    private static NodeClasses s_nodes;

    @BeforeAll
    static void compileTheNodes(@TempDir final Path output) throws Exception {
        s_nodes = NodeClasses.compile(output);
    }

    @Test
    void theLearnerTrainsEachBackboneWithTheEnginesDefaultsForIt() throws Exception {
        for (Backbone backbone : Backbone.values()) {
            Object settings = s_nodes.create("dev.localizer.knime.learner.LearnerNodeSettings");
            NodeClasses.call(field(settings, "m_backbone"), "setStringValue", backbone.settingName());

            TrainingConfig config = (TrainingConfig)NodeClasses.call(settings, "toTrainingConfig");

            // the node trains over the whole table per epoch, where the engine's default counts steps
            assertEquals(TrainingConfig.builder(backbone).stepsPerEpoch(0).build(), config, backbone.settingName());
        }
    }

    @Test
    void anInputSizeOrLearningRateSetByTheUserIsKept() throws Exception {
        Object settings = s_nodes.create("dev.localizer.knime.learner.LearnerNodeSettings");
        NodeClasses.call(field(settings, "m_backbone"), "setStringValue", Backbone.VGG16.settingName());
        NodeClasses.call(field(settings, "m_inputSize"), "setIntValue", 128);
        NodeClasses.call(field(settings, "m_learningRate"), "setDoubleValue", 3e-4);

        TrainingConfig config = (TrainingConfig)NodeClasses.call(settings, "toTrainingConfig");

        assertEquals(128, config.inputSize());
        assertEquals(3e-4, config.learningRate());
    }

    @Test
    void theBoxRendererDrawsInTheEnginesColoursAndStroke() throws Exception {
        Object settings = s_nodes.create("dev.localizer.knime.renderer.BoxRendererNodeSettings");
        RenderStyle defaults = RenderStyle.defaults();

        assertEquals(defaults.predictedColor(), NodeClasses.call(settings, "predictedColor"));
        assertEquals(defaults.trueColor(), NodeClasses.call(settings, "trueColor"));
        assertEquals(defaults.strokeWidth(), NodeClasses.call(field(settings, "m_strokeWidth"), "getDoubleValue"));
        assertEquals(defaults.labels(), NodeClasses.call(field(settings, "m_showLabels"), "getBooleanValue"));
    }

    private static Object field(final Object owner, final String name) throws ReflectiveOperationException {
        Field field = owner.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(owner);
    }
}
