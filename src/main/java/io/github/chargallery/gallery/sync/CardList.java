package io.github.chargallery.gallery.sync;

import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.Patch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableList;

/**
 * Every card the gallery knows, in one observable list with an index by id, kept in the grid's
 * {@link #order}. Batches of patches are merged (later ones win) and applied as at most one removal,
 * one merge of the sorted new rows and either a few set calls or one replacement (and a permutation
 * when an update moved a card), so the grid re-lays out a handful of times per batch however many
 * files changed. Whoever shows the list (selection, search, tag counts, scroll position) observes what
 * each change did instead of being called to make it. FX thread only, but for {@link Rows#read}.
 */
public final class CardList {
    /**
     * What a change did: the ids removed, the rows replaced (by id), the ids added; or
     * that every row was replaced (a reload), when the other fields say nothing.
     */
    public record Applied(Set<Long> removed, Map<Long, CardSummary> updated, Set<Long> added, boolean replacedAll) {
        public boolean changed() {
            return replacedAll || !removed.isEmpty() || !updated.isEmpty() || !added.isEmpty();
        }

        /** The ids of every row added, replaced or removed (nothing said when every row was replaced). */
        public Set<Long> touched() {
            Set<Long> all = new HashSet<>(removed);
            all.addAll(updated.keySet());
            all.addAll(added);
            return all;
        }

        /** The row {@code card} is after this change of {@code list}: itself, its new version, or null when gone. */
        public CardSummary follow(CardSummary card, CardList list) {
            if (replacedAll) {
                return list.get(card.id());
            }
            return removed.contains(card.id()) ? null : updated.getOrDefault(card.id(), card);
        }
    }

    /** Told around every change of the list, in the order they were added (FX thread). */
    public interface Observer {
        /** @param all every row is about to be replaced */
        void beforeChange(boolean all);

        void changed(Applied done);
    }

    /**
     * Every row of the index, sorted off the FX thread in the order the grid shows: the only way to
     * replace all rows, so a reload leaves the FX thread one pass that checks the order.
     */
    public static final class Rows {
        private final List<CardSummary> rows;

        private Rows(List<CardSummary> rows) {
            this.rows = rows;
        }

        /** Background thread: reads the whole index and sorts it. */
        public static Rows read(CardLibrary library, Comparator<CardSummary> order) {
            List<CardSummary> rows = new ArrayList<>(library.loadSummaries());
            rows.sort(order);
            return new Rows(rows);
        }
    }

    private static final int SET_ONE_BY_ONE = 8;

    private final OrderedItems items = new OrderedItems();
    private final Map<Long, CardSummary> byId = new HashMap<>();
    private final List<Observer> observers = new ArrayList<>();
    private Comparator<CardSummary> order = Comparator.comparingLong(CardSummary::id);

    public ObservableList<CardSummary> items() {
        return items;
    }

    public CardSummary get(long id) {
        return byId.get(id);
    }

    public void addObserver(Observer o) {
        observers.add(o);
    }

    /** The order the grid shows the cards in, and {@link #items} are kept in: {@link Rows} are read in it. */
    public Comparator<CardSummary> order() {
        return order;
    }

    /** Puts the rows in this order (one permutation, when they were not in it already). */
    public void setOrder(Comparator<CardSummary> order) {
        this.order = order;
        items.reorder(order);
    }

    /** Replaces everything with these rows in one change (a duplicate id keeps its last row). */
    public void replaceAll(Rows rows) {
        List<CardSummary> all = rows.rows;
        observers.forEach(o -> o.beforeChange(true));
        byId.clear();
        for (CardSummary c : all) {
            byId.put(c.id(), c);
        }
        List<CardSummary> unique = byId.size() == all.size() ? all : new ArrayList<>(byId.values());
        // read in the order of the moment they were read, which the user may have changed since; rows
        // already in order cost one pass
        unique.sort(order);
        items.replaceAll(unique);
        Applied done = new Applied(Set.of(), Map.of(), Set.of(), true);
        observers.forEach(o -> o.changed(done));
    }

    public void apply(List<Patch> batch) {
        observers.forEach(o -> o.beforeChange(false));
        Applied done = merge(batch);
        observers.forEach(o -> o.changed(done));
    }

    private Applied merge(List<Patch> batch) {
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
            items.removeRows(gone);
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
            items.reorder(order); // a new name (or date, size…) moves its card
        }
        if (!adds.isEmpty()) {
            adds.sort(order);
            items.insertSorted(adds, order);
        }
        Set<Long> added = new HashSet<>();
        adds.forEach(c -> added.add(c.id()));
        return new Applied(removed, updates, added, false);
    }

    private void replaceInPlace(Map<Long, CardSummary> updates) {
        if (updates.size() <= SET_ONE_BY_ONE) {
            for (int i = 0; i < items.size(); i++) {
                CardSummary u = updates.get(items.get(i).id());
                if (u != null) {
                    items.put(i, u, true);
                }
            }
            return;
        }
        List<CardSummary> before = items.snapshot();
        for (int i = 0; i < before.size(); i++) {
            CardSummary u = updates.get(before.get(i).id());
            if (u != null) {
                items.put(i, u, false);
            }
        }
        items.replacedInPlace(before);
    }
}
