package io.github.chargallery.gallery.model;

import io.github.chargallery.gallery.sync.CardList;
import io.github.chargallery.gallery.sync.Jobs;
import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.CardSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the user changes on a card: its favourite star and its own tags. The grid shows the change
 * at once; the index is written on the background thread.
 */
final class CardEdits {
    private final CardList cards;
    private final CardLibrary library;
    private final Jobs jobs;
    private final Consumer<CardSummary> showLocally;

    /** @param showLocally puts the changed row into the grid (FX thread) */
    CardEdits(CardList cards, CardLibrary library, Jobs jobs, Consumer<CardSummary> showLocally) {
        this.cards = cards;
        this.library = library;
        this.jobs = jobs;
        this.showLocally = showLocally;
    }

    void setFavorite(CardSummary card, boolean favorite) {
        CardSummary now = current(card);
        if (now.favorite() == favorite) {
            return;
        }
        showLocally.accept(copy(now, favorite, now.userTags()));
        jobs.inBackground("save the favourite of " + card.name(), () -> library.setFavorite(card.id(), favorite));
    }

    void addUserTag(CardSummary card, String tag) {
        String t = tag == null ? "" : tag.strip();
        CardSummary now = current(card);
        if (t.isEmpty() || now.userTags().contains(t)) {
            return;
        }
        List<String> tags = new ArrayList<>(now.userTags());
        tags.add(t);
        showLocally.accept(copy(now, now.favorite(), tags));
        jobs.inBackground("save the tag \"" + t + "\"", () -> library.addUserTag(card.id(), t));
    }

    void removeUserTag(CardSummary card, String tag) {
        CardSummary now = current(card);
        List<String> tags = new ArrayList<>(now.userTags());
        if (!tags.remove(tag)) {
            return;
        }
        showLocally.accept(copy(now, now.favorite(), tags));
        jobs.inBackground("remove the tag \"" + tag + "\"", () -> library.removeUserTag(card.id(), tag));
    }

    /** The card as the grid holds it now: the caller's copy may predate an earlier edit. */
    private CardSummary current(CardSummary card) {
        CardSummary now = cards.get(card.id());
        return now != null ? now : card;
    }

    private static CardSummary copy(CardSummary c, boolean favorite, List<String> userTags) {
        return new CardSummary(c.id(), c.name(), c.creator(), c.tags(), userTags, c.spec(), favorite, c.files(),
                c.size(), c.addedAt(), c.fileModified(), c.cardDate(), c.tokenEstimate(), c.error(), c.offline());
    }
}
