package io.github.chargallery.library;

import java.util.List;

/**
 * What SillyTavern knows of one card of the archive: the file it has the card in, its tags for that file
 * and its chats with it.
 *
 * @param file           the avatar file name in {@code characters/} ("Seraphina.png"), SillyTavern's key
 * @param lastChatMillis the newest chat file's modification time (epoch millis), 0 when there is no chat
 */
public record SillyTavernCard(SillyTavernFolder folder, String file, List<String> tags, int chats, long chatBytes,
                              long lastChatMillis) {
    public SillyTavernCard {
        tags = List.copyOf(tags);
    }
}
