package io.github.chargallery.gallery.view;

import io.github.chargallery.card.CardField;
import java.util.List;

/** The words the window labels a card's fields with, and the order the Text tab shows the prose in. */
final class FieldLabels {
    /** The fields of prose, in the order front ends and card sites show them. */
    static final List<CardField> PROSE = List.of(CardField.DESCRIPTION, CardField.PERSONALITY, CardField.SCENARIO,
            CardField.FIRST_MES, CardField.MES_EXAMPLE, CardField.SYSTEM_PROMPT, CardField.POST_HISTORY_INSTRUCTIONS,
            CardField.CREATOR_NOTES);

    private FieldLabels() {
    }

    static String label(CardField f) {
        return switch (f) {
            case NAME -> "Name";
            case NICKNAME -> "Nickname";
            case CREATOR -> "Creator";
            case CHARACTER_VERSION -> "Version";
            case DESCRIPTION -> "Description";
            case PERSONALITY -> "Personality";
            case SCENARIO -> "Scenario";
            case FIRST_MES -> "First message";
            case MES_EXAMPLE -> "Example messages";
            case CREATOR_NOTES -> "Creator notes";
            case SYSTEM_PROMPT -> "System prompt";
            case POST_HISTORY_INSTRUCTIONS -> "Post-history instructions";
        };
    }
}
