package dev.localizer.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import dev.localizer.engine.Box;
import dev.localizer.engine.Label;
import dev.localizer.engine.Progress;
import dev.localizer.engine.image.ImageDecoder.Resolution;
import dev.localizer.engine.io.Staging;
import dev.localizer.engine.scene.Scene;
import dev.localizer.engine.scene.ScenesFolder;

/**
 * Reading large photos for training: a scenes folder of synthetic 4000×3000 JPEGs (a few flat rectangles each,
 * the largest labelled as the object; {@value #DISTINCT} drawn, the rest copies of them) read as {@code train --scenes} reads it, each picture kept at most at the
 * input size. Prints the time and the peak heap in use (the most in use just before any collection, from the
 * collectors' notifications) beside what the kept pictures need.
 *
 * <pre>
 *   TrainingPhotos make FOLDER COUNT          writes the photos and labels.csv, unless FOLDER already holds COUNT
 *   TrainingPhotos read FOLDER INPUT_SIZE     reads them for training on all cores
 * </pre>
 */
public final class TrainingPhotos {

    static final int WIDTH = 4000;
    static final int HEIGHT = 3000;
    /** Photos drawn and encoded; the others are copies of them (encoding takes longer than decoding). */
    private static final int DISTINCT = 100;
    private static final float JPEG_QUALITY = 0.7f;
    private static final long MB = 1024 * 1024;

    private TrainingPhotos() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !Set.of("make", "read").contains(args[0])) {
            System.err.println("usage: TrainingPhotos make FOLDER COUNT | read FOLDER INPUT_SIZE");
            System.exit(2);
        }
        Path folder = Path.of(args[1]);
        int number = Integer.parseInt(args[2]);
        if (args[0].equals("make")) {
            make(folder, number);
        } else {
            read(folder, number);
        }
    }

    private static void make(Path folder, int count) throws IOException {
        Path labels = folder.resolve(ScenesFolder.LABELS_FILE);
        if (Files.isRegularFile(labels) && Files.readAllLines(labels).size() == count + 1) {
            System.out.println("Using the " + count + " photos already in " + folder);
            return;
        }
        long start = System.nanoTime();
        Staging.writeFolder(folder, staged -> {
            int distinct = Math.min(count, DISTINCT);
            Label[] written = new Label[count];
            IntStream.range(0, distinct).parallel().forEach(i -> written[i] = writePhoto(staged, i));
            Map<String, Label> byFile = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                if (i >= distinct) {
                    Files.copy(staged.resolve(photoName(i % distinct)), staged.resolve(photoName(i)));
                    written[i] = written[i % distinct];
                }
                byFile.put(photoName(i), written[i]);
            }
            ScenesFolder.writeLabels(staged, byFile);
        });
        System.out.printf(Locale.ROOT, "Made %d photos of %d×%d in %.1f s (%d MB on disk) in %s%n", count, WIDTH,
                HEIGHT, (System.nanoTime() - start) / 1e9, sizeOnDisk(folder) / MB, folder);
    }

    /** A grey-toned background with three to five flat rectangles; the largest is the labelled object. */
    private static Label writePhoto(Path folder, int index) {
        Random random = new Random(index);
        BufferedImage photo = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = photo.createGraphics();
        graphics.setColor(new Color(random.nextInt(0x1000000)));
        graphics.fillRect(0, 0, WIDTH, HEIGHT);
        Box largest = Box.NONE;
        for (int r = 3 + random.nextInt(3); r > 0; r--) {
            int width = 200 + random.nextInt(WIDTH / 2);
            int height = 200 + random.nextInt(HEIGHT / 2);
            int left = random.nextInt(WIDTH - width);
            int top = random.nextInt(HEIGHT - height);
            graphics.setColor(new Color(random.nextInt(0x1000000)));
            graphics.fillRect(left, top, width, height);
            if ((double) width * height > largest.area()) {
                largest = new Box(top, left, height, width);
            }
        }
        graphics.dispose();
        String name = photoName(index);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(folder.resolve(name).toFile())) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(out);
            writer.write(null, new IIOImage(photo, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + name + ": " + e.getMessage(), e);
        } finally {
            writer.dispose();
        }
        return Label.of(largest, "block");
    }

    private static String photoName(int index) {
        return String.format(Locale.ROOT, "photo-%05d.jpg", index);
    }

    private static long sizeOnDisk(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void read(Path folder, int inputSize) {
        AtomicLong peakBeforeCollections = watchHeapBeforeCollections();
        long start = System.nanoTime();
        List<Scene> scenes = ScenesFolder.read(folder, Resolution.forTraining(inputSize), 0, Progress.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        long usedAtEnd = heapUsed();
        System.gc();
        long retained = heapUsed();
        int widest = scenes.stream().mapToInt(Scene::width).max().orElse(0);
        int tallest = scenes.stream().mapToInt(Scene::height).max().orElse(0);
        long keptBytes = scenes.stream().mapToLong(scene -> 4L * scene.width() * scene.height()).sum();
        System.out.printf(Locale.ROOT, "Read %d photos of %d×%d for training at input size %d in %.1f s (%.1f photos/s,"
                + " %d cores): kept pictures at most %d×%d px, %d MB of pixels%n", scenes.size(), WIDTH, HEIGHT,
                inputSize, seconds, scenes.size() / seconds, Runtime.getRuntime().availableProcessors(), widest,
                tallest, keptBytes / MB);
        System.out.printf(Locale.ROOT, "Heap: peak in use %d MB (before a collection, or at the end), %d MB still in"
                + " use after a full collection, limit %d MB%n", Math.max(peakBeforeCollections.get(), usedAtEnd) / MB,
                retained / MB, Runtime.getRuntime().maxMemory() / MB);
        Reference.reachabilityFence(scenes);
    }

    /** The most heap in use just before any collection so far, kept up to date from the collectors' notifications. */
    private static AtomicLong watchHeapBeforeCollections() {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        AtomicLong peak = new AtomicLong();
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    Map<String, MemoryUsage> before = GarbageCollectionNotificationInfo
                            .from((CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageBeforeGc();
                    long used = before.entrySet().stream().filter(pool -> heapPools.contains(pool.getKey()))
                            .mapToLong(pool -> pool.getValue().getUsed()).sum();
                    peak.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        return peak;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
