package dev.localizer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvLineTest {

    @Test
    void quotesOnlyWhatNeedsIt() {
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",\" padded\"", CsvLine.join(List.of("a", "b,c", "say \"hi\"", " padded")));
    }

    @Test
    void splitsWhatJoinWrote() {
        List<String> values = List.of("fox", "1,5", "\"", "", " x ");
        assertEquals(values, CsvLine.split(CsvLine.join(values)));
    }

    @Test
    void keepsEmptyTrailingValues() {
        assertEquals(List.of("a", "", ""), CsvLine.split("a,,"));
    }
}
