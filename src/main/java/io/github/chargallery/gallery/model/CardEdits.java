package io.github.chargallery.gallery.model;

import io.github.chargallery.gallery.sync.CardList;
import io.github.chargallery.gallery.sync.Jobs;
import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * What the user changes on a card: its favourite star and its own tags. The grid shows the change
 * at once; the index is written on the background thread.
 */
final class CardEdits {
    private final CardList cards;
    private final CardLibrary library;
    private final Jobs jobs;
    private final TagCounter tags;

    /** @param tags recounted at once after an edit, even while a sync runs */
    CardEdits(CardList cards, CardLibrary library, Jobs jobs, TagCounter tags) {
        this.cards = cards;
        this.library = library;
        this.jobs = jobs;
        this.tags = tags;
    }

    void setFavorite(CardSummary card, boolean favorite) {
        CardSummary now = current(card);
        if (now.favorite() == favorite) {
            return;
        }
        show(now.withFavorite(favorite));
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
        show(now.withUserTags(tags));
        jobs.inBackground("save the tag \"" + t + "\"", () -> library.addUserTag(card.id(), t));
    }

    void removeUserTag(CardSummary card, String tag) {
        CardSummary now = current(card);
        List<String> tags = new ArrayList<>(now.userTags());
        if (!tags.remove(tag)) {
            return;
        }
        show(now.withUserTags(tags));
        jobs.inBackground("remove the tag \"" + tag + "\"", () -> library.removeUserTag(card.id(), tag));
    }

    /** The card as the grid holds it now: the caller's copy may predate an earlier edit. */
    private CardSummary current(CardSummary card) {
        CardSummary now = cards.get(card.id());
        return now != null ? now : card;
    }

    private void show(CardSummary changed) {
        cards.apply(List.of(new Patch(List.of(), List.of(changed), List.of())));
        tags.recount(true);
    }
}
