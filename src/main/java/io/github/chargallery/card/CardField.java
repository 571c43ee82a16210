package io.github.chargallery.card;

import java.util.Locale;
import java.util.Optional;

/**
 * The text fields of a card a user edits, each with its JSON key (the same in V1's top-level object
 * and under V2/V3's {@code data}). Tags, greetings and the lorebook are lists: see {@link CardChanges}.
 */
public enum CardField {
    NAME("name"),
    NICKNAME("nickname"),
    CREATOR("creator"),
    CHARACTER_VERSION("character_version"),
    DESCRIPTION("description"),
    PERSONALITY("personality"),
    SCENARIO("scenario"),
    FIRST_MES("first_mes"),
    MES_EXAMPLE("mes_example"),
    CREATOR_NOTES("creator_notes"),
    SYSTEM_PROMPT("system_prompt"),
    POST_HISTORY_INSTRUCTIONS("post_history_instructions");

    private final String key;

    CardField(String key) {
        this.key = key;
    }

    /** The JSON key, e.g. "first_mes"; also the name the command line uses ({@code --set first_mes=...}). */
    public String key() {
        return key;
    }

    /** The field with this JSON key (case-insensitive), or empty. */
    public static Optional<CardField> ofKey(String key) {
        for (CardField f : values()) {
            if (f.key.equals(key.toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** This field's value in a card as read ("" when absent; the nickname may be null). */
    public String of(Card card) {
        return switch (this) {
            case NAME -> card.name();
            case NICKNAME -> card.nickname() == null ? "" : card.nickname();
            case CREATOR -> card.creator();
            case CHARACTER_VERSION -> card.characterVersion();
            case DESCRIPTION -> card.description();
            case PERSONALITY -> card.personality();
            case SCENARIO -> card.scenario();
            case FIRST_MES -> card.firstMessage();
            case MES_EXAMPLE -> card.messageExamples();
            case CREATOR_NOTES -> card.creatorNotes();
            case SYSTEM_PROMPT -> card.systemPrompt();
            case POST_HISTORY_INSTRUCTIONS -> card.postHistoryInstructions();
        };
    }
}
