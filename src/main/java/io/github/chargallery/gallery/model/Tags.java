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

    /** Whether the list holds the tag in some letter case (the index keeps user tags unique that way). */
    static boolean hasIgnoringCase(List<String> tags, String tag) {
        return tags.stream().anyMatch(t -> t.equalsIgnoreCase(tag));
    }

    /** The card with this user tag added, unless it has it in some letter case. */
    static CardSummary with(CardSummary c, String tag) {
        if (hasIgnoringCase(c.userTags(), tag)) {
            return c;
        }
        List<String> tags = new java.util.ArrayList<>(c.userTags());
        tags.add(tag);
        return c.withUserTags(tags);
    }

    /** The card without this user tag, in any letter case. */
    static CardSummary without(CardSummary c, String tag) {
        return c.withUserTags(c.userTags().stream().filter(t -> !t.equalsIgnoreCase(tag)).toList());
    }
}
