package io.github.chargallery.gallery.model;

import io.github.chargallery.library.CardSummary;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Tag normalisation shared by the filter and the tag counts: trimmed, lower case. */
public final class Tags {
    private Tags() {
    }

    public static String norm(String tag) {
        return tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
    }

    /** Card tags and user tags of a card, normalised, without blanks or duplicates. */
    static Set<String> of(CardSummary c) {
        Set<String> all = new LinkedHashSet<>();
        for (String t : c.tags()) {
            String n = norm(t);
            if (!n.isEmpty()) {
                all.add(n);
            }
        }
        for (String t : c.userTags()) {
            String n = norm(t);
            if (!n.isEmpty()) {
                all.add(n);
            }
        }
        return all;
    }
}
