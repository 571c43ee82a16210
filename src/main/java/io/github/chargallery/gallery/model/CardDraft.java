package io.github.chargallery.gallery.model;

import io.github.chargallery.card.Card;
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
        List<String> groupOnlyGreetings, List<LoreEntry> lorebook, String rawJson) {

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
        f.put(CardField.NAME, c.name());
        f.put(CardField.NICKNAME, c.nickname());
        f.put(CardField.CREATOR, c.creator());
        f.put(CardField.CHARACTER_VERSION, c.characterVersion());
        f.put(CardField.DESCRIPTION, c.description());
        f.put(CardField.PERSONALITY, c.personality());
        f.put(CardField.SCENARIO, c.scenario());
        f.put(CardField.FIRST_MESSAGE, c.firstMessage());
        f.put(CardField.EXAMPLE_MESSAGES, c.messageExamples());
        f.put(CardField.SYSTEM_PROMPT, c.systemPrompt());
        f.put(CardField.POST_HISTORY, c.postHistoryInstructions());
        f.put(CardField.CREATOR_NOTES, c.creatorNotes());
        return new CardDraft(f, c.tags(), c.alternateGreetings(), c.groupOnlyGreetings(), CardJsonParts.read(c.json()), null);
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

    public CardDraft withLorebook(List<LoreEntry> l) {
        return new CardDraft(fields, tags, alternateGreetings, groupOnlyGreetings, l, rawJson);
    }

    public CardDraft withRawJson(String json) {
        return new CardDraft(fields, tags, alternateGreetings, groupOnlyGreetings, lorebook, json);
    }
}
