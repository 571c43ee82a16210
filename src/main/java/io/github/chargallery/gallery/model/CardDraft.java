package io.github.chargallery.gallery.model;

import io.github.chargallery.card.LorebookEntry;
import io.github.chargallery.card.CardField;
import io.github.chargallery.card.Card;
import io.github.chargallery.card.CardChanges;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the editor holds for a card at one moment: every value the user can change. Two drafts are
 * equal when they would save the same card, which is how the editor knows there is something to save.
 *
 * @param rawJson the whole card JSON as typed in "Edit raw" mode, or null when the form is used
 */
public record CardDraft(Map<CardField, String> fields, List<String> tags, List<String> alternateGreetings,
        List<String> groupOnlyGreetings, List<LorebookEntry> lorebook, String rawJson) {

    public CardDraft {
        EnumMap<CardField, String> f = new EnumMap<>(CardField.class);
        for (CardField k : CardField.values()) {
            String v = fields.get(k);
            f.put(k, v == null ? "" : v);
        }
        fields = java.util.Collections.unmodifiableMap(f);
        tags = List.copyOf(tags);
        alternateGreetings = List.copyOf(alternateGreetings);
        groupOnlyGreetings = List.copyOf(groupOnlyGreetings);
        lorebook = List.copyOf(lorebook);
    }

    /** The card as read from its file. */
    public static CardDraft of(Card c) {
        Map<CardField, String> f = new EnumMap<>(CardField.class);
        for (CardField k : CardField.values()) {
            f.put(k, k.of(c));
        }
        return new CardDraft(f, c.tags(), c.alternateGreetings(), c.groupOnlyGreetings(),
                io.github.chargallery.card.CardEditor.lorebook(c), null);
    }

    /** What saving this draft changes in the card it was read as ({@code base}): only the parts that differ. */
    public CardChanges changesFrom(CardDraft base) {
        if (rawJson != null) {
            return CardChanges.raw(rawJson);
        }
        CardChanges c = CardChanges.NONE;
        for (CardField k : CardField.values()) {
            if (!fields.get(k).equals(base.fields.get(k))) {
                c = c.with(k, fields.get(k));
            }
        }
        if (!tags.equals(base.tags)) {
            c = c.withTags(tags);
        }
        if (!alternateGreetings.equals(base.alternateGreetings)) {
            c = c.withAlternateGreetings(alternateGreetings);
        }
        if (!groupOnlyGreetings.equals(base.groupOnlyGreetings)) {
            c = c.withGroupOnlyGreetings(groupOnlyGreetings);
        }
        if (!lorebook.equals(base.lorebook)) {
            c = c.withLorebook(lorebook);
        }
        return c;
    }

    public String get(CardField f) {
        return fields.get(f);
    }

    public CardDraft with(CardField field, String value) {
        Map<CardField, String> f = new EnumMap<>(fields);
        f.put(field, value);
        return new CardDraft(f, tags, alternateGreetings, groupOnlyGreetings, lorebook, rawJson);
    }

    public CardDraft withTags(List<String> t) {
        return new CardDraft(fields, t, alternateGreetings, groupOnlyGreetings, lorebook, rawJson);
    }

    public CardDraft withAlternateGreetings(List<String> g) {
        return new CardDraft(fields, tags, g, groupOnlyGreetings, lorebook, rawJson);
    }

    public CardDraft withGroupOnlyGreetings(List<String> g) {
        return new CardDraft(fields, tags, alternateGreetings, g, lorebook, rawJson);
    }

    public CardDraft withLorebook(List<LorebookEntry> l) {
        return new CardDraft(fields, tags, alternateGreetings, groupOnlyGreetings, l, rawJson);
    }

    public CardDraft withRawJson(String json) {
        return new CardDraft(fields, tags, alternateGreetings, groupOnlyGreetings, lorebook, json);
    }
}
