package dev.localizer.knime.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A column of pictures in cells the nodes cannot read, as KNIME Image Processing's images (also strings, often in
 * a column named "Image"), is never taken as a column of file paths: the nodes say how to convert it instead.
 */
class ForeignImageColumnTest {

    private static final String ADVICE = "Column \"Image\" holds ImgLikeCell cells, which are neither PNG or SVG "
        + "images nor file paths or URLs (KNIME Image Processing's images are such cells). Convert the pictures to "
        + "PNG images first (e.g. with an image-to-PNG converter node of KNIME Image Processing), or give a column "
        + "of file paths.";

    private static NodeClasses s_nodes;

    @BeforeAll
    static void compileTheNodes(@TempDir final Path output) throws Exception {
        PluginCompilesAgainstApiStubsTest.requireTheEngineClassesTheNodesImport();
        s_nodes = NodeClasses.compile(output);
    }

    private static String imageColumn(final String chosen, final String... namesAndKinds) throws Exception {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < namesAndKinds.length; i += 2) {
            columns.put(namesAndKinds[i], namesAndKinds[i + 1]);
        }
        try {
            return (String)s_nodes.load("dev.localizer.knime.checks.harness.ImageColumnChoices")
                .getMethod("learnerImageColumn", Map.class, String.class).invoke(null, columns, chosen);
        } catch (InvocationTargetException e) {
            throw (Exception)e.getCause();
        }
    }

    @Test
    void aForeignImageColumnIsNotAutoPickedAndTheMessageSaysHowToConvertIt() throws Exception {
        assertEquals(ADVICE, imageColumn("", "Image", "foreign", "Class", "string"));
    }

    @Test
    void aForeignImageColumnChosenInTheDialogIsRefusedWithTheSameAdvice() throws Exception {
        assertEquals(ADVICE + " (Chosen for \"Image column\".)", imageColumn("Image", "Image", "foreign"));
    }

    @Test
    void pictureAndPathColumnsBesideAForeignImageColumnAreStillPicked() throws Exception {
        assertEquals("Path", imageColumn("", "Image", "foreign", "Path", "string"));
        assertEquals("Picture", imageColumn("", "Image", "foreign", "Picture", "png"));
    }

    @Test
    void stringColumnsOfPathsAreTakenAsBefore() throws Exception {
        assertEquals("Image", imageColumn("", "Image", "string"));
        assertEquals("Files", imageColumn("", "Files", "string"));
    }
}
