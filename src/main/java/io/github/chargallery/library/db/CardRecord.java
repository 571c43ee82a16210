package io.github.chargallery.library.db;

import java.util.List;

/**
 * What the index stores about one card's content. {@code hash} identifies the card (content hash, or
 * "error:" + path for a file that could not be read); {@code spec} is null for an error row. The token
 * counts are {@link io.github.chargallery.card.TokenCounter}'s, 0 for an error row.
 */
public record CardRecord(String hash, String name, String creator, List<String> tags, String spec, Long cardDate,
                         int permanentTokens, int firstMessageTokens, String error, String description, String creatorNotes) {
    public CardRecord {
        tags = List.copyOf(tags);
    }
}
