package io.github.chargallery.gallery.model;

import io.github.chargallery.library.CardSummary;
import java.util.Comparator;
import java.util.Objects;

/** The orders the grid can be sorted in; every key breaks ties by name, then id, so order is stable. */
public enum SortKey {
    NAME("Name", Comparator.comparing((CardSummary c) -> Objects.requireNonNullElse(c.name(), ""), NaturalOrder.INSTANCE)),
    CREATOR("Creator", Comparator.comparing((CardSummary c) -> Objects.requireNonNullElse(c.creator(), ""), NaturalOrder.INSTANCE)),
    ADDED("Date added", Comparator.comparingLong(CardSummary::addedAt)),
    MODIFIED("File modified", Comparator.comparingLong(CardSummary::fileModified)),
    CARD_DATE("Card date", Comparator.comparing(CardSummary::cardDate, Comparator.nullsFirst(Comparator.naturalOrder()))),
    SIZE("File size", Comparator.comparingLong(CardSummary::size)),
    TOKENS("Tokens", Comparator.comparingInt(CardSummary::permanentTokens));

    private static final Comparator<CardSummary> TIE =
            Comparator.comparing((CardSummary c) -> Objects.requireNonNullElse(c.name(), ""), NaturalOrder.INSTANCE).thenComparingLong(CardSummary::id);

    public final String label;
    private final Comparator<CardSummary> key;

    SortKey(String label, Comparator<CardSummary> key) {
        this.label = label;
        this.key = key;
    }

    Comparator<CardSummary> comparator(boolean ascending) {
        Comparator<CardSummary> primary = ascending ? key : key.reversed();
        return primary.thenComparing(TIE);
    }
}
