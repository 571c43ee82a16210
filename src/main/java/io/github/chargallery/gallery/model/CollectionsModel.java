package io.github.chargallery.gallery.model;

import io.github.chargallery.gallery.sync.CardList;
import io.github.chargallery.gallery.sync.Jobs;
import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.CardMatcher;
import io.github.chargallery.library.CardQuery;
import io.github.chargallery.library.CardQueryJson;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.Collections;
import io.github.chargallery.library.Patch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The sidebar's collections: their names and counts (following the current search and filters, counted
 * on the background thread from a snapshot), which one the grid shows, and the commands on them. Smart
 * collections count what their saved view picks. FX thread; the library is written on the background
 * thread, and the grid shows a membership change at once.
 */
public final class CollectionsModel {
    /**
     * A collection as the sidebar lists it.
     *
     * @param count its cards that pass the current filters (a smart one: the cards its view picks)
     */
    public record Row(long id, String name, int count, boolean smart, CardQueryJson.SavedView view) {
    }

    private final CardLibrary library;
    private final Jobs jobs;
    private final CardList cards;
    private final Search search;
    private final ShownCards shown;
    private final BiConsumer<SortKey, Boolean> sort;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<Row> active = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Collections.Info> infos = FXCollections.observableArrayList();
    private final ObservableList<Collections.Info> plain = new FilteredList<>(
            FXCollections.unmodifiableObservableList(infos), i -> !i.smart());
    private boolean inFlight;
    private boolean stale;

    CollectionsModel(CardLibrary library, Jobs jobs, CardList cards, Search search, ShownCards shown,
                     BiConsumer<SortKey, Boolean> sort) {
        this.library = library;
        this.jobs = jobs;
        this.cards = cards;
        this.search = search;
        this.shown = shown;
        this.sort = sort;
        search.matcher().addListener((o, a, b) -> {
            followActive();
            recount();
        });
        cards.items().addListener((javafx.beans.Observable o) -> recount());
        reload();
    }

    /** The collections the sidebar lists, by name. */
    public ObservableList<Row> rows() {
        return readOnlyRows;
    }

    /** The plain collections (smart ones pick their own cards) as last read: what cards can be added to. */
    public ObservableList<Collections.Info> plainCollections() {
        return plain;
    }

