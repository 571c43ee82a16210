package io.github.chargallery;

import io.github.chargallery.cli.Cli;
import java.util.Optional;

/**
 * Entry point of the jar. It is not an {@code Application} subclass on purpose: the JDK's launcher refuses
 * to start such a class from a plain classpath ("JavaFX runtime components are missing"), and headless
 * commands, help and usage errors must not load JavaFX at all. The window is started by {@link FxModules},
 * which puts JavaFX on a module layer so it runs as the named modules it expects.
 */
public final class Launcher {
    static final String GALLERY_APP = "io.github.chargallery.gallery.GalleryApp";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (!Cli.opensWindow(args)) {
            // Cli reports a command's own OutOfMemoryError; this one covers the threads a command starts.
            Thread.UncaughtExceptionHandler usual = Thread.getDefaultUncaughtExceptionHandler();
            Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
                if (e instanceof OutOfMemoryError) {
                    System.err.println(Cli.outOfMemory(args[0]));
                    Runtime.getRuntime().halt(1);
                } else if (usual != null) {
                    usual.uncaughtException(thread, e);
                } else {
                    thread.getThreadGroup().uncaughtException(thread, e);
                }
            });
            int code = Cli.run(args, System.out, System.err);
            System.out.flush();
            System.exit(code);
        }
        int bad = Cli.checkWindowArgs(args, System.out, System.err);
        if (bad >= 0) {
            System.exit(bad);
        }
        Optional<String> noDisplay = Cli.noDisplay(System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("glass.platform"));
        if (noDisplay.isPresent()) {
            System.err.println(noDisplay.get());
            System.exit(1);
        }
        FxModules.startWindow(GALLERY_APP, args);
    }
}
