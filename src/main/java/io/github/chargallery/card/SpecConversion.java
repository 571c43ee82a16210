package io.github.chargallery.card;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A card's JSON in another spec, losing nothing: V1's fields go under {@code data} (TavernAI's
 * {@code creatorcomment} becomes {@code creator_notes}; keys V2 does not know stay at the top level, where
 * V2 readers ignore them), V2 becomes V3 by its label and {@code group_only_greetings}, and V3 becomes V2
 * by its label only (V2 readers ignore the V3 fields, as the spec's backfill expects). A V3 result gets
 * {@code modification_date} = now; {@code creation_date} is never touched.
 */
final class SpecConversion {
    private static final JsonNodeFactory NODES = JsonText.LOSSLESS.getNodeFactory();
    private static final List<String> V1_FIELDS =
            List.of("name", "description", "personality", "scenario", "first_mes", "mes_example");
    /** V2's data fields, in the spec's order, with what a V1 card lacking them gets. */
    private static final List<String> V2_ADDED = List.of("creator_notes", "system_prompt", "post_history_instructions",
            "alternate_greetings", "tags", "creator", "character_version", "extensions");
    static final String ICON = "embeded://" + Charx.DEFAULT_ICON;

    private SpecConversion() {
    }

    static ObjectNode convert(Card card, Spec to, Instant now) throws EditRefusedException {
        if (to == Spec.V1) {
            throw new EditRefusedException("cards are exported as V2 or V3, not V1");
        }
        ObjectNode root = CardJsonEdit.tree(card.json());
        if (card.spec() == Spec.V1) {
            root = fromV1(root);
        }
        ObjectNode data = (ObjectNode) root.get("data");
        if (to == Spec.V3) {
            root.put("spec", "chara_card_v3");
            root.put("spec_version", card.spec() == Spec.V3 ? root.path("spec_version").asText("3.0") : "3.0");
            if (!data.has("group_only_greetings") || !data.get("group_only_greetings").isArray()) {
                data.set("group_only_greetings", NODES.arrayNode());
            }
            data.put("modification_date", now.getEpochSecond());
        } else {
            root.put("spec", "chara_card_v2");
            root.put("spec_version", "2.0");
        }
        return root;
    }

    private static ObjectNode fromV1(ObjectNode v1) {
        ObjectNode root = NODES.objectNode();
        root.put("spec", "chara_card_v2");
        root.put("spec_version", "2.0");
        ObjectNode data = root.putObject("data");
        for (String f : V1_FIELDS) {
            JsonNode n = v1.get(f);
            data.put(f, n == null || n.isNull() || !n.isValueNode() ? "" : n.asText());
        }
        for (String f : V2_ADDED) {
            JsonNode n = v1.get(f);
            if (f.equals("creator_notes") && n == null) {
                n = v1.get("creatorcomment");
            }
            if (n != null && !n.isNull()) {
                data.set(f, n.deepCopy());
            } else if (f.equals("alternate_greetings") || f.equals("tags")) {
                data.set(f, NODES.arrayNode());
            } else if (f.equals("extensions")) {
                data.set(f, NODES.objectNode());
            } else {
                data.put(f, "");
            }
        }
        if (data.get("tags").isTextual()) {
            data.set("tags", Lorebook.array(Lorebook.list(data.get("tags"))));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = v1.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!V1_FIELDS.contains(e.getKey()) && !V2_ADDED.contains(e.getKey()) && !root.has(e.getKey())
                    && !e.getKey().equals("creatorcomment")) {
                root.set(e.getKey(), e.getValue());
            }
        }
        return root;
    }

    /**
     * Points the card at the picture a new CHARX holds: an icon meaning "the container's own" (ccdefault:,
     * a PNG card's picture) now means the zip's; a card without an icon gets one. An icon elsewhere (a URL)
     * stays as it is.
     */
    static void iconInZip(ObjectNode data) {
        ArrayNode assets = data.get("assets") instanceof ArrayNode a ? a : data.putArray("assets");
        boolean hasIcon = false;
        for (JsonNode a : assets) {
            if ("icon".equals(a.path("type").asText()) && a instanceof ObjectNode o) {
                hasIcon = true;
                if (a.path("uri").asText().equals("ccdefault:")) {
                    o.put("uri", ICON);
                    o.put("ext", "png");
                    return;
                }
            }
        }
        if (!hasIcon) {
            ObjectNode icon = assets.addObject();
            icon.put("type", "icon");
            icon.put("uri", ICON);
            icon.put("name", "main");
            icon.put("ext", "png");
        }
    }

    /** Points the card's main icon at the PNG itself (ccdefault:), when it pointed into a CHARX. */
    static void iconInPng(ObjectNode data) {
        for (JsonNode a : data.path("assets")) {
            if ("icon".equals(a.path("type").asText()) && a instanceof ObjectNode o
                    && a.path("uri").asText().startsWith("embed")) {
                o.put("uri", "ccdefault:");
                return;
            }
        }
    }
}
