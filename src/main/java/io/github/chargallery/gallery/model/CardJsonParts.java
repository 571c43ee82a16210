package io.github.chargallery.gallery.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the overview shows of a card's JSON beyond the normalized card: how many assets it lists. */
final class CardJsonParts {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CardJsonParts() {
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
}
