package dev.localizer.engine;

/**
 * A problem the user can fix (bad input, a missing file, an impossible setting). Its message says what was
 * wrong, with the offending value, and what to do; callers show it as is, without a stack trace.
 */
public class LocalizerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LocalizerException(String message) {
        super(message);
    }

    public LocalizerException(String message, Throwable cause) {
        super(message, cause);
    }
}
