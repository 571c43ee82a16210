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
     * Approximate prompt tokens: characters of the prompt fields divided by 4 (the usual rule of
     * thumb for English text with BPE tokenizers). Cheap and stable; not a real tokenizer.
     */
    public int tokenEstimate() {
        long chars = 0;
        for (String s : new String[] {description, personality, scenario, firstMessage, messageExamples,
                systemPrompt, postHistoryInstructions}) {
            chars += s == null ? 0 : s.length();
        }
        return (int) ((chars + 3) / 4);
    }
}
