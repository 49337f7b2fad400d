package dev.localizer.engine.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A self-contained one-page HTML report: a title, an introduction, tables of named values, and figures that refer
 * to image files beside the report (so the page, its images and the data files can be moved together).
 */
public record HtmlReport(String title, String introduction, List<Table> tables, List<Figure> figures) {

    /** A headed table of named values, each with an optional note on what it means. */
    public record Table(String heading, List<Row> rows) {
        public Table {
            Objects.requireNonNull(heading, "heading");
            rows = List.copyOf(rows);
        }
    }

    public record Row(String name, String value, String note) {
        public Row {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            note = note == null ? "" : note;
        }
    }

    /**
     * An image shown on the page.
     *
     * @param file       the image's path relative to the report
     * @param caption    what the image shows
     * @param otherFiles the same image in other formats, linked below it
     */
    public record Figure(String file, String caption, List<String> otherFiles) {
        public Figure {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(caption, "caption");
            otherFiles = List.copyOf(otherFiles);
        }
    }

    public HtmlReport {
        Objects.requireNonNull(title, "title");
        introduction = introduction == null ? "" : introduction;
        tables = List.copyOf(tables);
        figures = List.copyOf(figures);
    }

    public String toHtml() {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<style>\n")
                .append("body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:1100px;margin:2em auto;")
                .append("padding:0 1em;color:#222;line-height:1.45}\n")
                .append("h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em}\n")
                .append(".tables{display:flex;flex-wrap:wrap;gap:2em}\n")
                .append("table{border-collapse:collapse;min-width:320px}")
                .append("td,th{padding:.3em .8em;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}\n")
                .append("td.value{font-variant-numeric:tabular-nums;font-weight:600;white-space:nowrap}")
                .append("td.note{color:#666;font-size:.9em}\n")
                .append("figure{margin:1.5em 0}figure img{max-width:100%;border:1px solid #ddd}")
                .append("figcaption{color:#444;margin-top:.4em}\n")
                .append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(title)).append("</h1>\n");
        if (!introduction.isEmpty()) {
            html.append("<p>").append(escape(introduction)).append("</p>\n");
        }
        html.append("<div class=\"tables\">\n");
        for (Table table : tables) {
            appendTable(html, table);
        }
        html.append("</div>\n");
        for (Figure figure : figures) {
            appendFigure(html, figure);
        }
        return html.append("</body>\n</html>\n").toString();
    }

    public void write(Path file) throws IOException {
        Files.writeString(file, toHtml(), StandardCharsets.UTF_8);
    }

    private static void appendTable(StringBuilder html, Table table) {
        html.append("<section>\n<h2>").append(escape(table.heading())).append("</h2>\n<table>\n");
        for (Row row : table.rows()) {
            html.append("<tr><th>").append(escape(row.name())).append("</th><td class=\"value\">")
                    .append(escape(row.value())).append("</td><td class=\"note\">").append(escape(row.note()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n</section>\n");
    }

    private static void appendFigure(StringBuilder html, Figure figure) {
        html.append("<figure>\n<img src=\"").append(escape(figure.file())).append("\" alt=\"")
                .append(escape(figure.caption())).append("\">\n<figcaption>").append(escape(figure.caption()));
        for (String other : figure.otherFiles()) {
            html.append(" <a href=\"").append(escape(other)).append("\">").append(escape(other)).append("</a>");
        }
        html.append("</figcaption>\n</figure>\n");
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
