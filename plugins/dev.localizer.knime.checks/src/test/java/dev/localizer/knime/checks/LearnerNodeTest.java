package dev.localizer.knime.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.localizer.engine.Box;
import dev.localizer.engine.Label;
import dev.localizer.engine.Progress;
import dev.localizer.engine.scene.Scene;
import dev.localizer.engine.scene.SceneConfig;
import dev.localizer.engine.scene.SceneGenerator;

/** The Learner node's optional in-ports, run by the harness on the stand-ins (one short epoch each). */
class LearnerNodeTest {

    private static NodeClasses s_nodes;

    private static Path s_fileStores;

    private static List<Scene> s_scenes;

    @BeforeAll
    static void compileTheNodes(@TempDir final Path output) throws Exception {
        s_nodes = NodeClasses.compile(output.resolve("classes"));
        s_fileStores = output;
        s_scenes = new SceneGenerator(SceneConfig.defaults()).generate(0, 24, 1, Progress.NONE);
    }

    @Test
    void aConnectedValidationTableIsValidatedOnInsteadOfAShareOfTheTrainingRows() throws Exception {
        // no share held out: only the validation port can give a validation loss
        Object[] withPort = train(s_scenes.subList(0, 16), s_scenes.subList(16, 24), null, "compact", 0);
        Object[] without = train(s_scenes.subList(0, 16), null, null, "compact", 0);

        assertTrue(!validationLosses(withPort).get(0).equals("?"), validationLosses(withPort).toString());
        assertEquals(List.of("?"), validationLosses(without));
    }

    @Test
    void aConnectedModelIsTrainedFurtherWithItsClassesAndItsBackboneOnly() throws Exception {
        Object first = train(s_scenes.subList(0, 16), null, null, "compact", 0.25)[0];

        Object further = train(s_scenes.subList(8, 24), null, first, "compact", 0.25)[0];
        Exception wrongBackbone = assertThrows(Exception.class,
            () -> train(s_scenes.subList(8, 24), null, first, "vgg16", 0.25));

        assertEquals(spec(first, "getClassNames"), spec(further, "getClassNames"));
        assertEquals("org.knime.core.node.InvalidSettingsException", wrongBackbone.getClass().getName());
        assertTrue(wrongBackbone.getMessage().startsWith("The model to train further has the compact backbone, but "
            + "the Backbone option says vgg16"), wrongBackbone.getMessage());
    }

    @Test
    void whatTheLearnerKeepsOfEachPictureIsBoundedByTheInputSizeWhateverThePhotoSize() throws Exception {
        BufferedImage photo = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = photo.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(2500, 900, 800, 1200);
        graphics.dispose();
        Scene large = new Scene(photo, Label.of(new Box(900, 2500, 1200, 800), "block"));
        Scene small = new Scene(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), Label.of(new Box(1, 2, 3, 4), "block"));

        List<Scene> kept = keptByTheLearner(List.of(large, small), 32);

        assertEquals(32, kept.get(0).width());
        assertEquals(32, kept.get(0).height());
        assertEquals(large.label().box().scaled(32 / 4000.0, 32 / 3000.0), kept.get(0).label().box());
        assertEquals(20, kept.get(1).width(), "a picture within the input size is kept whole");
        assertEquals(new Box(1, 2, 3, 4), kept.get(1).label().box());
    }

    @Test
    void aCollapsedTrainingEndsWithTheTrainersWarningAndAHealthyOneWithNone() throws Exception {
        String collapsed = warningAfterTraining(s_scenes, 4, 0.5, 0);
        String healthy = warningAfterTraining(s_scenes, 2, 0, 0);

        assertTrue(collapsed != null && (collapsed.startsWith("Training collapsed")
            || collapsed.startsWith("Training is not learning")), String.valueOf(collapsed));
        assertTrue(collapsed.contains("Lower the learning rate (now 0.5)"), collapsed);
        assertEquals(null, healthy);
    }

    @Test
    void epochsZeroTrainsUntilTheTimeLimitAndNeedsOne() throws Exception {
        Exception noLimit = assertThrows(Exception.class, () -> warningAfterTraining(s_scenes, 0, 0, 0));

        assertEquals("org.knime.core.node.InvalidSettingsException", noLimit.getClass().getName());
        assertTrue(noLimit.getMessage().startsWith("Training until the time budget (0 epochs) needs a time budget"),
            noLimit.getMessage());
    }

    private static String warningAfterTraining(final List<Scene> training, final int epochs, final double learningRate,
        final int timeLimitMinutes) throws Exception {
        Method run = s_nodes.load("dev.localizer.knime.checks.harness.LearnerRuns").getMethod("warningAfterTraining",
            List.class, int.class, double.class, int.class, Path.class);
        try {
            return (String)run.invoke(null, training, epochs, learningRate, timeLimitMinutes, s_fileStores);
        } catch (InvocationTargetException e) {
            throw (Exception)e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Scene> keptByTheLearner(final List<Scene> scenes, final int inputSize) throws Exception {
        Method kept = s_nodes.load("dev.localizer.knime.checks.harness.LearnerPictures").getMethod("kept", List.class,
            int.class, Path.class);
        try {
            return (List<Scene>)kept.invoke(null, scenes, inputSize, s_fileStores);
        } catch (InvocationTargetException e) {
            throw (Exception)e.getCause();
        }
    }

    private static Object[] train(final List<Scene> training, final List<Scene> validation, final Object model,
        final String backbone, final double validationFraction) throws Exception {
        Class<?> portObject = s_nodes.load("org.knime.core.node.port.PortObject");
        Method train = s_nodes.load("dev.localizer.knime.checks.harness.LearnerRuns").getMethod("train", List.class,
            List.class, portObject, String.class, double.class, Path.class);
        try {
            return (Object[])train.invoke(null, training, validation, model, backbone, validationFraction,
                s_fileStores);
        } catch (InvocationTargetException e) {
            throw (Exception)e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> validationLosses(final Object[] outputs) throws Exception {
        Class<?> table = s_nodes.load("org.knime.core.node.BufferedDataTable");
        return (List<String>)s_nodes.load("dev.localizer.knime.checks.harness.LearnerRuns")
            .getMethod("column", table, String.class).invoke(null, outputs[1], "Validation Loss");
    }

    private static Object spec(final Object modelPort, final String getter) throws Exception {
        return NodeClasses.call(NodeClasses.call(modelPort, "getSpec"), getter);
    }
}
