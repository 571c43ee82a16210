package io.github.chargallery.gallery.model;

import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.SillyTavernState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Tag normalisation shared by the filter and the tag counts: trimmed, lower case, so "AnyPoV" and "anypov" are one tag. */
public final class Tags {
    private Tags() {
    }

    public static String norm(String tag) {
        return tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
    }

    /** Card tags and user tags of a card, normalised, without blanks or duplicates. */
    static Set<String> of(CardSummary c) {
        return spellings(c).keySet();
    }

    /** Like {@link #of(CardSummary)}, with the tags SillyTavern gives the card. */
    static Set<String> of(CardSummary c, SillyTavernState st) {
        return spellings(c, st).keySet();
    }

    /** Like {@link #spellings(CardSummary)}, SillyTavern's tags for the card last. */
    static Map<String, String> spellings(CardSummary c, SillyTavernState st) {
        Map<String, String> all = spellings(c);
        st.of(c.id()).ifPresent(s -> s.tags().forEach(t -> {
            String n = norm(t);
            if (!n.isEmpty()) {
                all.putIfAbsent(n, t.strip());
            }
        }));
        return all;
    }

    /**
     * Each tag of a card (card tags, then user tags) by its normalised form, with the spelling the
     * card gives it (trimmed); a card that spells one tag two ways counts the first.
     */
    static Map<String, String> spellings(CardSummary c) {
        Map<String, String> all = new LinkedHashMap<>();
        for (List<String> tags : List.of(c.tags(), c.userTags())) {
            for (String t : tags) {
                String n = norm(t);
                if (!n.isEmpty()) {
                    all.putIfAbsent(n, t.strip());
                }
            }
        }
        return all;
    }
}
