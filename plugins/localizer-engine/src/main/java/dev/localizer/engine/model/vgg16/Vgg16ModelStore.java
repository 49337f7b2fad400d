package dev.localizer.engine.model.vgg16;

import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.Adler32;
import org.deeplearning4j.common.resources.DL4JResources;

/**
 * Where the DL4J model store keeps VGG16's ImageNet weights, and how to get them: the same URL, cache file
 * ({@code ~/.deeplearning4j/models/vgg16/vgg16_dl4j_inference.zip}, honouring
 * {@code -Dorg.deeplearning4j.resources.directory}) and Adler32 checksum as DL4J's zoo, so a file that DL4J
 * (or the user) already put there is reused. Unlike the zoo, a file that fails its checksum is reported, never
 * deleted: it is the user's.
 *
 * @param url       where to download the zip from
 * @param cacheFile where it is (or will be) kept
 * @param adler32   its Adler32 checksum
 */
public record Vgg16ModelStore(URI url, Path cacheFile, long adler32) {

    public static final String FILE_NAME = "vgg16_dl4j_inference.zip";
    /** The zoo's checksum of {@link #FILE_NAME} (deeplearning4j-zoo 1.0.0-M2.1, {@code VGG16.pretrainedChecksum}). */
    public static final long IMAGENET_ADLER32 = 3_501_732_770L;
    private static final int CONNECT_TIMEOUT_MS = 15_000;
    private static final int READ_TIMEOUT_MS = 60_000;

    /** The DL4J model store's ImageNet VGG16: {@code <base URL>models/vgg16_dl4j_inference.zip}. */
    public static Vgg16ModelStore imagenet() {
        return new Vgg16ModelStore(URI.create(DL4JResources.getURLString("models/" + FILE_NAME)),
                DL4JResources.getBaseDirectory().toPath().resolve("models").resolve("vgg16").resolve(FILE_NAME),
                IMAGENET_ADLER32);
    }

    /**
     * The weights from the cache file, downloading it first when it is missing and {@code download} is true.
     *
     * @throws LocalizerException when the file is missing and cannot be downloaded, or fails its checksum; the
     *                            message says which file to get, from where, and where to put it
     */
    public Vgg16Weights load(boolean download, Progress progress) {
        return load(Vgg16Architecture.STANDARD, download, progress);
    }

    /**
     * The pretrained weights from {@code localFile} when the user named one (checked by shape, not checksum),
     * otherwise from the model store's cache (see {@link #load(boolean, Progress)}).
     */
    public Vgg16Weights load(Optional<Path> localFile, boolean download, Progress progress) {
        return localFile.map(file -> Vgg16WeightFiles.load(file, Vgg16Architecture.STANDARD))
                .orElseGet(() -> load(download, progress));
    }

    Vgg16Weights load(Vgg16Architecture architecture, boolean download, Progress progress) {
        if (!Files.isRegularFile(cacheFile)) {
            if (!download) {
                throw missing("downloads are switched off");
            }
            fetch(progress);
        }
        verifyChecksum();
        return Vgg16WeightFiles.load(cacheFile, architecture);
    }

    private void fetch(Progress progress) {
        Path partial = cacheFile.resolveSibling(cacheFile.getFileName() + ".part");
        try {
            Files.createDirectories(cacheFile.getParent());
            HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
            connection.setConnectTimeout(CONNECT_TIMEOUT_MS);
            connection.setReadTimeout(READ_TIMEOUT_MS);
            long length = connection.getContentLengthLong();
            try (InputStream in = connection.getInputStream(); OutputStream out = Files.newOutputStream(partial)) {
                byte[] buffer = new byte[1 << 16];
                long done = 0;
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    progress.checkCancelled();
                    out.write(buffer, 0, read);
                    done += read;
                    progress.report(length > 0 ? (double) done / length : 0,
                            "downloading VGG16 weights, " + (done >> 20) + " MB");
                }
            }
            Files.move(partial, cacheFile, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw missing("the download failed: " + e);
        } finally {
            deleteQuietly(partial);
        }
    }

    private static void deleteQuietly(Path ownPartialDownload) {
        try {
            Files.deleteIfExists(ownPartialDownload);
        } catch (IOException ignored) {
            // a leftover .part file is overwritten by the next download
        }
    }

    private LocalizerException missing(String why) {
        return new LocalizerException("The VGG16 ImageNet weights are not at " + cacheFile + " and " + why
                + ". Download " + url + " (Adler32 " + adler32 + ") and put it at " + cacheFile
                + ", or name a local weights file: that zip or a Keras VGG16 'notop' .h5 ("
                + Vgg16WeightFiles.KERAS_NOTOP_FILE + ").");
    }

    private void verifyChecksum() {
        Adler32 checksum = new Adler32();
        try (InputStream in = Files.newInputStream(cacheFile)) {
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                checksum.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new LocalizerException("Cannot read " + cacheFile + ": " + e.getMessage(), e);
        }
        if (checksum.getValue() != adler32) {
            throw new LocalizerException("VGG16 weights file " + cacheFile + " has Adler32 checksum "
                    + checksum.getValue() + ", not " + adler32 + ": it is incomplete or a different file. "
                    + "Replace it with " + url + ", or name it as a local weights file to use it unchecked.");
        }
    }
}
