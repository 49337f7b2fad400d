package dev.localizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InfoCommandTest {

    @Test
    void reportsTheCpuBackendAndItsFastPath() {
        CliRun run = CliRun.of("info", "--device", "cpu");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Backend:       CPU\n"), run.out());
        assertTrue(run.out().contains("Devices:       CPU ("), run.out());
        assertTrue(run.out().contains("Layer helpers: "), run.out());
    }
}
