package io.github.chargallery.gallery;

import io.github.chargallery.library.DaemonThreads;
import javafx.scene.text.Font;

/**
 * One-time set-up the first frame needs, done on the idle core while the FX thread builds the window:
 * the font system (the first Label's text, and Tooltip's static set-up, 20-35 ms), the icon font
 * (Ikonli reads its font file when first used) and Tooltip's class set-up. A class's set-up runs once,
 * whichever thread gets there first; the other waits for it. Started from {@code init()}: the toolkit
 * must be up. No nodes are made here: a node's classes register their CSS pseudo-classes in a map
 * JavaFX does not guard, which the FX thread fills at the same time while it loads the stylesheet.
 */
final class Warmup {
    private static final String[] CLASSES = {
        "javafx.scene.control.Tooltip",
        "org.kordamp.ikonli.javafx.IkonResolver",
    };

    private Warmup() {
    }

    static void begin() {
        DaemonThreads.start("warm-up", Warmup::run);
    }

    private static void run() {
        Font.getDefault();
        ClassLoader loader = Warmup.class.getClassLoader();
        for (String name : CLASSES) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // not fatal here: the FX thread meets the same class and reports what is wrong then
                return;
            }
        }
    }
}
