package dev.localizer.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.localizer.engine.Box;
import dev.localizer.engine.ClassNames;
import dev.localizer.engine.CsvLine;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.Prediction;
import dev.localizer.engine.io.Staging;

/**
 * The predictions file written by {@code predict} and read by {@code render} and {@code score}. Its columns are
 * {@code file, top, left, height, width} (the predicted box in the image's pixels), {@code presence_probability},
 * {@code present}, {@code class}, {@code class_probability}, followed by one {@code probability:NAME} column per
 * class of a multi-class model, which lets {@code score} compute the reference loss exactly.
 */
final class PredictionsCsv {

    static final List<String> HEADER = List.of("file", "top", "left", "height", "width", "presence_probability", "present",
            "class", "class_probability");
    static final String CLASS_PROBABILITY_PREFIX = "probability:";

    private PredictionsCsv() {
    }

    /** Writes the predictions of the images with the given file keys, in that order. */
    static void write(Path file, List<String> files, List<Prediction> predictions) {
        if (files.size() != predictions.size()) {
            throw new IllegalArgumentException("Got " + predictions.size() + " predictions for " + files.size() + " files");
        }
        List<String> classNames = predictions.isEmpty() ? List.of()
                : List.copyOf(predictions.get(0).classProbabilities().keySet());
        List<String> header = new ArrayList<>(HEADER);
        classNames.forEach(name -> header.add(CLASS_PROBABILITY_PREFIX + name));
        Staging.writeFile(file, partial -> {
            try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                writer.write(CsvLine.join(header) + "\n");
                for (int i = 0; i < files.size(); i++) {
                    Prediction row = predictions.get(i);
                    List<String> values = new ArrayList<>(List.of(files.get(i), pixels(row.box().top()),
                            pixels(row.box().left()), pixels(row.box().height()), pixels(row.box().width()),
                            probability(row.presenceProbability()), Boolean.toString(row.present()), row.className(),
                            probability(row.classProbability())));
                    classNames.forEach(name -> values.add(probability(row.classProbabilities().getOrDefault(name, 0.0))));
                    writer.write(CsvLine.join(values) + "\n");
                }
            }
        });
    }

    /** The predictions by image file key, in the file's order. */
    static Map<String, Prediction> read(Path file) {
        try {
            List<String> lines = CsvLine.readLines(file);
            String headerLine = lines.isEmpty() ? null : lines.get(0);
            List<String> header = headerLine == null ? List.of() : split(headerLine, file + " line 1: ");
            if (header.size() < HEADER.size() || !header.subList(0, HEADER.size()).equals(HEADER)) {
                throw new LocalizerException(file + " line 1: the header is \"" + ClassNames.printable(String.valueOf(headerLine))
                        + "\", expected it to start with \"" + String.join(",", HEADER) + "\"; give a CSV written by 'localizer predict'");
            }
            List<String> classNames = classColumns(header, file);
            Map<String, Prediction> rows = new LinkedHashMap<>();
            Map<String, Integer> lineOfFile = new HashMap<>();
            for (int index = 1; index < lines.size(); index++) {
                String line = lines.get(index);
                int lineNumber = index + 1;
                String where = file + " line " + lineNumber + ": ";
                if (!line.isBlank()) {
                    List<String> fields = split(line, where);
                    if (fields.size() != header.size()) {
                        throw new LocalizerException(where + "expected " + header.size() + " values, found " + fields.size());
                    }
                    String imageFile = fields.get(0);
                    Integer earlier = lineOfFile.putIfAbsent(imageFile, lineNumber);
                    if (earlier != null) {
                        throw new LocalizerException(where + "the file " + imageFile + " is listed again (first at line "
                                + earlier + "); list each image once");
                    }
                    rows.put(imageFile, parse(fields, classNames, where));
                }
            }
            return rows;
        } catch (NoSuchFileException e) {
            throw new LocalizerException("The predictions file " + file + " does not exist; write one with 'localizer predict'");
        } catch (IOException e) {
            throw new LocalizerException("Cannot read the predictions file " + file + " (" + e.getMessage() + ")", e);
        }
    }

    private static List<String> split(String line, String where) {
        try {
            return CsvLine.split(line);
        } catch (IllegalArgumentException e) {
            throw new LocalizerException(where + e.getMessage(), e);
        }
    }

    private static List<String> classColumns(List<String> header, Path file) {
        List<String> classNames = new ArrayList<>();
        for (String column : header.subList(HEADER.size(), header.size())) {
            if (!column.startsWith(CLASS_PROBABILITY_PREFIX)) {
                throw new LocalizerException(file + " line 1: unexpected column \"" + column + "\"; after "
                        + String.join(",", HEADER) + " only " + CLASS_PROBABILITY_PREFIX + "NAME columns may follow");
            }
            classNames.add(column.substring(CLASS_PROBABILITY_PREFIX.length()));
        }
        return classNames;
    }

    private static Prediction parse(List<String> fields, List<String> classNames, String where) {
        Box box;
        try {
            box = new Box(number(fields, 1, where), number(fields, 2, where), number(fields, 3, where), number(fields, 4, where));
        } catch (IllegalArgumentException e) {
            throw new LocalizerException(where + e.getMessage());
        }
        Map<String, Double> classProbabilities = new LinkedHashMap<>();
        for (int i = 0; i < classNames.size(); i++) {
            classProbabilities.put(classNames.get(i), probability(fields, HEADER.size() + i, CLASS_PROBABILITY_PREFIX + classNames.get(i), where));
        }
        String className;
        try {
            className = fields.get(7).isBlank() ? "" : ClassNames.check(fields.get(7));
        } catch (LocalizerException e) {
            throw new LocalizerException(where + e.getMessage(), e);
        }
        return new Prediction(box, probability(fields, 5, "presence_probability", where), bool(fields.get(6), where),
                className, probability(fields, 8, "class_probability", where), classProbabilities, Optional.empty());
    }

    private static double number(List<String> fields, int index, String where) {
        String value = fields.get(index).strip();
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new LocalizerException(where + "the " + HEADER.get(index) + " \"" + value + "\" is not a number");
        }
    }

    private static double probability(List<String> fields, int index, String column, String where) {
        String value = fields.get(index).strip();
        double probability;
        try {
            probability = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            probability = Double.NaN;
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new LocalizerException(where + "the " + column + " \"" + value + "\" is not a probability from 0 to 1");
        }
        return probability;
    }

    private static boolean bool(String value, String where) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new LocalizerException(where + "present is \"" + value + "\", expected true or false");
        };
    }

    private static String pixels(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String probability(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
