package io.github.chargallery.library;

import io.github.chargallery.card.CardFile;

/** A card as the editor opened it: what it read, and the file version it read it from (for {@link CardSaver#save}). */
public record OpenedCard(CardFile file, FileVersion version) {
}
