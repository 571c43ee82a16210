package io.github.chargallery.gallery.model;

import io.github.chargallery.gallery.sync.Jobs;
import io.github.chargallery.library.CardLibrary;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the grid is narrowed to: the search text (run against the index on the background thread)
 * and the tag, favourite and unreadable filters, all folded into one {@link CardFilter}. One search
 * runs at a time; a newer text or changed rows make it run again, and only the newest text's hits
 * are shown.
 */
final class Search {
    private final ObjectProperty<CardFilter> filter = new SimpleObjectProperty<>(CardFilter.ALL);
    private final CardLibrary library;
    private final Jobs jobs;
    private String query = "";
    private long seq;
    private boolean stale;
    private boolean inFlight;

    Search(CardLibrary library, Jobs jobs) {
        this.library = library;
        this.jobs = jobs;
    }

    ObjectProperty<CardFilter> filter() {
        return filter;
    }

    void search(String text) {
        query = text == null ? "" : text.strip();
        seq++;
        if (query.isEmpty()) {
            filter.set(filter.get().withSearch(null));
            return;
        }
        stale = true;
        run();
    }

    /** The cards changed: the hits of the current search may have too. */
    void rowsChanged() {
        if (!query.isEmpty()) {
            stale = true;
            run();
        }
    }

    private void run() {
        if (inFlight || !stale) {
            return;
        }
        inFlight = true;
        stale = false;
        String q = query;
        long mySeq = seq;
        jobs.inBackground("search", () -> {
            List<Long> ids;
            try {
                ids = library.search(q);
            } finally {
                jobs.onFx(() -> inFlight = false);
            }
            jobs.onFx(() -> {
                if (mySeq == seq) {
                    filter.set(filter.get().withSearch(new HashSet<>(ids)));
                }
                run();
            });
        });
    }

    void setTagFilter(Set<String> tags) {
        Set<String> norm = new HashSet<>();
        for (String t : tags) {
            norm.add(Tags.norm(t));
        }
        filter.set(filter.get().withTags(norm));
    }

    void setFavoritesOnly(boolean on) {
        filter.set(filter.get().withFavoritesOnly(on));
    }

    void setSillyTavern(io.github.chargallery.library.SillyTavernState st) {
        filter.set(filter.get().withSillyTavern(st));
    }

    void setShowUnreadable(boolean on) {
        filter.set(filter.get().withShowUnreadable(on));
    }
}
