package io.github.chargallery.gallery.model;

/**
 * The card's text fields the editor shows, named by their JSON keys (the same names {@code edit --set}
 * takes), with the words the window labels them with.
 */
public enum CardField {
    NAME("name", "Name", false),
    NICKNAME("nickname", "Nickname", false),
    CREATOR("creator", "Creator", false),
    CHARACTER_VERSION("character_version", "Version", false),
    DESCRIPTION("description", "Description", true),
    PERSONALITY("personality", "Personality", true),
    SCENARIO("scenario", "Scenario", true),
    FIRST_MESSAGE("first_mes", "First message", true),
    EXAMPLE_MESSAGES("mes_example", "Example messages", true),
    SYSTEM_PROMPT("system_prompt", "System prompt", true),
    POST_HISTORY("post_history_instructions", "Post-history instructions", true),
    CREATOR_NOTES("creator_notes", "Creator notes", true);

    public final String key;
    public final String label;
    /** Prose (an editor of several lines) rather than one line. */
    public final boolean multiLine;

    CardField(String key, String label, boolean multiLine) {
        this.key = key;
        this.label = label;
        this.multiLine = multiLine;
    }
}
