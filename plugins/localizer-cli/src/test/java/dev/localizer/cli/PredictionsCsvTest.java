package dev.localizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.localizer.engine.Box;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.Prediction;

class PredictionsCsvTest {

    @TempDir
    Path dir;

    @Test
    void writesTheDocumentedColumnsAndReadsThemBack() throws IOException {
        Map<String, Double> probabilities = new LinkedHashMap<>();
        probabilities.put("fox", 0.7);
        probabilities.put("pen,guin", 0.3);
        Map<String, Prediction> rows = new LinkedHashMap<>();
        rows.put("scene-000000.png", new Prediction(new Box(10.5, 20, 30.25, 40), 0.93, true, "fox", 0.7, probabilities,
                Optional.empty()));
        rows.put("a \"b\".png", new Prediction(new Box(0, 0, 5, 5), 0.1, false, "pen,guin", 0.3, probabilities,
                Optional.empty()));
        Path file = dir.resolve("out/pred.csv");

        PredictionsCsv.write(file, List.copyOf(rows.keySet()), List.copyOf(rows.values()));

        assertEquals(List.of(
                "file,top,left,height,width,presence_probability,present,class,class_probability,probability:fox,\"probability:pen,guin\"",
                "scene-000000.png,10.50,20.00,30.25,40.00,0.930000,true,fox,0.700000,0.700000,0.300000",
                "\"a \"\"b\"\".png\",0.00,0.00,5.00,5.00,0.100000,false,\"pen,guin\",0.300000,0.700000,0.300000"),
                Files.readAllLines(file));
        assertEquals(List.copyOf(rows.entrySet()), List.copyOf(PredictionsCsv.read(file).entrySet()));
        assertEquals(List.of(file), Files.list(file.getParent()).toList(), "no temporary file left");
    }

    @Test
    void singleClassModelsHaveNoProbabilityColumns() throws IOException {
        Path file = dir.resolve("pred.csv");
        PredictionsCsv.write(file, List.of("x.png"), List.of(Prediction.of(Box.NONE, 0.2, false, "object", 1.0)));
        assertEquals("file,top,left,height,width,presence_probability,present,class,class_probability",
                Files.readAllLines(file).get(0));
    }

    @Test
    void badRowsNameTheLineAndTheValue() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, String.join(",", PredictionsCsv.HEADER) + "\nx.png,1,2,3,4,1.5,true,fox,0.9\n");
        LocalizerException error = assertThrows(LocalizerException.class, () -> PredictionsCsv.read(file));
        assertEquals(file + " line 2: the presence_probability \"1.5\" is not a probability from 0 to 1", error.getMessage());

        Files.writeString(file, "file,top,left\n");
        error = assertThrows(LocalizerException.class, () -> PredictionsCsv.read(file));
        assertEquals(file + " line 1: the header is \"file,top,left\", expected it to start with \""
                + String.join(",", PredictionsCsv.HEADER) + "\"; give a CSV written by 'localizer predict'", error.getMessage());
    }

    @Test
    void duplicateRowsBrokenQuotesAndUnprintableClassesNameFileAndLine() throws IOException {
        Path file = dir.resolve("pred.csv");
        String header = String.join(",", PredictionsCsv.HEADER);
        Files.writeString(file, header + "\nx.png,1,2,3,4,0.9,true,fox,0.9\ny.png,1,2,3,4,0.9,true,fox,0.9\n"
                + "x.png,1,2,3,4,0.1,false,fox,0.9\n");
        assertEquals(file + " line 4: the file x.png is listed again (first at line 2); list each image once",
                assertThrows(LocalizerException.class, () -> PredictionsCsv.read(file)).getMessage());
        Files.writeString(file, header + "\n\"x.png,1,2,3,4,0.9,true,fox,0.9\n");
        assertEquals(file + " line 2: value 1 opens a quote that is not closed on this line; close it with \"",
                assertThrows(LocalizerException.class, () -> PredictionsCsv.read(file)).getMessage());
        Files.writeString(file, header + "\nx.png,1,2,3,4,0.9,true,fox\u202E,0.9\n");
        String message = assertThrows(LocalizerException.class, () -> PredictionsCsv.read(file)).getMessage();
        assertEquals(file + " line 2: the class name \"fox\\u202E\" holds the control character U+202E; use printable"
                + " characters only", message);
        Files.write(file, (header + "\nx.png,1,2,3,4,0.9,true,\u00e9l\u00e9phant,0.9\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(file + " is not UTF-8 text at line 2; save it as UTF-8",
                assertThrows(LocalizerException.class, () -> PredictionsCsv.read(file)).getMessage());
    }
}
