package io.github.chargallery.library;


/**
 * Fails fast when blocking library work is called on the JavaFX application thread. Detected by
 * thread name so this package stays free of JavaFX.
 */
public final class FxThreadGuard {
    private FxThreadGuard() {
    }

    public static void check() {
        if ("JavaFX Application Thread".equals(Thread.currentThread().getName())) {
            throw new IllegalStateException("blocking library call on the JavaFX application thread");
        }
    }
}
