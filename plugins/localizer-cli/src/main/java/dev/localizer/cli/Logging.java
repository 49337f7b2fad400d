package dev.localizer.cli;

/**
 * Sets how much the engine and the libraries underneath (DL4J, ND4J, JavaCPP) log through slf4j-simple: warnings
 * only by default, their start-up chatter with {@code --verbose}, errors only with {@code --quiet}. Warnings read
 * like the command's own ({@code localizer: warning: ...}); verbose output names the logger. It must run before the
 * first logger is created, which is why commands load no engine class while their options are parsed.
 */
final class Logging {

    private static final String PREFIX = "org.slf4j.simpleLogger.";

    private Logging() {
    }

    static void configure(Output.Verbosity verbosity) {
        String level = switch (verbosity) {
            case QUIET -> "error";
            case NORMAL -> "warn";
            case VERBOSE -> "info";
        };
        boolean verbose = verbosity == Output.Verbosity.VERBOSE;
        System.setProperty(PREFIX + "defaultLogLevel", level);
        System.setProperty(PREFIX + "logFile", "System.err");
        System.setProperty(PREFIX + "showThreadName", "false");
        System.setProperty(PREFIX + "showLogName", "false");
        System.setProperty(PREFIX + "showShortLogName", Boolean.toString(verbose));
        System.setProperty(PREFIX + "warnLevelString", "localizer: warning:");
        System.setProperty(PREFIX + "errorLevelString", "localizer: error:");
    }
}
