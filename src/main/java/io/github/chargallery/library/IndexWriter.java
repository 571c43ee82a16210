package io.github.chargallery.library;

import io.github.chargallery.library.db.CardRecord;
import io.github.chargallery.library.db.CardTable;
import io.github.chargallery.library.db.FileTable;
import io.github.chargallery.library.db.KeptUserDataTable;
import io.github.chargallery.library.db.Store;
import io.github.chargallery.library.dupes.CardFacts;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies what a sync found to the index, one batch per transaction, and says which cards a viewer
 * must add, update or remove. User data (favourite, user tags) lives on the card row, so it follows
 * the card's content hash across renames and moves, and an edit in place keeps the card id.
 */
final class IndexWriter {
    private final Store store;
    private final GoneFiles gone;
    private final long now;

    /** Counters over the whole sync, per file. */
    int added;
    int updated;
    int removed;
    int unchanged;
    int errors;
    /** New paths of files whose old path was gone (renames and moves), not counted in added or removed. */
    int moved;
    /** Files that could not be read in this sync but keep the readable card they held (locked, say). */
    int keptUnreadable;
    /** Per live card, new files found for it in this sync: a move when one of its old files turns out gone. */
    private final Map<Long, Integer> arrivals = new HashMap<>();

    private final long scanStartNs;
    /** Stored as the mtime of a file that could not be opened, so that no stat matches it. */
    private static final long RETRY_MTIME = Long.MIN_VALUE;

    /** @param scanStartNs wall-clock start of this scan, stored per file for the racy-file rule */
    IndexWriter(Store store, long nowMillis, long scanStartNs) {
        this.store = store;
        this.gone = new GoneFiles(store);
        this.now = nowMillis;
        this.scanStartNs = scanStartNs;
    }

    /** Tracks, per touched card, whether a viewer saw it before this batch. */
    private final class Batch {
        private final Map<Long, Boolean> wasVisible = new LinkedHashMap<>();

        void touch(long id) throws SQLException {
            if (!wasVisible.containsKey(id)) {
                wasVisible.put(id, store.cards.find(id).map(r -> r.orphanedAt() == null).orElse(false));
            }
        }

        void created(long id) {
            wasVisible.putIfAbsent(id, false);
        }

        Patch patch() throws SQLException {
            List<Long> shown = new ArrayList<>();
            List<Long> gone = new ArrayList<>();
            for (Map.Entry<Long, Boolean> e : wasVisible.entrySet()) {
                boolean visible = store.cards.find(e.getKey()).map(r -> r.orphanedAt() == null).orElse(false);
                if (visible) {
                    shown.add(e.getKey());
                } else if (e.getValue()) {
                    gone.add(e.getKey());
                }
            }
            List<CardSummary> added = new ArrayList<>();
            List<CardSummary> updated = new ArrayList<>();
            for (CardSummary s : store.summaries.byIds(shown)) {
                (wasVisible.get(s.id()) ? updated : added).add(s);
            }
            return new Patch(added, updated, gone);
        }
    }

    private boolean verified;

    /**
     * A sync checks the file once, before its first write ({@code quick_check}: 0.3 s at 50k cards, so
     * not on every open, and not on a rescan that finds nothing to write): it never writes into a
     * damaged index, and a damage found then stops it ({@link IndexUnusableException}).
     */
    private void beforeWrite() {
        if (!verified) {
            store.db.verify(false);
            verified = true;
        }
    }

    /** Runs one write transaction; when it fails, the counters go back to what was saved. */
    private <T> T counted(io.github.chargallery.library.db.Db.Work<T> work) {
        int[] was = {added, updated, removed, unchanged, errors, moved, keptUnreadable};
        try {
            return store.db.write(work);
        } catch (RuntimeException e) {
            // (arrivals is not rolled back: the sync stops here, and it only feeds the moved count)
            added = was[0];
            updated = was[1];
            removed = was[2];
            unchanged = was[3];
            errors = was[4];
            moved = was[5];
            keptUnreadable = was[6];
            throw e;
        }
    }

    /** Writes parsed files in one transaction and returns the patch a viewer applies. */
    Patch apply(List<Parsed> batch) {
        beforeWrite();
        return counted(() -> {
            Batch b = new Batch();
            // A root the user removed while this sync ran is forgotten: its files are not written back.
            Set<Long> roots = new HashSet<>();
            store.roots.all().forEach(r -> roots.add(r.id()));
            for (Parsed p : batch) {
                if (roots.contains(p.rootId())) {
                    applyOne(p, b);
                }
            }
            return b.patch();
        });
    }

