package io.github.chargallery.gallery.view;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Optional;
import javafx.application.Application;

/**
 * The window's palette. It is the application's user-agent stylesheet, so every window of the app
 * (dialogs, the rescue screen, the "already running" window) follows it without being told.
 */
public enum Theme {
    DARK("Dark", new PrimerDark().getUserAgentStylesheet()),
    LIGHT("Light", new PrimerLight().getUserAgentStylesheet());

    /** What the user sees in the View menu. */
    public final String label;
    private final String stylesheet;

    Theme(String label, String stylesheet) {
        this.label = label;
        this.stylesheet = stylesheet;
    }

    /** The theme a stored setting names; dark when there is none or it names no theme. */
    public static Theme of(Optional<String> setting) {
        for (Theme t : values()) {
            if (setting.isPresent() && t.name().equalsIgnoreCase(setting.get().strip())) {
                return t;
            }
        }
        return DARK;
    }

    private static Theme applied;

    /** Restyles every open window and the ones opened later (FX thread). */
    public void apply() {
        // each setting reloads the stylesheet (30 ms): the start-up applies it early, then again as it shows
        if (applied != this) {
            Application.setUserAgentStylesheet(stylesheet);
            applied = this;
        }
    }
}
