package dev.localizer.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a comma-separated file with RFC 4180 quoting (no line breaks inside values): the one reader and
 * writer of the project's CSV files ({@code labels.csv}, predictions, history).
 */
public final class CsvLine {

    private CsvLine() {
    }

    /** The values joined by commas, each quoted where it needs to be. */
    public static String join(List<String> values) {
        return String.join(",", values.stream().map(CsvLine::quote).toList());
    }

    /** The value, quoted when it holds a comma, a quote or surrounding blanks. */
    public static String quote(String value) {
        boolean needsQuotes = value.contains(",") || value.contains("\"") || !value.equals(value.strip());
        return needsQuotes ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /**
     * The lines of a CSV file, decoded as UTF-8 (a byte order mark is dropped).
     *
     * @throws LocalizerException naming the file and line where the text is not UTF-8
     * @throws IOException        when the file cannot be read
     */
    public static List<String> readLines(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int length = end > start && bytes[end - 1] == '\r' ? end - start - 1 : end - start;
            try {
                lines.add(decoder.decode(ByteBuffer.wrap(bytes, start, length)).toString());
            } catch (CharacterCodingException e) {
                throw new LocalizerException(file + " is not UTF-8 text at line " + (lines.size() + 1)
                        + "; save it as UTF-8");
            }
            start = end + 1;
        }
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1));
        }
        return lines;
    }

    /**
     * The values of a line, unquoted.
     *
     * @throws IllegalArgumentException when a quoted value is not closed or a value holds a control character
     *                                  (which a terminal would act on when the value is shown)
     */
    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isISOControl(c) && c != '\t') {
                throw new IllegalArgumentException("value " + (fields.size() + 1) + " holds the control character "
                        + String.format("U+%04X", (int) c) + "; remove it");
            }
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("value " + (fields.size() + 1) + " opens a quote that is not closed on"
                    + " this line; close it with \"");
        }
        fields.add(field.toString());
        return fields;
    }
}
