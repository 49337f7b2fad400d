package dev.localizer.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import dev.localizer.engine.io.Staging;
import dev.localizer.engine.train.EpochRecord;

/**
 * The training history beside a model: one row per epoch, empty cells where a value does not exist. It is named
 * after the model ({@code tiny.zip} → {@code tiny.history.csv}), so that models in one folder keep their own.
 */
final class HistoryCsv {

    static final String SUFFIX = ".history.csv";
    static final String HEADER = "epoch,loss,validation_loss,detection_accuracy,mean_iou,class_accuracy,seconds";

    private HistoryCsv() {
    }

    /** The history file of a model file: beside it, named after it without its extension. */
    static Path besideModel(Path model) {
        if (model.getFileName() == null) {
            return model.resolve("history.csv"); // a root is no model file; the run's check says so
        }
        String name = model.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return model.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + SUFFIX);
    }

    static void write(Path file, List<EpochRecord> history) {
        Staging.writeFile(file, partial -> {
            try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                writer.write(HEADER + "\n");
                for (EpochRecord epoch : history) {
                    writer.write(String.join(",", Integer.toString(epoch.epoch()), number(epoch.loss()),
                            number(epoch.validationLoss()), number(epoch.detectionAccuracy()), number(epoch.meanIou()),
                            number(epoch.classAccuracy()), String.format(Locale.ROOT, "%.1f", epoch.seconds())) + "\n");
                }
            }
        });
    }

    private static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.5f", value) : "";
    }
}
