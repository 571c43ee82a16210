package io.github.chargallery.library;

import io.github.chargallery.library.db.Store;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/** Removing a root's rows from the index in batches; its files are never touched. */
final class RootRemoval {
    /** Rows deleted per transaction when a root goes or the grace period ends: each takes ~10-50 ms. */
    static final int DELETE_BATCH = 500;

    private final Store store;
    private final LongSupplier clock;

    /** @param clock the wall clock (epoch millis), read at each batch so tests can move it */
    RootRemoval(Store store, LongSupplier clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Forgets a root in short transactions, so that a click or a {@code favorite} from another process
     * gets the index between two of them: one marks the root removed (gone from {@link Library#roots()} and
     * from every scan at once), then its file rows go {@value #DELETE_BATCH} at a time, orphaning the
     * cards left without a file; then the file is compacted if that left much of it free. A crash part
     * way is finished by the next removal, addition or sync.
     */
    void remove(String rootKey) {
        boolean marked = store.db.write(() -> {
            Optional<Long> id = store.roots.find(rootKey);
            if (id.isPresent()) {
                store.roots.markRemoving(id.get());
            }
            return id.isPresent();
        });
        if (marked) {
            store.files.changed();
            finish();
        }
    }

    /** Deletes, in batches, the rows of roots marked removed; then compacts the file when worth it. */
    void finish() {
        List<Long> removing = store.db.read(store.roots::removing);
        if (removing.isEmpty()) {
            return;
        }
        for (long rootId : removing) {
            while (store.db.write(() -> deleteSomeFilesOf(rootId))) {
                store.files.changed();
                store.db.pauseForOthers();
            }
        }
        store.db.compact();
    }

    /** One batch of a root's removal; false when the root and all its rows are gone. */
    private boolean deleteSomeFilesOf(long rootId) throws SQLException {
        long now = clock.getAsLong();
        List<long[]> rows = store.files.someUnderRoot(rootId, DELETE_BATCH);
        if (rows.isEmpty()) {
            store.roots.delete(rootId);
            return false;
        }
        for (long[] row : rows) {
            store.files.delete(row[0]);
            if (store.files.countForCard(row[1]) == 0) {
                store.cards.setOrphaned(row[1], now);
            }
        }
        return true;
    }
}
