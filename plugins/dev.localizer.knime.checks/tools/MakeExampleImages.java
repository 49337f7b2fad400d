import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import dev.localizer.engine.scene.Scene;
import dev.localizer.engine.scene.SceneConfig;
import dev.localizer.engine.scene.SceneGenerator;

/**
 * Writes the sample pictures of workflows/my-images, which the example workflow "Find the object in your own
 * images" reads: scenes from the bundled sprites and landscapes, in sizes other than the training size, so the
 * workflow shows that any picture size works. Run with the engine jar and its dependencies on the class path:
 * {@code java -cp <engine classpath> MakeExampleImages.java workflows/my-images}.
 */
public final class MakeExampleImages {

    public static void main(final String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of(args[0]));
        List<int[]> sizes = List.of(new int[]{320, 240}, new int[]{240, 320}, new int[]{400, 300}, new int[]{300, 300});
        for (int i = 0; i < sizes.size(); i++) {
            int[] size = sizes.get(i);
            // the last picture has no object, to show what the Predictor says then
            SceneConfig config = SceneConfig.builder().size(size[0], size[1]).seed(2026 + i)
                .presenceProbability(i == sizes.size() - 1 ? 0 : 1).build();
            Scene scene = new SceneGenerator(config).generate(0);
            Path file = folder.resolve(String.format("picture-%d.png", i + 1));
            ImageIO.write(scene.image(), "png", file.toFile());
            System.out.println(file + " " + size[0] + "x" + size[1] + " " + (scene.label().present() ? scene.label().className() : "no object"));
        }
    }
}
