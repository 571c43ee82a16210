package io.github.chargallery;

import io.github.chargallery.cli.Cli;
import io.github.chargallery.gallery.GalleryApp;

/**
 * Entry point of the jar. It is not an {@code Application} subclass on purpose: the JDK's launcher
 * refuses to start such a class from a plain classpath ("JavaFX runtime components are missing"),
 * and headless commands must not load JavaFX at all.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("--")) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        io.github.chargallery.gallery.GalleryApp.main(args);
    }
}
