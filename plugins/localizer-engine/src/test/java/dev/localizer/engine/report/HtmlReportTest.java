package dev.localizer.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    @TempDir
    Path dir;

    @Test
    void showsTablesAndFiguresWithEscapedText() throws IOException {
        HtmlReport report = new HtmlReport("Localizer <demo>", "Scenes & boxes",
                List.of(new HtmlReport.Table("Held-out scenes", List.of(
                        new HtmlReport.Row("mean IoU", "0.812", "overlap of predicted and true boxes"),
                        new HtmlReport.Row("backend", "CPU", null)))),
                List.of(new HtmlReport.Figure("loss.svg", "Loss per epoch", List.of("loss.png"))));
        Path file = dir.resolve("report.html");
        report.write(file);
        String html = Files.readString(file);

        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<title>Localizer &lt;demo&gt;</title>"), html);
        assertTrue(html.contains("<p>Scenes &amp; boxes</p>"), html);
        assertTrue(html.contains("<tr><th>mean IoU</th><td class=\"value\">0.812</td>"
                + "<td class=\"note\">overlap of predicted and true boxes</td></tr>"), html);
        assertTrue(html.contains("<img src=\"loss.svg\" alt=\"Loss per epoch\">"), html);
        assertTrue(html.contains("<a href=\"loss.png\">loss.png</a>"), html);
        assertFalse(html.contains("<demo>"));
    }

    @Test
    void escapesEveryMarkupCharacter() {
        assertEquals("a&amp;b&lt;c&gt;d&quot;e&#39;f", HtmlReport.escape("a&b<c>d\"e'f"));
    }
}
