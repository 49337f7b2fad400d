package dev.localizer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.localizer.engine.render.ContactSheet;
import dev.localizer.engine.render.RenderStyle;
import dev.localizer.engine.scene.Scene;
import dev.localizer.engine.scene.SceneConfig;
import dev.localizer.engine.scene.SceneGenerator;

/**
 * Draws the contact sheet committed as {@code assets/contact-sheet.png}: the first scenes of the default config
 * (seed {@link #SEED}) with their true boxes, so a reader sees what the generator makes. A development tool, kept
 * out of the engine jar; rerun it after changing the assets: {@code assets/tools/contact-sheet.sh}.
 */
public final class DefaultContactSheet {

    public static final int SCENES = 16;
    public static final int COLUMNS = 4;
    /** Picked among the first seeds so that the sheet shows every class and empty scenes in about equal parts. */
    public static final long SEED = 3;

    private DefaultContactSheet() {
    }

    /** The contact sheet of the first {@link #SCENES} default scenes, as PNG bytes. */
    public static byte[] png() {
        SceneGenerator generator = new SceneGenerator(SceneConfig.builder().seed(SEED).build());
        List<ContactSheet.Tile> tiles = new ArrayList<>();
        for (int index = 0; index < SCENES; index++) {
            Scene scene = generator.generate(index);
            String title = "#" + index + "  " + (scene.label().present() ? scene.label().className() : "no object");
            tiles.add(ContactSheet.Tile.of(scene, title));
        }
        return new ContactSheet(RenderStyle.defaults(), COLUMNS).png(tiles);
    }

    /** @param args the PNG file to write, {@code assets/contact-sheet.png} by default */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "assets/contact-sheet.png");
        Files.write(target, png());
        System.out.println("wrote " + target);
    }
}
