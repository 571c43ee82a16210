package io.github.chargallery.gallery.model;

import io.github.chargallery.library.CardSummary;
import java.util.Comparator;

/** A sort key and direction, as the grid uses it and as it is saved in the settings ("NAME:asc"). */
record SortOrder(SortKey key, boolean ascending) {
    static final SortOrder DEFAULT = new SortOrder(SortKey.NAME, true);

    /** Reads a saved order; a key from another version gives the default. */
    static SortOrder parse(String value) {
        String[] parts = value.split(":");
        try {
            return new SortOrder(SortKey.valueOf(parts[0]), parts.length < 2 || !parts[1].equals("desc"));
        } catch (IllegalArgumentException unknown) {
            return DEFAULT;
        }
    }

    String setting() {
        return key.name() + ":" + (ascending ? "asc" : "desc");
    }

    Comparator<CardSummary> comparator() {
        return key.comparator(ascending);
    }
}
