package io.github.chargallery.gallery.model;

import io.github.chargallery.card.Card;
import io.github.chargallery.library.CardSummary;

/** What the detail pane shows: the index row, plus the full card when it could be read (else why not). */
public record CardDetail(CardSummary summary, Card card, String error) {
}
