package io.github.chargallery.gallery.sync;

import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.Patch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every card the gallery knows, in one observable list with an index by id. Batches of patches are
 * merged (later ones win) and applied with at most one removeAll, one addAll and either a few set
 * calls or one setAll, so the grid re-lays out a handful of times per batch however many files
 * changed. FX thread only.
 */
public final class CardList {
    /** What a batch did: the ids removed, the rows replaced (by id), how many rows were added. */
    public record Applied(Set<Long> removed, Map<Long, CardSummary> updated, int added) {
        public boolean changed() {
            return !removed.isEmpty() || !updated.isEmpty() || added > 0;
        }
    }

    private static final int SET_ONE_BY_ONE = 8;

    private final ObservableList<CardSummary> items = FXCollections.observableArrayList();
    private final Map<Long, CardSummary> byId = new HashMap<>();

    public ObservableList<CardSummary> items() {
        return items;
    }

    public CardSummary get(long id) {
        return byId.get(id);
    }

    /** Replaces everything with these rows in one change (a duplicate id keeps its last row). */
    public void replaceAll(List<CardSummary> rows) {
        byId.clear();
        for (CardSummary c : rows) {
            byId.put(c.id(), c);
        }
        items.setAll(byId.size() == rows.size() ? rows : List.copyOf(byId.values()));
    }

    public Applied apply(List<Patch> batch) {
        Map<Long, CardSummary> upserts = new LinkedHashMap<>();
        Set<Long> removals = new HashSet<>();
        for (Patch p : batch) {
            for (CardSummary c : p.added()) {
                upserts.put(c.id(), c);
                removals.remove(c.id());
            }
            for (CardSummary c : p.updated()) {
                upserts.put(c.id(), c);
                removals.remove(c.id());
            }
            for (Long id : p.removed()) {
                upserts.remove(id);
                removals.add(id);
            }
        }
        Set<CardSummary> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Long> removed = new HashSet<>();
        for (Long id : removals) {
            CardSummary old = byId.remove(id);
            if (old != null) {
                gone.add(old);
                removed.add(id);
            }
        }
        if (!gone.isEmpty()) {
            items.removeAll(gone);
        }
        Map<Long, CardSummary> updates = new HashMap<>();
        List<CardSummary> adds = new ArrayList<>();
        for (CardSummary c : upserts.values()) {
            if (byId.put(c.id(), c) == null) {
                adds.add(c);
            } else {
                updates.put(c.id(), c);
            }
        }
        if (!updates.isEmpty()) {
            replaceInPlace(updates);
        }
        if (!adds.isEmpty()) {
            items.addAll(adds);
        }
        return new Applied(removed, updates, adds.size());
    }

    private void replaceInPlace(Map<Long, CardSummary> updates) {
        if (updates.size() <= SET_ONE_BY_ONE) {
            for (int i = 0; i < items.size(); i++) {
                CardSummary u = updates.get(items.get(i).id());
                if (u != null) {
                    items.set(i, u);
                }
            }
            return;
        }
        CardSummary[] copy = items.toArray(new CardSummary[0]);
        for (int i = 0; i < copy.length; i++) {
            CardSummary u = updates.get(copy[i].id());
            if (u != null) {
                copy[i] = u;
            }
        }
        items.setAll(copy);
    }
}