    private void applyOne(Parsed p, Batch b) throws SQLException {
        CardRecord record = p.record();
        if (p.facts() != null) {
            CardFacts f = p.facts(); // what the duplicates view compares, kept per content
            store.facts.put(record.hash(), f.canonical(), f.version(), f.greetings(), f.lorebookEntries(), f.created(),
                    f.modified(), f.fieldsText());
        }
        String path = Library.key(p.stat().path());
        Optional<FileTable.Row> row = store.files.byPath(path);
        Optional<CardTable.Row> target = store.cards.findByHash(record.hash());
        if (row.isPresent() && p.ioFailure()) {
            // Keep the card as it was; the row's old stat makes the next scan try again. An error row
            // takes the new reason.
            errors++;
            long oldCard = row.get().cardId();
            if (!refreshError(oldCard, record, b)) {
                keptUnreadable++;
            }
            return;
        }
        if (row.isEmpty()) {
            long cardId;
            if (target.isPresent()) {
                if (target.get().orphanedAt() == null && !p.isError()) {
                    arrivals.merge(target.get().id(), 1, Integer::sum);
                }
                cardId = attach(target.get(), b);
            } else {
                Optional<FileTable.Row> before = gone.predecessorOf(p);
                if (before.isPresent() && !p.isError()) {
                    arrivals.merge(before.get().cardId(), 1, Integer::sum); // its old path is counted as moved
                }
                cardId = before.isPresent() ? succeed(before.get(), record, b) : create(record, b);
            }
            long mtime = p.ioFailure() ? RETRY_MTIME : p.stat().mtimeNs();
            store.files.insert(p.rootId(), path, p.stat().size(), mtime, scanStartNs, cardId, p.identity());
            count(p, true);
            return;
        }
        FileTable.Row old = row.get();
        long oldCard = old.cardId();
        if (target.isPresent() && target.get().id() == oldCard) {
            if (old.size() != p.stat().size() || old.mtimeNs() != p.stat().mtimeNs()) {
                b.touch(oldCard); // same card, but its file's size or date as shown changed
            }
            store.files.update(old.id(), p.rootId(), p.stat().size(), p.stat().mtimeNs(), scanStartNs, oldCard,
                    p.identity());
            if (p.isError()) {
                // Still unreadable, perhaps for another reason now (was mode 000, is truncated).
                refreshError(oldCard, record, b);
                errors++;
            } else {
                if (store.cards.fillTokens(oldCard, record)) {
                    b.touch(oldCard); // counted for the first time (indexed before schema 5): the pane shows it
                }
                unchanged++;
            }
            return;
        }
        b.touch(oldCard);
        boolean soleFile = store.files.countForCard(oldCard) == 1;
        long cardId;
        if (target.isPresent()) {
            cardId = attach(target.get(), b);
            if (soleFile) {
                mergeUserData(oldCard, cardId);
            }
        } else if (soleFile) {
            // Edited in place: same card for the user, new content.
            store.cards.update(oldCard, record);
            store.search.put(oldCard, record, store.userTags.of(oldCard));
            cardId = oldCard;
        } else {
            // One of several copies was edited: it becomes its own card, keeping the user's data.
            cardId = create(record, b);
            mergeUserData(oldCard, cardId);
        }
        store.files.update(old.id(), p.rootId(), p.stat().size(), p.stat().mtimeNs(), scanStartNs, cardId,
                p.identity());
        if (soleFile && cardId != oldCard) {
            store.cards.setOrphaned(oldCard, now);
        }
        count(p, false);
    }

    /**
     * The user's data of a vanished file goes to the new file that succeeds it. Its card is taken over when
     * the vanished file was its only one (its id stays, as for an edit in place); when the card lives on in
     * other files, the new file gets a card of its own with a copy of the favourite and tags.
     */
    private long succeed(FileTable.Row before, CardRecord record, Batch b) throws SQLException {
        long oldCard = before.cardId();
        b.touch(oldCard);
        if (store.files.countForCard(oldCard) == 1) {
            store.cards.update(oldCard, record);
            store.search.put(oldCard, record, store.userTags.of(oldCard));
            return oldCard;
        }
        long cardId = create(record, b);
        mergeUserData(oldCard, cardId);
        return cardId;
    }

    /** Tells the writer which indexed files the walks of this sync did not find (in roots walked completely). */
    void expectGone(List<FileTable.Row> rows) {
        gone.rows.addAll(rows);
    }


