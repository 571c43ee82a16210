package io.github.chargallery.card;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the user changed in a card: the new values of the edited parts, nothing else. Saving
 * ({@link CardEditor}) writes only keys whose value really differs from the card's, so a value set
 * here that equals the card's leaves the file's JSON as it was (a comma-separated tags string stays a
 * string while the tags stay the same). Immutable; each {@code with} returns a new value.
 *
 * @param texts              new text per field
 * @param tags               the card's tags, when changed
 * @param alternateGreetings the whole list after adds, removals and reordering, when changed
 * @param groupOnlyGreetings likewise (V3)
 * @param lorebook           the character book's entries after the edit, when changed
 * @param rawJson            a whole replacement JSON (the "edit raw" mode); when present the other
 *                           parts must be empty: the raw text is what the user means
 */
public record CardChanges(
        Map<CardField, String> texts,
        Optional<List<String>> tags,
        Optional<List<String>> alternateGreetings,
        Optional<List<String>> groupOnlyGreetings,
        Optional<List<LorebookEntry>> lorebook,
        Optional<String> rawJson) {

    public static final CardChanges NONE = new CardChanges(Map.of(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public CardChanges {
        EnumMap<CardField, String> copy = new EnumMap<>(CardField.class);
        texts.forEach((k, v) -> copy.put(k, v == null ? "" : v));
        texts = Collections.unmodifiableMap(copy);
        tags = tags.map(List::copyOf);
        alternateGreetings = alternateGreetings.map(List::copyOf);
        groupOnlyGreetings = groupOnlyGreetings.map(List::copyOf);
        lorebook = lorebook.map(List::copyOf);
        if (rawJson.isPresent() && (!texts.isEmpty() || tags.isPresent() || alternateGreetings.isPresent()
                || groupOnlyGreetings.isPresent() || lorebook.isPresent())) {
            throw new IllegalArgumentException("a raw JSON replacement cannot be combined with field changes");
        }
    }

    /** The whole card replaced by this JSON text (validated when saved). */
    public static CardChanges raw(String json) {
        return new CardChanges(Map.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(json));
    }

    public CardChanges with(CardField field, String value) {
        EnumMap<CardField, String> t = new EnumMap<>(CardField.class);
        t.putAll(texts);
        t.put(field, value);
        return new CardChanges(t, tags, alternateGreetings, groupOnlyGreetings, lorebook, rawJson);
    }

    public CardChanges withTags(List<String> value) {
        return new CardChanges(texts, Optional.of(value), alternateGreetings, groupOnlyGreetings, lorebook, rawJson);
    }

    public CardChanges withAlternateGreetings(List<String> value) {
        return new CardChanges(texts, tags, Optional.of(value), groupOnlyGreetings, lorebook, rawJson);
    }

    public CardChanges withGroupOnlyGreetings(List<String> value) {
        return new CardChanges(texts, tags, alternateGreetings, Optional.of(value), lorebook, rawJson);
    }

    public CardChanges withLorebook(List<LorebookEntry> value) {
        return new CardChanges(texts, tags, alternateGreetings, groupOnlyGreetings, Optional.of(value), rawJson);
    }

    /** Whether nothing is changed at all. */
    public boolean isEmpty() {
        return texts.isEmpty() && tags.isEmpty() && alternateGreetings.isEmpty() && groupOnlyGreetings.isEmpty()
                && lorebook.isEmpty() && rawJson.isEmpty();
    }
}
