package io.github.chargallery.gallery.model;

import io.github.chargallery.gallery.sync.Jobs;
import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.CardMatcher;
import io.github.chargallery.library.CardQuery;
import io.github.chargallery.library.SillyTavernState;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the grid is narrowed to: one {@link CardQuery} (search text and every filter), its search run
 * against the index on the background thread, folded with the hits into the {@link CardMatcher} the grid
 * filters by. One search runs at a time; a newer text or changed rows make it run again, and only the
 * newest text's hits are shown (until they arrive, the previous text's stay). FX thread.
 */
public final class Search {
    private final ObjectProperty<CardMatcher> matcher = new SimpleObjectProperty<>(CardMatcher.ALL);
    private final ReadOnlyObjectWrapper<CardQuery> query = new ReadOnlyObjectWrapper<>(CardQuery.ALL);
    private final CardLibrary library;
    private final Jobs jobs;
    private long seq;
    private boolean stale;
    private boolean inFlight;

    Search(CardLibrary library, Jobs jobs) {
        this.library = library;
        this.jobs = jobs;
    }

    ObjectProperty<CardMatcher> matcher() {
        return matcher;
    }

    /** The search and filters now (the sidebar's chips show it). */
    public ReadOnlyObjectProperty<CardQuery> queryProperty() {
        return query.getReadOnlyProperty();
    }

    /** Narrows the grid to this query; a new search text runs against the index first. */
    public void setQuery(CardQuery q) {
        CardQuery was = query.get();
        query.set(q);
        boolean newText = !q.search().equals(was.search());
        if (q.search().isEmpty()) {
            matcher.set(new CardMatcher(q, null, matcher.get().sillyTavern()));
        } else {
            matcher.set(matcher.get().withQuery(q));
        }
        if (newText && !q.search().isEmpty()) {
            seq++;
            stale = true;
            run();
        }
    }

    void search(String text) {
        setQuery(query.get().withSearch(text));
    }

    /** The cards changed: the hits of the current search may have too. */
    void rowsChanged() {
        if (!query.get().search().isEmpty()) {
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
        String q = query.get().search();
        long mySeq = seq;
        jobs.inBackground("search", () -> {
            List<Long> ids;
            try {
                ids = library.search(q);
            } finally {
                jobs.onFx(() -> inFlight = false);
            }
            jobs.onFx(() -> {
                if (mySeq == seq && !query.get().search().isEmpty()) {
                    matcher.set(matcher.get().withSearchHits(new HashSet<>(ids)));
                }
                run();
            });
        });
    }

    /** Cards must have all these tags (include) and none of those (exclude). */
    public void setTagFilter(Set<String> include, Set<String> exclude) {
        setQuery(query.get().withTags(include, exclude));
    }

    /** Cards must have all these tags; the excluded ones stay. */
    public void setTagFilter(Set<String> tags) {
        setTagFilter(tags, query.get().notTags());
    }

    public void setFavoritesOnly(boolean on) {
        setQuery(query.get().withFavoritesOnly(on));
    }

    void setSillyTavern(SillyTavernState st) {
        matcher.set(matcher.get().withSillyTavern(st));
    }

    /** Shows or hides unreadable files (the View menu); "unreadable only" is a filter of its own. */
    public void setShowUnreadable(boolean on) {
        CardQuery.Unreadable u = query.get().unreadable();
        if (on && u == CardQuery.Unreadable.HIDE) {
            setQuery(query.get().withUnreadable(CardQuery.Unreadable.SHOW));
        } else if (!on && u != CardQuery.Unreadable.HIDE) {
            setQuery(query.get().withUnreadable(CardQuery.Unreadable.HIDE));
        }
    }
}
