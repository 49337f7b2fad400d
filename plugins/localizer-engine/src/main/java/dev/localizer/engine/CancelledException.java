package dev.localizer.engine;

/** Thrown by engine work that stopped because the user cancelled it. */
public final class CancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("Cancelled by the user");
    }
}