    /** Gives an error card its new reason; false when the card is not an error card. */
    private boolean refreshError(long cardId, CardRecord record, Batch b) throws SQLException {
        String old = store.cards.error(cardId);
        if (old == null || record.error() == null) {
            return false;
        }
        Optional<CardTable.Row> holder = store.cards.findByHash(record.hash());
        if (!old.equals(record.error()) && (holder.isEmpty() || holder.get().id() == cardId)) {
            b.touch(cardId);
            store.cards.update(cardId, record);
        }
        return true;
    }

    private void count(Parsed p, boolean isNew) {
        if (p.isError()) {
            errors++;
        } else if (isNew) {
            added++;
        } else {
            updated++;
        }
    }

    private long attach(CardTable.Row card, Batch b) throws SQLException {
        b.touch(card.id());
        if (card.orphanedAt() != null) {
            store.cards.setOrphaned(card.id(), null);
        }
        return card.id();
    }

    private long create(CardRecord record, Batch b) throws SQLException {
        long id = store.cards.insert(record, now);
        b.created(id);
        List<String> userTags = List.of();
        Optional<KeptUserDataTable.Kept> kept = store.kept.take(record.hash());
        if (kept.isPresent()) {
            store.cards.setFavorite(id, kept.get().favorite());
            for (String tag : kept.get().tags()) {
                store.userTags.add(id, tag);
            }
            userTags = store.userTags.of(id);
            store.collections.addByNames(id, kept.get().collections());
        }
        store.search.insert(id, record, userTags);
        return id;
    }

    private void mergeUserData(long from, long to) throws SQLException {
        if (store.cards.find(from).map(CardTable.Row::favorite).orElse(false)) {
            store.cards.setFavorite(to, true);
        }
        store.userTags.copy(from, to);
        store.collections.copyMembership(from, to);
        store.search.setTags(to, store.userTags.of(to));
    }

    /** Files unreadable now: error rows under online roots, and files kept with their card but unreadable. */
    int unreadableNow() {
        return store.db.read(store.files::unreadableUnderOnlineRoots) + keptUnreadable;
    }

    /** Forgets files that are gone from a completely walked root; cards left without a file are orphaned. */
    Patch delete(List<FileTable.Row> gone) {
        beforeWrite();
        return counted(() -> {
            Batch b = new Batch();
            for (FileTable.Row row : gone) {
                b.touch(row.cardId());
                store.files.delete(row.id());
                if (store.files.countForCard(row.cardId()) == 0) {
                    store.cards.setOrphaned(row.cardId(), now);
                }
                Integer arrived = arrivals.get(row.cardId());
                if (arrived != null && arrived > 0) {
                    // The card's file has a new path in this sync: moved or renamed, not added and removed.
                    arrivals.put(row.cardId(), arrived - 1);
                    added--;
                    moved++;
                } else {
                    removed++;
                }
            }
            return b.patch();
        });
    }

    /** Records a root's online state; its cards are re-published when it changed. */
    Patch setOnline(long rootId, boolean online, String failure, boolean changed) {
        beforeWrite();
        return store.db.write(() -> {
            Batch b = new Batch();
            List<Long> ids = changed ? store.files.cardIdsUnderRoot(rootId) : List.of();
            for (long id : ids) {
                b.touch(id);
            }
            store.roots.setOnline(rootId, online, failure);
            return b.patch();
        });
    }

    /**
     * Deletes cards orphaned before the cutoff, with their user data (the grace period is over), in
     * transactions of {@link RootRemoval#DELETE_BATCH} so that clicks and other processes get in between
     * (100k rows in one transaction held the index for longer than their 10 s wait); then compacts the file.
     */
    int purge(long cutoffMillis) {
        if (store.db.read(() -> store.cards.orphanedBefore(cutoffMillis, 1)).isEmpty()) {
            return 0;
        }
        beforeWrite();
        int purged = 0;
        while (true) {
            int n = store.db.write(() -> {
                List<Long> ids = store.cards.orphanedBefore(cutoffMillis, RootRemoval.DELETE_BATCH);
                for (long id : ids) {
                    store.search.delete(id);
                    store.cards.delete(id);
                }
                return ids.size();
            });
            purged += n;
            store.db.pauseForOthers();
            if (n < RootRemoval.DELETE_BATCH) {
                break;
            }
        }
        store.db.write(store.facts::prune); // the duplicates' facts of the contents just purged
        if (purged >= 1_000) {
            while (store.db.write(store.search::mergeStep)) {
                store.db.pauseForOthers();
            }
        }
        store.db.compact();
        return purged;
    }
}
