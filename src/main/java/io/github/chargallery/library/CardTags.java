package io.github.chargallery.library;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A card's tags as filters and tag counts see them: card tags, user tags and (when linked) SillyTavern's
 * tags, trimmed and in lower case, so "AnyPoV" and "anypov" are one tag.
 */
public final class CardTags {
    private CardTags() {
    }

    public static String norm(String tag) {
        return tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
    }

    /** Card tags and user tags of a card, normalised, without blanks or duplicates. */
    public static Set<String> of(CardSummary c) {
        return spellings(c).keySet();
    }

    /** Like {@link #of(CardSummary)}, with the tags SillyTavern gives the card. */
    public static Set<String> of(CardSummary c, SillyTavernState st) {
        return spellings(c, st).keySet();
    }

    /** Like {@link #spellings(CardSummary)}, SillyTavern's tags for the card last. */
    public static Map<String, String> spellings(CardSummary c, SillyTavernState st) {
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
    public static Map<String, String> spellings(CardSummary c) {
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

    /** Whether the card has this normalised tag, without building its tag set (the filter's hot path). */
    public static boolean has(CardSummary c, SillyTavernState st, String norm) {
        if (in(c.tags(), norm) || in(c.userTags(), norm)) {
            return true;
        }
        return !st.cards().isEmpty() && st.of(c.id()).map(s -> in(s.tags(), norm)).orElse(false);
    }

    private static boolean in(List<String> tags, String norm) {
        for (int i = 0, n = tags.size(); i < n; i++) {
            if (same(tags.get(i), norm)) {
                return true;
            }
        }
        return false;
    }

    /** {@code norm(raw).equals(norm)}, allocating only for a tag with spaces around it or of the same length. */
    private static boolean same(String raw, String norm) {
        int len = raw.length();
        boolean padded = len > 0 && (Character.isWhitespace(raw.charAt(0)) || Character.isWhitespace(raw.charAt(len - 1)));
        if (!padded && len != norm.length()) {
            return false;
        }
        return raw.equals(norm) || norm(raw).equals(norm);
    }
}
