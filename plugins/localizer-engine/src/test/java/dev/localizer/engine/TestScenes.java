package dev.localizer.engine;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import dev.localizer.engine.scene.Scene;

/**
 * Tiny synthetic scenes for tests: a solid square (red, green or blue by class) on grey noise, present in half of
 * the scenes. Seeded, so tests are repeatable.
 */
public final class TestScenes implements Supplier<Scene> {

    public static final List<String> CLASSES = List.of("blue", "green", "red");
    private static final Color[] COLORS = {new Color(40, 60, 230), new Color(40, 200, 60), new Color(230, 40, 40)};

    private final Random random;
    private final int size;
    private final int classCount;

    /** Scenes of {@code size × size} pixels with objects of the first {@code classCount} classes. */
    public TestScenes(long seed, int size, int classCount) {
        this.random = new Random(seed);
        this.size = size;
        this.classCount = classCount;
    }

    public List<String> classNames() {
        return CLASSES.subList(0, classCount);
    }

    public List<Scene> take(int count) {
        List<Scene> scenes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            scenes.add(get());
        }
        return scenes;
    }

    @Override
    public Scene get() {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int grey = 80 + random.nextInt(60);
                image.setRGB(x, y, grey << 16 | grey << 8 | grey);
            }
        }
        int classIndex = random.nextInt(classCount);
        if (!random.nextBoolean()) {
            return new Scene(image, new Label(Box.NONE, false, CLASSES.get(classIndex)));
        }
        int side = size / 4 + random.nextInt(size / 3);
        int top = random.nextInt(size - side + 1);
        int left = random.nextInt(size - side + 1);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(COLORS[classIndex]);
        graphics.fillRect(left, top, side, side);
        graphics.dispose();
        return new Scene(image, Label.of(new Box(top, left, side, side), CLASSES.get(classIndex)));
    }
}
