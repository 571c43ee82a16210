package io.github.chargallery.gallery.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;

/**
 * What the editor shows of a card's JSON beyond the normalized card: its lorebook entries, its asset
 * count, the text indented. Lenient as the card reader is: keys given as one comma-separated string, a
 * missing book, numbers as strings.
 */
public final class CardJsonParts {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CardJsonParts() {
    }

    static List<LoreEntry> read(String cardJson) {
        JsonNode entries = book(cardJson).path("entries");
        List<LoreEntry> out = new ArrayList<>();
        if (!entries.isArray()) {
            return out;
        }
        for (JsonNode e : entries) {
            if (!e.isObject()) {
                continue;
            }
            out.add(new LoreEntry(!e.has("enabled") || e.path("enabled").asBoolean(true), words(e.get("keys")),
                    words(e.get("secondary_keys")), e.path("name").asText(""), e.path("comment").asText(""),
                    e.path("insertion_order").asInt(0), e.path("constant").asBoolean(false),
                    e.path("selective").asBoolean(false), e.path("position").asText(""),
                    e.path("content").asText(""), e.toString()));
        }
        return out;
    }

    /** The V3 {@code assets} listed in the card (0 for V1/V2 cards, which have none). */
    static int assetCount(String cardJson) {
        try {
            JsonNode root = MAPPER.readTree(cardJson == null ? "{}" : cardJson);
            JsonNode a = root.path("data").path("assets");
            return a.isArray() ? a.size() : 0;
        } catch (JsonProcessingException e) {
            return 0;
        }
    }

    private static JsonNode book(String cardJson) {
        try {
            JsonNode root = MAPPER.readTree(cardJson == null ? "{}" : cardJson);
            JsonNode data = root.path("data");
            return data.isObject() ? data.path("character_book") : root.path("character_book");
        } catch (JsonProcessingException e) {
            return MAPPER.missingNode();
        }
    }

    private static List<String> words(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(k -> out.add(k.asText()));
        } else {
            for (String k : n.asText().split(",")) {
                if (!k.isBlank()) {
                    out.add(k.strip());
                }
            }
        }
        return out;
    }

    /** The JSON indented for reading; the text itself when it is not JSON. */
    public static String pretty(String json) {
        try {
            return MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    /** Null when the text is JSON; else what is wrong and where. */
    public static String jsonProblem(String text) {
        try {
            JsonNode n = MAPPER.readTree(text);
            if (n == null || !n.isObject()) {
                return "the raw JSON must be one object ({ … })";
            }
            return null;
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String what = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage();
            return "the raw JSON is not valid: " + what.lines().findFirst().orElse(what)
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr());
        }
    }
}
