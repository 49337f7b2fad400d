package dev.localizer.cli;

import dev.localizer.engine.LocalizerException;

/** Tells the user plainly that a part of the engine a command needs is not in this build. */
final class EngineParts {

    private EngineParts() {
    }

    static LocalizerException notAvailable(String command, String part) {
        return new LocalizerException("'localizer " + command + "' is not available yet in this build: " + part
                + " is not part of the engine yet.");
    }
}
