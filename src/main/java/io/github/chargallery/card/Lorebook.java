package io.github.chargallery.card;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * A card's character book read as {@link LorebookEntry} rows and written back from them. Writing starts
 * from each entry's own JSON and sets only the fields whose value changed, so unknown fields survive.
 */
final class Lorebook {
    private static final JsonNodeFactory NODES = JsonText.LOSSLESS.getNodeFactory();

    private Lorebook() {
    }

    /** The entries under {@code data.character_book.entries} (a list, or the values of an object). */
    static List<LorebookEntry> entries(JsonNode data) {
        List<LorebookEntry> out = new ArrayList<>();
        JsonNode entries = data.path("character_book").path("entries");
        if (entries.isArray() || entries.isObject()) {
            for (JsonNode e : entries) {
                if (e.isObject()) {
                    out.add(entry(e));
                }
            }
        }
        return out;
    }

    static LorebookEntry entry(JsonNode e) {
        return new LorebookEntry(list(e.get("keys")), list(e.get("secondary_keys")), text(e, "name"),
                text(e, "comment"), text(e, "content"), e.path("enabled").asBoolean(true),
                e.path("insertion_order").asInt(0), e.path("constant").asBoolean(false),
                e.path("selective").asBoolean(false), text(e, "position"), e.toString());
    }

    /** Sets the book's entries when they differ from what {@code data} holds; true when it wrote. */
    static boolean apply(ObjectNode data, List<LorebookEntry> wanted) throws EditRefusedException {
        if (entries(data).equals(wanted)) {
            return false;
        }
        ArrayNode array = NODES.arrayNode();
        for (LorebookEntry e : wanted) {
            array.add(write(e));
        }
        JsonNode book = data.get("character_book");
        if (book == null || !book.isObject()) {
            ObjectNode fresh = NODES.objectNode();
            fresh.set("extensions", NODES.objectNode());
            fresh.set("entries", array);
            data.set("character_book", fresh);
        } else {
            ((ObjectNode) book).set("entries", array);
        }
        return true;
    }

    private static ObjectNode write(LorebookEntry e) throws EditRefusedException {
        ObjectNode node;
        if (e.source() != null) {
            try {
                node = (ObjectNode) JsonText.parse(e.source());
            } catch (IOException | ClassCastException ex) {
                throw new EditRefusedException("a lorebook entry's own JSON is not an object", ex);
            }
        } else {
            node = NODES.objectNode();
            node.set("keys", NODES.arrayNode());
            node.put("content", "");
            node.set("extensions", NODES.objectNode());
            node.put("enabled", true);
            node.put("insertion_order", 100);
            node.put("use_regex", false);
            node.put("constant", false);
            node.put("selective", false);
            node.set("secondary_keys", NODES.arrayNode());
            node.put("name", "");
            node.put("comment", "");
            node.put("position", "before_char");
        }
        LorebookEntry was = entry(node);
        if (!was.keys().equals(e.keys())) {
            node.set("keys", array(e.keys()));
        }
        if (!was.secondaryKeys().equals(e.secondaryKeys())) {
            node.set("secondary_keys", array(e.secondaryKeys()));
        }
        setText(node, "name", was.name(), e.name());
        setText(node, "comment", was.comment(), e.comment());
        setText(node, "content", was.content(), e.content());
        if (was.enabled() != e.enabled()) {
            node.put("enabled", e.enabled());
        }
        if (was.insertionOrder() != e.insertionOrder()) {
            node.put("insertion_order", e.insertionOrder());
        }
        if (was.constant() != e.constant()) {
            node.put("constant", e.constant());
        }
        if (was.selective() != e.selective()) {
            node.put("selective", e.selective());
        }
        if (!was.position().equals(e.position())) {
            // A card that stores the position as a number keeps numbers.
            if (node.path("position").isNumber() && e.position().matches("-?\\d{1,9}")) {
                node.put("position", Integer.parseInt(e.position()));
            } else {
                node.put("position", e.position());
            }
        }
        return node;
    }

    private static void setText(ObjectNode node, String key, String was, String now) {
        if (!Objects.equals(was, now)) {
            node.put(key, now);
        }
    }

    private static String text(JsonNode e, String key) {
        JsonNode n = e.get(key);
        return n == null || n.isNull() || !n.isValueNode() ? "" : n.asText();
    }

    /** A list of strings; a comma-separated string (seen for secondary_keys) is split. */
    static List<String> list(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isTextual()) {
            for (String s : n.asText().split(",")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
            return out;
        }
        for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
            JsonNode x = it.next();
            if (x.isValueNode() && !x.isNull()) {
                out.add(x.asText());
            }
        }
        return out;
    }

    static ArrayNode array(List<String> values) {
        ArrayNode a = NODES.arrayNode();
        values.forEach(a::add);
        return a;
    }
}
