package io.github.chargallery.card;

import java.util.List;

/**
 * One character card, normalized across V1/V2/V3, plus the original JSON text so nothing is lost
 * when it is written back. Dates are epoch seconds (null when absent).
 *
 * @param json the card's JSON exactly as read (unknown keys and extensions included)
 */
public record Card(
        Spec spec,
        String name,
        String nickname,
        String creator,
        List<String> tags,
        String characterVersion,
        String description,
        String personality,
        String scenario,
        String firstMessage,
        String messageExamples,
        String creatorNotes,
        String systemPrompt,
        String postHistoryInstructions,
        List<String> alternateGreetings,
        List<String> groupOnlyGreetings,
        int lorebookEntries,
        Long creationDate,
        Long modificationDate,
        String json) {

    public Card {
        tags = List.copyOf(tags);
        alternateGreetings = List.copyOf(alternateGreetings);
        groupOnlyGreetings = List.copyOf(groupOnlyGreetings);
    }

    /**
     * Parses card JSON of any spec (as {@link CardReader} does for a .json file), e.g. to build a card
     * to hand to {@link CardWriter}. Coercion warnings are dropped; read a file to see them.
     *
     * @param fallbackName the name used when the JSON has none
     */
    public static Card fromJson(String json, String fallbackName) throws CardFormatException {
        return CardParser.parse(java.nio.file.Path.of(fallbackName), "JSON", json, fallbackName,
                new java.util.ArrayList<>());
    }

    /** Number of alternate greetings (a fact the gallery shows). */
    public int alternateGreetingCount() {
        return alternateGreetings.size();
    }
}
