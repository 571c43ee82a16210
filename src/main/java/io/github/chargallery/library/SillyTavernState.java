package io.github.chargallery.library;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the linked SillyTavern folders hold, as of one read: which archive cards are there (by card identity,
 * so every copy of a card shows it), under which file name, with which tags and chats.
 *
 * @param cards            by card id; a card SillyTavern has twice is given by its file with the most chats
 * @param filesThere       card files in the linked characters folders (as the index last saw them)
 * @param matchedInArchive cards there that the archive also holds in a folder of its own
 * @param chats            chat files of the cards there
 * @param problems         what could not be read (a settings.json SillyTavern was writing, a folder gone)
 */
public record SillyTavernState(List<SillyTavernFolder> links, Map<Long, SillyTavernCard> cards, int filesThere,
                               int matchedInArchive, int chats, List<String> problems) {
    public static final SillyTavernState NONE = new SillyTavernState(List.of(), Map.of(), 0, 0, 0, List.of());

    public SillyTavernState {
        links = List.copyOf(links);
        cards = Map.copyOf(cards);
        problems = List.copyOf(problems);
    }

    public Optional<SillyTavernCard> of(long cardId) {
        return Optional.ofNullable(cards.get(cardId));
    }

    public boolean linked() {
        return !links.isEmpty();
    }
}
