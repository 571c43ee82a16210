package io.github.chargallery.gallery;

import io.github.chargallery.library.DaemonThreads;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;

/**
 * One-time set-up the first frame needs, done on the idle core while the FX thread builds the window:
 * the font system (the first Label's text, and Tooltip's static set-up, 20-35 ms), the icon font
 * (Ikonli reads its font file when first used), and the classes of a popup window (the first Tooltip
 * made costs 35 ms, the next ones 1-2). A class's set-up runs once, whichever thread gets there first;
 * the other waits for it. Started from {@code init()}: the toolkit must be up. Nodes and popups may be
 * made on any thread until they are shown; the Tooltip made here is never shown.
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
        new Tooltip("warm-up");
    }
}
