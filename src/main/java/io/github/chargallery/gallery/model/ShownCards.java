package io.github.chargallery.gallery.model;

import io.github.chargallery.gallery.sync.CardList;
import io.github.chargallery.library.CardMatcher;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.SillyTavernState;
import java.util.Comparator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.FilteredList;
import javafx.collections.ObservableList;

/** What the grid shows: the cards that pass the search and filters, in the chosen order, and how many. FX thread. */
final class ShownCards {
    private final CardList cardList;
    private final FilteredList<CardSummary> filtered;
    private final ReadOnlyObjectWrapper<SortKey> sortKey = new ReadOnlyObjectWrapper<>(SortKey.NAME);
    private final ReadOnlyBooleanWrapper ascending = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ObservableValue<SillyTavernState> sillyTavern;

    ShownCards(CardList cardList, ObservableValue<CardMatcher> filter, ObservableValue<SillyTavernState> sillyTavern) {
        this.cardList = cardList;
        this.sillyTavern = sillyTavern;
        this.filtered = new FilteredList<>(cardList.items());
        filtered.predicateProperty().bind(filter);
        cardList.setOrder(order());
        sillyTavern.addListener((o, a, b) -> cardList.setOrder(order()));
        filtered.addListener((javafx.beans.Observable o) -> updateCount());
        cardList.items().addListener((javafx.beans.Observable o) -> updateCount());
    }

    /** The card list keeps its rows in the grid's order (see {@link CardList#setOrder}): no SortedList on top. */
    ObservableList<CardSummary> list() {
        return filtered;
    }

    void sortBy(SortKey key, boolean asc) {
        sortKey.set(key);
        ascending.set(asc);
        cardList.setOrder(order());
    }

    private Comparator<CardSummary> order() {
        return sortKey.get().comparator(ascending.get(), sillyTavern.getValue());
    }

    private void updateCount() {
        int all = cardList.items().size();
        int shown = filtered.size();
        countText.set(shown == all ? Fmt.plural(all, "card", "cards") : Fmt.count(shown) + " of " + Fmt.plural(all, "card", "cards"));
    }

    ReadOnlyObjectProperty<SortKey> sortKeyProperty() {
        return sortKey.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty ascendingProperty() {
        return ascending.getReadOnlyProperty();
    }

    ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }
}
