package io.github.chargallery.card;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies {@link CardChanges} to a card's JSON tree, touching only the keys whose value changes: every
 * other key, known or not, at any depth, keeps its value and its place (new keys go last). V1 cards are
 * edited at the top level, V2 and V3 under {@code data}; a V3 card gets {@code modification_date} = now.
 */
final class CardJsonEdit {
    /** The edited card: its JSON tree and its spec (a raw replacement may change the spec). */
    record Result(ObjectNode root, Spec spec) {
    }

    private CardJsonEdit() {
    }

    /** The edited tree, or empty when the changes leave the card as it is. */
    static Optional<Result> apply(Card card, CardChanges changes, Instant now) throws EditRefusedException {
        ObjectNode root;
        Spec spec;
        boolean changed;
        if (changes.rawJson().isPresent()) {
            root = parseRaw(changes.rawJson().get());
            spec = check(root.toString(), "the raw JSON").spec();
            changed = !root.equals(tree(card.json()));
        } else {
            root = tree(card.json());
            spec = card.spec();
            changed = applyFields(target(root, spec), changes);
        }
        if (!changed) {
            return Optional.empty();
        }
        ObjectNode target = target(root, spec);
        if (spec == Spec.V3) {
            target.put("modification_date", now.getEpochSecond());
        }
        JsonNode name = target.get("name");
        if (name == null || !name.isValueNode() || name.asText().isBlank()) {
            throw new EditRefusedException("the card's name is empty: a card needs a name to be saved");
        }
        return Optional.of(new Result(root, spec));
    }

    /** Where the fields live: the top level for V1, {@code data} for V2 and V3. */
    static ObjectNode target(ObjectNode root, Spec spec) {
        JsonNode data = root.get("data");
        return spec != Spec.V1 && data instanceof ObjectNode d ? d : root;
    }

    /** The card a JSON text reads as, or the reason it is not one. */
    static Card check(String json, String what) throws EditRefusedException {
        try {
            return CardParser.parse(Path.of(what), what, json, "", new ArrayList<>());
        } catch (CardFormatException e) {
            throw new EditRefusedException(e.reason(), e);
        }
    }

    private static ObjectNode parseRaw(String json) throws EditRefusedException {
        JsonNode n;
        try {
            n = JsonText.parse(json);
        } catch (IOException e) {
            check(json, "the raw JSON"); // says where the syntax error is
            throw new EditRefusedException("the raw JSON is not valid JSON", e);
        }
        if (!(n instanceof ObjectNode o)) {
            throw new EditRefusedException("the raw JSON is not a card object");
        }
        return o;
    }

    static ObjectNode tree(String json) throws EditRefusedException {
        try {
            return (ObjectNode) JsonText.parse(json);
        } catch (IOException | ClassCastException e) {
            throw new EditRefusedException("the card's JSON cannot be read back as an object", e);
        }
    }

    private static boolean applyFields(ObjectNode d, CardChanges changes) throws EditRefusedException {
        boolean changed = false;
        for (Map.Entry<CardField, String> e : changes.texts().entrySet()) {
            changed |= setText(d, e.getKey().key(), e.getValue());
        }
        if (changes.tags().isPresent()) {
            changed |= setList(d, "tags", changes.tags().get());
        }
        if (changes.alternateGreetings().isPresent()) {
            changed |= setList(d, "alternate_greetings", changes.alternateGreetings().get());
        }
        if (changes.groupOnlyGreetings().isPresent()) {
            changed |= setList(d, "group_only_greetings", changes.groupOnlyGreetings().get());
        }
        if (changes.lorebook().isPresent()) {
            changed |= Lorebook.apply(d, changes.lorebook().get());
        }
        return changed;
    }

    /**
     * Sets a text key unless it holds that value already as the editor shows it: a number 1.2 equals the
     * text "1.2", a name equals itself without its surrounding spaces, and a list or object where text
     * belongs (read as "") equals "". So an editor may pass every field back and only real edits are written.
     */
    private static boolean setText(ObjectNode d, String key, String value) {
        JsonNode n = d.get(key);
        boolean same;
        if (n == null || n.isNull() || !n.isValueNode()) {
            same = value.isEmpty();
        } else {
            same = key.equals("name") ? n.asText().strip().equals(value.strip()) : n.asText().equals(value);
        }
        if (same) {
            return false;
        }
        d.put(key, value);
        return true;
    }

    private static boolean setList(ObjectNode d, String key, List<String> values) {
        JsonNode n = d.get(key);
        List<String> now = n == null ? List.of() : Lorebook.list(n);
        if (now.equals(values)) {
            return false;
        }
        d.set(key, Lorebook.array(values));
        return true;
    }
}
