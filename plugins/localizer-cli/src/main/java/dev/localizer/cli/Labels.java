package dev.localizer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.localizer.engine.Label;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.scene.ScenesFolder;

/** The true labels of a scenes folder, by image file name, read from its {@code labels.csv}. */
final class Labels {

    private Labels() {
    }

    /** @param labelsFile a scenes folder's {@code labels.csv}, or the folder itself */
    static Map<String, Label> read(Path labelsFile) {
        return ScenesFolder.readLabels(folderOf(labelsFile));
    }

    /** The scenes folder that a labels option names. */
    static Path folderOf(Path labelsFile) {
        if (Files.isDirectory(labelsFile)) {
            return labelsFile;
        }
        if (!labelsFile.getFileName().toString().equals(ScenesFolder.LABELS_FILE)) {
            throw new LocalizerException("The labels file " + labelsFile + " is not named " + ScenesFolder.LABELS_FILE
                    + "; give the " + ScenesFolder.LABELS_FILE + " of a scenes folder (or the folder)");
        }
        return labelsFile.toAbsolutePath().getParent();
    }
}
