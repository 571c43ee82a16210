package io.github.chargallery.library;

import io.github.chargallery.library.db.CollectionTable;
import io.github.chargallery.library.db.Store;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The user's collections: named sets of cards (a card can be in several) kept in the index, never in the
 * card files. Members are card ids, so a card stays in its collections through renames, moves, edits in
 * place, an offline folder and a rebuilt index (see {@link IndexRescue}). Deleting a collection never
 * deletes a card. A smart collection has no members: its saved view (search, filters, sort) picks them
 * each time. Names are unique without case. Each call is one transaction, for any number of cards.
 * Blocking; never on the FX thread.
 */
public final class Collections {
    private final Store store;
    private final LongSupplier clock;

    /**
     * @param count cards the user sees in a plain collection (0 for a smart one: {@link CardMatcher} counts it)
     * @param view  the saved view of a smart collection, null for a plain one
     */
    public record Info(long id, String name, int count, CardQueryJson.SavedView view) {
        public boolean smart() {
            return view != null;
        }
    }

    Collections(Store store, LongSupplier clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Every collection by name (without case), with its count. */
    public List<Info> list() {
        return store.db.read(store.collections::all).stream().map(Collections::info).toList();
    }

    public Optional<Info> find(String name) {
        String n = clean(name);
        return store.db.read(() -> store.collections.byName(n)).map(Collections::info);
    }

    /** @throws CollectionException when there is no collection of this name */
    public Info get(String name) {
        return store.db.read(() -> info(row(name)));
    }

    public Info create(String name) {
        return create(name, null);
    }

    /** Saves a view as a smart collection. */
    public Info createSmart(String name, CardQueryJson.SavedView view) {
        return create(name, CardQueryJson.write(view));
    }

    private Info create(String name, String smart) {
        String n = clean(name);
        return store.db.write(() -> {
            if (store.collections.byName(n).isPresent()) {
                throw new CollectionException("a collection named \"" + store.collections.byName(n).get().name()
                        + "\" exists already");
            }
            store.collections.create(n, clock.getAsLong(), smart);
            return info(store.collections.byName(n).orElseThrow());
        });
    }

    /** Replaces the saved view of a smart collection. */
    public Info updateSmart(String name, CardQueryJson.SavedView view) {
        return store.db.write(() -> {
            CollectionTable.Row r = row(name);
            if (r.smartQuery() == null) {
                throw new CollectionException("\"" + r.name() + "\" is not a smart collection");
            }
            store.collections.setSmartQuery(r.id(), CardQueryJson.write(view));
            return info(store.collections.byName(r.name()).orElseThrow());
        });
    }

    public Info rename(String from, String to) {
        String n = clean(to);
        return store.db.write(() -> {
            CollectionTable.Row r = row(from);
            Optional<CollectionTable.Row> taken = store.collections.byName(n);
            if (taken.isPresent() && taken.get().id() != r.id()) {
                throw new CollectionException("a collection named \"" + taken.get().name() + "\" exists already");
            }
            store.collections.rename(r.id(), n);
            return info(store.collections.byName(n).orElseThrow());
        });
    }

    /** Deletes the collection; its cards stay in the library (and in their other collections). */
    public void delete(String name) {
        store.db.write(() -> {
            store.collections.delete(row(name).id());
            return null;
        });
    }

    /** Adds the cards (ids that are no card are skipped); returns how many were not in it yet. */
    public int add(String name, Collection<Long> cardIds) {
        return store.db.write(() -> store.collections.add(plain(name).id(), cardIds));
    }

    /** Takes the cards out of the collection (they stay in the library); returns how many were in it. */
    public int remove(String name, Collection<Long> cardIds) {
        return store.db.write(() -> store.collections.remove(plain(name).id(), cardIds));
    }

    /** The ids of a plain collection's cards, in id order (a smart collection's come from its view). */
    public List<Long> members(String name) {
        return store.db.read(() -> store.collections.members(plain(name).id()));
    }

    private CollectionTable.Row plain(String name) throws java.sql.SQLException {
        CollectionTable.Row r = row(name);
        if (r.smartQuery() != null) {
            throw new CollectionException("\"" + r.name() + "\" is a smart collection: its saved view picks"
                    + " its cards, they cannot be added or removed");
        }
        return r;
    }

    private CollectionTable.Row row(String name) throws java.sql.SQLException {
        String n = clean(name);
        Optional<CollectionTable.Row> r = store.collections.byName(n);
        if (r.isEmpty()) {
            List<String> names = store.collections.all().stream().map(CollectionTable.Row::name).toList();
            throw new CollectionException("there is no collection \"" + n + "\"" + (names.isEmpty()
                    ? " (there are none yet)" : " (there are: " + String.join(", ", names) + ")"));
        }
        return r.get();
    }

    private static String clean(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new CollectionException("a collection needs a name");
        }
        if (n.indexOf('\n') >= 0 || n.indexOf('\r') >= 0) {
            throw new CollectionException("a collection's name is one line");
        }
        return n;
    }

    private static Info info(CollectionTable.Row r) {
        CardQueryJson.SavedView view = null;
        if (r.smartQuery() != null) {
            try {
                view = CardQueryJson.read(r.smartQuery());
            } catch (IllegalArgumentException damaged) {
                view = new CardQueryJson.SavedView(CardQuery.ALL, ""); // shows all rather than failing the list
            }
        }
        return new Info(r.id(), r.name(), r.count(), view);
    }
}
