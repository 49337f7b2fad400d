package dev.localizer.engine.scene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.localizer.engine.Box;
import dev.localizer.engine.CancelledException;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.Progress;

class SceneGeneratorTest {

    private static final Color SKY = new Color(0, 0, 255);

    /** 40×30 scenes from one solid background and one sprite, present always, scale 1, no flip. */
    private static SceneConfig plain(Sprite sprite) {
        return SceneConfig.builder().size(40, 30).sprites(List.of(sprite))
                .backgrounds(List.of(TestImages.background(60, 50, SKY))).presenceProbability(1).scaleRange(1, 1)
                .flipProbability(0).boxConvention(BoxConvention.TIGHT).alphaThreshold(32).seed(7).build();
    }

    private static Sprite blockSprite() {
        // 20×10 picture whose visible part is rows 2..5 and columns 3..8.
        return Sprite.fromImage(TestImages.block(20, 10, 2, 3, 4, 6, 0xFFFF0000), "block", "block");
    }

    private static int[] pixels(Scene scene) {
        BufferedImage image = scene.image();
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void tightBoxIsExactlyTheVisiblePixels() {
        SceneConfig config = plain(blockSprite());
        for (long index = 0; index < 20; index++) {
            Scene tight = new SceneGenerator(config).generate(index);
            Box rectangle = new SceneGenerator(config.toBuilder().boxConvention(BoxConvention.SPRITE).build()).generate(index).label().box();
            assertEquals(new Box(rectangle.top() + 2, rectangle.left() + 3, 4, 6), tight.label().box());
            assertEquals(20, rectangle.width());
            assertEquals(10, rectangle.height());
            assertTrue(tight.label().present());
            assertEquals("block", tight.label().className());
            BufferedImage image = tight.image();
            for (int y = 0; y < 30; y++) {
                for (int x = 0; x < 40; x++) {
                    boolean inside = y >= tight.label().box().top() && y < tight.label().box().bottom() && x >= tight.label().box().left()
                            && x < tight.label().box().right();
                    assertEquals(inside ? 0xFF0000 : 0x0000FF, TestImages.rgb(image, x, y), "pixel " + x + "," + y);
                }
            }
        }
    }

    @Test
    void flippedSpriteIsMirroredWithItsBox() {
        SceneConfig config = plain(blockSprite()).toBuilder().flipProbability(1).build();
        Scene scene = new SceneGenerator(config).generate(3);
        Box rectangle = new SceneGenerator(config.toBuilder().boxConvention(BoxConvention.SPRITE).build()).generate(3).label().box();
        // Columns 3..8 of a 20-wide picture land on columns 11..16 when mirrored.
        assertEquals(new Box(rectangle.top() + 2, rectangle.left() + 11, 4, 6), scene.label().box());
        assertEquals(0xFF0000, TestImages.rgb(scene.image(), (int) scene.label().box().left(), (int) scene.label().box().top()));
        assertEquals(0x0000FF, TestImages.rgb(scene.image(), (int) rectangle.left() + 3, (int) scene.label().box().top()));
    }

    @Test
    void halfTransparentPixelIsBlendedAlphaOver() {
        // Red at alpha 128 over blue: 128/255 of red and 127/255 of blue, not darker.
        Sprite sprite = Sprite.fromImage(TestImages.block(4, 4, 0, 0, 4, 4, 0x80FF0000), "half", "half");
        Scene scene = new SceneGenerator(plain(sprite)).generate(0);
        Box box = scene.label().box();
        assertEquals(new Box(box.top(), box.left(), 4, 4), box);
        assertEquals(0x80007F, TestImages.rgb(scene.image(), (int) box.left(), (int) box.top()));
    }

    @Test
    void resizedSpriteHasNoDarkFringe() {
        // White object on transparent black, pasted on white at an odd scale: every pixel must stay white.
        BufferedImage picture = TestImages.block(16, 16, 4, 4, 8, 8, 0xFFFFFFFF);
        for (int x = 0; x < 16; x++) {
            picture.setRGB(x, 0, 0x40FFFFFF);
        }
        Sprite sprite = Sprite.fromImage(picture, "white", "white");
        SceneConfig config = SceneConfig.builder().size(40, 40).sprites(List.of(sprite))
                .backgrounds(List.of(TestImages.background(40, 40, Color.WHITE))).presenceProbability(1)
                .scaleRange(1.37, 1.37).flipProbability(0.5).boxConvention(BoxConvention.TIGHT).alphaThreshold(32)
                .seed(1).build();
        for (long index = 0; index < 8; index++) {
            for (int pixel : pixels(new SceneGenerator(config).generate(index))) {
                assertEquals(0xFFFFFF, pixel & 0xFFFFFF);
            }
        }
    }

    @Test
    void sameConfigGivesSamePixelsAndLabelsWhateverTheThreads() {
        SceneConfig config = SceneConfig.builder().size(64, 64).scaleRange(0.2, 0.6).build();
        SceneGenerator generator = new SceneGenerator(config);
        List<Scene> single = generator.generate(24, 1, Progress.NONE);
        List<Scene> parallel = new SceneGenerator(config).generate(24, 3, Progress.NONE);
        for (int i = 0; i < single.size(); i++) {
            assertEquals(single.get(i).label().box(), parallel.get(i).label().box());
            assertEquals(single.get(i).label().present(), parallel.get(i).label().present());
            assertEquals(single.get(i).label().className(), parallel.get(i).label().className());
            assertArrayEquals(pixels(single.get(i)), pixels(parallel.get(i)));
            assertArrayEquals(pixels(single.get(i)), pixels(generator.generate(i)));
        }
        List<Scene> other = new SceneGenerator(config.toBuilder().seed(43).build()).generate(24, 1, Progress.NONE);
        assertFalse(java.util.Arrays.equals(pixels(single.get(0)), pixels(other.get(0)))
                && single.get(0).label().box().equals(other.get(0).label().box()), "another seed gives other scenes");
    }

    @Test
    void presenceFollowsTheProbabilityAndEveryBoxStaysInside() {
        SceneConfig config = SceneConfig.builder().size(96, 96).scaleRange(0.3, 0.9).build();
        List<Scene> scenes = new SceneGenerator(config).generate(300, 0, Progress.NONE);
        long present = scenes.stream().filter(scene -> scene.label().present()).count();
        assertTrue(present > 110 && present < 190, "about half present, got " + present);
        for (Scene scene : scenes) {
            assertEquals(96, scene.width());
            assertEquals(BufferedImage.TYPE_INT_RGB, scene.image().getType());
            if (scene.label().present()) {
                assertTrue(scene.label().box().isInside(96, 96) && scene.label().box().area() > 0, scene.label().box().toString());
                assertTrue(config.classNames().contains(scene.label().className()));
            } else {
                assertEquals(Box.NONE, scene.label().box());
                assertEquals(SceneGenerator.NO_CLASS, scene.label().className());
            }
        }
        assertEquals(config.classNames().size(),
                scenes.stream().filter(scene -> scene.label().present()).map(scene -> scene.label().className()).distinct().count(), "every class appears");
        assertEquals(0, new SceneGenerator(config.toBuilder().presenceProbability(0).build()).generate(20, 1, Progress.NONE).stream()
                .filter(scene -> scene.label().present()).count());
        assertEquals(20, new SceneGenerator(config.toBuilder().presenceProbability(1).build()).generate(20, 1, Progress.NONE).stream()
                .filter(scene -> scene.label().present()).count());
    }

    @Test
    void tightBoxLiesInsideTheSpriteRectangle() {
        SceneConfig config = SceneConfig.builder().size(120, 120).scaleRange(0.4, 1.2).presenceProbability(1).build();
        int smaller = 0;
        for (long index = 0; index < 30; index++) {
            Box tight = new SceneGenerator(config).generate(index).label().box();
            Box rectangle = new SceneGenerator(config.toBuilder().boxConvention(BoxConvention.SPRITE).build()).generate(index).label().box();
            assertTrue(tight.top() >= rectangle.top() && tight.left() >= rectangle.left()
                    && tight.bottom() <= rectangle.bottom() && tight.right() <= rectangle.right(), tight + " in " + rectangle);
            smaller += tight.area() < rectangle.area() ? 1 : 0;
        }
        assertTrue(smaller > 0, "the fox's picture has a transparent margin, so its tight box is smaller");
    }

    @Test
    void batchesMatchIndexedScenes() {
        SceneGenerator generator = new SceneGenerator(SceneConfig.builder().size(48, 48).scaleRange(0.2, 0.5).build());
        for (int threads : new int[] {1, 3}) {
            Iterator<List<Scene>> batches = generator.batches(4, threads);
            for (int batch = 0; batch < 7; batch++) {
                List<Scene> scenesOfBatch = batches.next();
                assertEquals(4, scenesOfBatch.size());
                for (int i = 0; i < 4; i++) {
                    Scene expected = generator.generate(4L * batch + i);
                    assertEquals(expected.label().box(), scenesOfBatch.get(i).label().box(), "batch " + batch + ", scene " + i);
                    assertArrayEquals(pixels(expected), pixels(scenesOfBatch.get(i)));
                }
            }
        }
    }

    @Test
    void turnsEachSceneIntoAResultOnTheThreadThatMadeItInIndexOrder() {
        SceneGenerator generator = new SceneGenerator(SceneConfig.builder().size(48, 48).scaleRange(0.2, 0.5).build());
        Set<String> threadNames = ConcurrentHashMap.newKeySet();
        List<String> results = generator.generate(5, 40, 2, Progress.NONE, (index, scene) -> {
            threadNames.add(Thread.currentThread().getName());
            Thread.sleep(2); // slow enough that the worker surely takes part
            return index + ":" + scene.label().box() + ":" + Arrays.hashCode(pixels(scene));
        });
        assertEquals(40, results.size());
        for (int i = 0; i < 40; i++) {
            Scene expected = generator.generate(5 + i);
            assertEquals((5 + i) + ":" + expected.label().box() + ":" + Arrays.hashCode(pixels(expected)), results.get(i));
        }
        assertEquals(2, threadNames.size(), "made and used on the caller and one worker: " + threadNames);

        LocalizerException failure = assertThrows(LocalizerException.class,
                () -> generator.generate(0, 40, 2, Progress.NONE, (index, scene) -> {
                    if (index == 7) {
                        throw new IOException("disk full at scene " + index);
                    }
                    return index;
                }));
        assertEquals("disk full at scene 7", failure.getMessage());
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() {
        SceneGenerator generator = new SceneGenerator(SceneConfig.builder().size(48, 48).scaleRange(0.2, 0.5).build());
        List<Double> fractions = new ArrayList<>();
        generator.generate(10, 1, (fraction, message) -> fractions.add(fraction));
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        for (int threads : new int[] {1, 2}) {
            AtomicInteger polls = new AtomicInteger();
            Progress cancelling = new Progress() {
                @Override
                public void report(double fraction, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return polls.incrementAndGet() > 2;
                }
            };
            assertThrows(CancelledException.class, () -> generator.generate(100_000, threads, cancelling));
        }
    }

    @Test
    void badCountsAndThreadsAreExplained() {
        SceneGenerator generator = new SceneGenerator(SceneConfig.defaults());
        assertTrue(assertThrows(LocalizerException.class, () -> generator.generate(0, 1, Progress.NONE)).getMessage()
                .contains("number of scenes 0 must be positive"));
        assertTrue(assertThrows(LocalizerException.class, () -> generator.generate(-3, 1, Progress.NONE)).getMessage()
                .contains("-3"));
        assertTrue(assertThrows(LocalizerException.class, () -> generator.generate(5, -1, Progress.NONE)).getMessage()
                .contains("threads -1"));
        assertThrows(IllegalArgumentException.class, () -> generator.generate(-1L));
    }

    @Test
    void invisibleSpriteIsRefusedBeforeGenerating() {
        Sprite faint = Sprite.fromImage(TestImages.block(8, 8, 0, 0, 8, 8, 0x10FFFFFF), "faint.png", "ghost");
        String message = assertThrows(LocalizerException.class, () -> new SceneGenerator(plain(faint))).getMessage();
        assertTrue(message.contains("faint.png") && message.contains("threshold 32"), message);
        Scene scene = new SceneGenerator(plain(faint).toBuilder().boxConvention(BoxConvention.SPRITE).build()).generate(0);
        assertEquals(8, scene.label().box().width());
        // Alpha 16 is above a threshold of 15: the whole picture is visible then.
        assertEquals(8, new SceneGenerator(plain(faint).toBuilder().alphaThreshold(15).build()).generate(0).label().box().width());
    }

    @Test
    void opaqueSpriteIsPastedWholeWithAWarning() {
        BufferedImage grey = new BufferedImage(6, 5, BufferedImage.TYPE_BYTE_GRAY);
        Sprite sprite = Sprite.fromBytes(TestImages.png(grey), "grey.png", "stone");
        assertTrue(sprite.warning().orElseThrow().contains("no alpha channel"));
        Scene scene = new SceneGenerator(plain(sprite)).generate(0);
        assertEquals(6, scene.label().box().width());
        assertEquals(5, scene.label().box().height());
        assertEquals(0x000000, TestImages.rgb(scene.image(), (int) scene.label().box().left(), (int) scene.label().box().top()));
        Sprite jpeg = Sprite.fromBytes(TestImages.encode(TestImages.solid(6, 5, Color.GREEN), "jpg"), "g.jpg", "leaf");
        assertTrue(jpeg.warning().isPresent());
        assertNotEquals(Boolean.TRUE, Sprite.fromImage(TestImages.block(3, 3, 0, 0, 1, 1, 0xFF000000), "a", "b")
                .warning().isPresent());
    }
}
