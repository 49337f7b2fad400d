package dev.localizer.cli;

/**
 * Sets how much the libraries underneath (DL4J, ND4J, JavaCPP) log through slf4j-simple: warnings only by default,
 * their start-up chatter with {@code --verbose}, errors only with {@code --quiet}. It must run before the first
 * logger is created, which is why commands load no engine class while their options are parsed.
 */
final class Logging {

    private Logging() {
    }

    static void configure(Output.Verbosity verbosity) {
        String level = switch (verbosity) {
            case QUIET -> "error";
            case NORMAL -> "warn";
            case VERBOSE -> "info";
        };
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
    }
}
