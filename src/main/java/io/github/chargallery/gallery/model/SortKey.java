package io.github.chargallery.gallery.model;

import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.SillyTavernCard;
import io.github.chargallery.library.SillyTavernState;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** The orders the grid can be sorted in; every key breaks ties by name, then id, so order is stable. */
public enum SortKey {
    NAME("Name", Comparator.comparing((CardSummary c) -> Objects.requireNonNullElse(c.name(), ""), NaturalOrder.INSTANCE)),
    CREATOR("Creator", Comparator.comparing((CardSummary c) -> Objects.requireNonNullElse(c.creator(), ""), NaturalOrder.INSTANCE)),
    ADDED("Date added", Comparator.comparingLong(CardSummary::addedAt)),
    MODIFIED("File modified", Comparator.comparingLong(CardSummary::fileModified)),
    CARD_DATE("Card date", Comparator.comparing(CardSummary::cardDate, Comparator.nullsFirst(Comparator.naturalOrder()))),
    SIZE("File size", Comparator.comparingLong(CardSummary::size)),
    TOKENS("Tokens", Comparator.comparingInt(CardSummary::permanentTokens)),
    // SillyTavern's keys: "ascending" puts the most played first, cards not in SillyTavern last
    LAST_PLAYED("Last played", st -> bySillyTavern(st, SillyTavernCard::lastChatMillis)),
    MOST_CHATS("Most chats", st -> bySillyTavern(st, SillyTavernCard::chats));

    private static final Comparator<CardSummary> TIE =
            Comparator.comparing((CardSummary c) -> Objects.requireNonNullElse(c.name(), ""), NaturalOrder.INSTANCE).thenComparingLong(CardSummary::id);

    public final String label;
    private final Function<SillyTavernState, Comparator<CardSummary>> key;

    SortKey(String label, Comparator<CardSummary> key) {
        this(label, st -> key);
    }

    SortKey(String label, Function<SillyTavernState, Comparator<CardSummary>> key) {
        this.label = label;
        this.key = key;
    }

    /** Whether the order comes from SillyTavern's folders (it changes when they are read again). */
    public boolean fromSillyTavern() {
        return this == LAST_PLAYED || this == MOST_CHATS;
    }

    Comparator<CardSummary> comparator(boolean ascending) {
        return comparator(ascending, SillyTavernState.NONE);
    }

    Comparator<CardSummary> comparator(boolean ascending, SillyTavernState st) {
        Comparator<CardSummary> k = key.apply(st);
        Comparator<CardSummary> primary = ascending ? k : k.reversed();
        return primary.thenComparing(TIE);
    }

    private static Comparator<CardSummary> bySillyTavern(SillyTavernState st, ToLongFunction<SillyTavernCard> value) {
        return Comparator.comparingLong((CardSummary c) -> -st.of(c.id()).map(value::applyAsLong).orElse(-1L));
    }
}
