package io.github.chargallery.card;


/** The character-card spec a card was written in. */
public enum Spec {
    V1, V2, V3;

    /** Lower-case label used in JSON output and the UI: "v1", "v2", "v3". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
