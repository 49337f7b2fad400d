package dev.localizer.engine;

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

    /** The values of a line, unquoted. */
    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
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
        fields.add(field.toString());
        return fields;
    }
}