    /** The collection the grid is narrowed to, null when none. */
    public ReadOnlyObjectProperty<Row> activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** Reads the collections from the index again (after a sync, another process's change). */
    public void reload() {
        if (library.collections() == null) {
            return;
        }
        jobs.inBackground("read the collections", () -> {
            List<Collections.Info> read = library.collections().list();
            jobs.onFx(() -> {
                infos.setAll(read);
                recount();
            });
        });
    }

    /** Shows only this collection's cards (a smart one: its saved search, filters and sort); null: all again. */
    public void show(Row c) {
        CardQuery q = search.queryProperty().get();
        if (c == null) {
            active.set(null);
            search.setQuery(q.withCollection(0));
        } else if (c.smart()) {
            active.set(c);
            search.setQuery(c.view().query());
            SortOrder order = SortOrder.parse(c.view().sort());
            if (!c.view().sort().isEmpty()) {
                sort.accept(order.key(), order.ascending());
            }
        } else {
            active.set(c);
            search.setQuery(q.withCollection(c.id()).withNoCollection(false));
        }
    }

    private void followActive() {
        Row a = active.get();
        CardQuery q = search.queryProperty().get();
        if (a != null && (a.smart() ? !q.equals(a.view().query()) : q.collection() != a.id())) {
            active.set(null); // the user changed the filters away from it
        }
        if (a == null && q.collection() != 0) {
            rows.stream().filter(r -> r.id() == q.collection()).findFirst().ifPresent(active::set);
        }
    }

    public void create(String name) {
        write("create the collection \"" + name.strip() + "\"", c -> c.create(name));
    }

    /** Saves the current search, filters and sort as a smart collection. */
    public void createSmart(String name) {
        CardQueryJson.SavedView view = currentView();
        write("save the view \"" + name.strip() + "\"", c -> c.createSmart(name, view));
    }

    /** Makes a smart collection pick what the current search, filters and sort pick. */
    public void updateSmart(Row smart) {
        CardQueryJson.SavedView view = currentView();
        write("update \"" + smart.name() + "\"", c -> c.updateSmart(smart.name(), view));
    }

    private CardQueryJson.SavedView currentView() {
        return new CardQueryJson.SavedView(search.queryProperty().get(),
                new SortOrder(shown.sortKeyProperty().get(), shown.ascendingProperty().get()).setting());
    }

    public void rename(Row c, String to) {
        write("rename \"" + c.name() + "\"", l -> l.rename(c.name(), to));
    }

    /** Deletes the collection, never its cards; the grid stops being narrowed to it. */
    public void delete(Row c) {
        if (active.get() != null && active.get().id() == c.id()) {
            show(null);
        }
        List<Long> members = cards.items().stream().filter(s -> s.collections().contains(c.id())).map(CardSummary::id)
                .toList();
        showMembership(members, c.id(), false);
        write("delete \"" + c.name() + "\"", l -> l.delete(c.name()));
    }

    private interface Change {
        void on(Collections c);
    }

    private void write(String what, Change change) {
        Collections c = library.collections();
        if (c == null) {
            return;
        }
        jobs.inBackground(what, () -> {
            try {
                change.on(c);
            } finally {
                List<Collections.Info> read = c.list();
                jobs.onFx(() -> {
                    infos.setAll(read);
                    recount();
                });
            }
        });
    }

    /** The grid shows the change at once: each card's row gains or loses the collection id. */
    private void showMembership(List<Long> ids, long collection, boolean in) {
        List<CardSummary> changed = new ArrayList<>();
        for (long id : ids) {
            CardSummary c = cards.get(id);
            if (c == null || c.collections().contains(collection) == in) {
                continue;
            }
            List<Long> now = new ArrayList<>(c.collections());
            if (in) {
                now.add(collection);
                now.sort(null);
            } else {
                now.remove(collection);
            }
            changed.add(c.withCollections(now));
        }
        if (!changed.isEmpty()) {
            cards.apply(List.of(new Patch(List.of(), changed, List.of())));
        }
    }

    /** Counts again from a snapshot, off the FX thread; one count at a time, the newest wins. */
    private void recount() {
        stale = true;
        if (inFlight) {
            return;
        }
        inFlight = true;
        stale = false;
        List<CardSummary> snapshot = List.copyOf(cards.items());
        CardMatcher m = search.matcher().get();
        CardMatcher base = m.withQuery(m.query().withCollection(0).withNoCollection(false));
        List<Collections.Info> now = List.copyOf(infos);
        jobs.inBackground("count the collections", () -> {
            List<Row> counted;
            try {
                counted = count(snapshot, base, now);
            } finally {
                jobs.onFx(() -> inFlight = false);
            }
            jobs.onFx(() -> {
                rows.setAll(counted);
                Row a = active.get();
                if (a != null) {
                    active.set(counted.stream().filter(r -> r.id() == a.id()).findFirst().orElse(null));
                }
                if (stale) {
                    recount();
                }
            });
        });
    }

    private List<Row> count(List<CardSummary> snapshot, CardMatcher base, List<Collections.Info> collections) {
        Map<Long, Integer> plain = new HashMap<>();
        for (CardSummary c : snapshot) {
            if (!c.collections().isEmpty() && base.test(c)) {
                c.collections().forEach(id -> plain.merge(id, 1, Integer::sum));
            }
        }
        List<Row> out = new ArrayList<>();
        Set<Long> known = new HashSet<>();
        collections.forEach(i -> known.add(i.id()));
        if (!known.containsAll(plain.keySet())) {
            jobs.onFx(this::reload); // made elsewhere since the last read (the selection's "add to a collection")
        }
        for (Collections.Info i : collections) {
            int n;
            if (i.smart()) {
                CardQuery q = i.view().query();
                Set<Long> hits = q.search().isEmpty() ? null : new HashSet<>(library.search(q.search()));
                CardMatcher m = new CardMatcher(q, hits, base.sillyTavern());
                n = (int) snapshot.stream().filter(m).count();
            } else {
                n = plain.getOrDefault(i.id(), 0);
            }
            out.add(new Row(i.id(), i.name(), n, i.smart(), i.view()));
        }
        return out;
    }
}
