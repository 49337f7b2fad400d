package dev.localizer.cli;

import java.nio.file.Path;

/** Small scenes folders for tests: 64×64 px with small sprites, so they are quick to make and to learn from. */
final class TinyScenes {

    private TinyScenes() {
    }

    static CliRun write(Path folder, int count, long seed) {
        return CliRun.of("scenes", "--out", folder.toString(), "--count", Integer.toString(count), "--size", "64",
                "--scale", "0.2,0.4", "--seed", Long.toString(seed));
    }
}
