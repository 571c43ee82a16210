package io.github.chargallery.library;

import io.github.chargallery.card.Card;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a save (or revert, picture change, save as PNG) did.
 *
 * @param file    the file written (a copy's own path for "save as copy")
 * @param written false when there was nothing to change (no write, no version kept)
 * @param card    the card the file holds now
 * @param kept    the previous version kept in the history, if one was
 * @param summary the index row of the file now; empty for a file under no library folder
 * @param patch   the index change for views to apply (the tile, the search); empty when not indexed
 */
public record Saved(Path file, boolean written, Card card, Optional<HistoryVersion> kept,
                    Optional<CardSummary> summary, Patch patch) {
}
