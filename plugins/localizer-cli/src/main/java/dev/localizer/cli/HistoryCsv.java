package dev.localizer.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import dev.localizer.engine.train.EpochRecord;

/** The training history beside a model: one row per epoch, empty cells where a value does not exist. */
final class HistoryCsv {

    static final String FILE_NAME = "history.csv";
    static final String HEADER = "epoch,loss,validation_loss,detection_accuracy,mean_iou,class_accuracy,seconds";

    private HistoryCsv() {
    }

    static void write(Path file, List<EpochRecord> history) {
        AtomicFiles.write(file, partial -> {
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
