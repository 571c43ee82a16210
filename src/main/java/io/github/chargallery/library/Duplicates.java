package io.github.chargallery.library;

import io.github.chargallery.card.FileNames;
import io.github.chargallery.library.db.PictureHashTable;
import io.github.chargallery.library.db.Store;
import io.github.chargallery.library.dupes.DuplicateFinder;
import io.github.chargallery.library.dupes.DuplicateGroup;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The duplicate groups of the library, found from the index alone (no card file is read), and what the
 * user does with them: dismiss a group, keep one copy (the others go to the trash, their favourite and
 * user tags merged into the kept card). Blocking; never on the FX thread.
 */
public final class Duplicates {
    private final Store store;
    private final LongSupplier clock;

    Duplicates(Store store, LongSupplier clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Every group not dismissed: the matching keys of every card read from the index, matched in memory, then
     * what the groups show read for their cards only (well under a second at 50k cards: bench duplicates_ms).
     */
    public List<DuplicateGroup> groups() {
        return store.db.read(() -> {
            DuplicateFinder finder = new DuplicateFinder();
            store.duplicateRows.keys(finder::add);
            return groupsOf(finder);
        });
    }

    private List<DuplicateGroup> groupsOf(DuplicateFinder finder) throws java.sql.SQLException {
        finder.match();
        Set<Long> unread = finder.undetailed();
        if (!unread.isEmpty()) {
            store.duplicateRows.rows(unread, finder::detail);
        }
        return finder.groups(store.dismissals.all());
    }

    /**
     * Groups kept current as cards change: the first {@link #groups()} reads the whole index once; after
     * that {@link #changed} reads only the changed cards again and matches in memory. Any thread, one at a time.
     */
    public Tracker tracker() {
        return new Tracker();
    }

    public final class Tracker {
        private DuplicateFinder finder;

        private Tracker() {
        }

        /** Every group, from a fresh read of the whole index (after a sync, or when pictures got hashes). */
        public synchronized List<DuplicateGroup> groups() {
            return store.db.read(() -> {
                DuplicateFinder f = new DuplicateFinder();
                store.duplicateRows.keys(f::add);
                finder = f;
                return groupsOf(f);
            });
        }

        /** Every group after these cards were added, changed or removed (a patch's ids). */
        public synchronized List<DuplicateGroup> changed(java.util.Collection<Long> cardIds) {
            if (finder == null) {
                return groups();
            }
            return store.db.read(() -> {
                cardIds.forEach(finder::remove);
                if (!cardIds.isEmpty()) {
                    store.duplicateRows.keys(cardIds, finder::add);
                }
                return groupsOf(finder);
            });
        }
    }

    /** "Not duplicates": the group stays hidden until its cards or files change (which changes its id). */
    public void dismiss(String groupId) {
        store.db.write(() -> {
            store.dismissals.add(groupId, clock.getAsLong());
            return null;
        });
    }

    public void undismiss(String groupId) {
        store.db.write(() -> {
            store.dismissals.remove(groupId);
            return null;
        });
    }

    /** A card file's picture, known by its path, size and modification time (millis), with no hash yet. */
    public record MissingPicture(Path file, long size, long modified) {
    }

    /** Up to {@code limit} picture files of live cards whose picture has no hash yet. */
    public List<MissingPicture> missingPictureHashes(int limit) {
        return store.db.read(() -> store.pictureHashes.missing(limit)).stream()
                .map((PictureHashTable.Missing m) -> new MissingPicture(FileNames.path(m.path()), m.size(), m.modified()))
                .toList();
    }

    /**
     * Hashes every picture that has none yet ({@link io.github.chargallery.library.dupes.PictureHash}, on
     * {@code threads} threads); returns how many got one (those that do not decode are skipped, once).
     * Blocking: for the headless {@code duplicates} command, the window hashes as it makes thumbnails.
     */
    public int hashMissingPictures(int threads) {
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            Set<Path> tried = new java.util.HashSet<>();
            while (true) {
                List<MissingPicture> batch = missingPictureHashes(2000 + tried.size()).stream()
                        .filter(m -> tried.add(m.file())).toList();
                if (batch.isEmpty()) {
                    return done.get();
                }
                List<java.util.concurrent.Future<?>> work = new java.util.ArrayList<>();
                for (MissingPicture m : batch) {
                    work.add(pool.submit(() -> {
                        Long h = io.github.chargallery.library.dupes.PictureHash.of(m.file());
                        if (h != null) {
                            putPictureHash(m.file(), m.size(), m.modified(), h);
                            done.incrementAndGet();
                        }
                    }));
                }
                for (java.util.concurrent.Future<?> f : work) {
                    f.get();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return done.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Stores a picture's dHash (see {@link io.github.chargallery.library.dupes.DHash}) for this file version. */
    public void putPictureHash(Path file, long size, long modified, long hash) {
        store.db.write(() -> {
            store.pictureHashes.put(Library.key(file), size, modified, hash);
            return null;
        });
    }

    /**
     * Keeps {@code kept}: its card gets the favourite, user tags and collections of the group's other cards, then their
     * files go to the trash (see {@link TrashBin#moveToTrash}); the patch carries the kept card as it is now.
     */
    public TrashBin.Result keep(DuplicateGroup group, DuplicateGroup.Copy kept, TrashBin bin) {
        List<Path> trash = group.filesToTrash(kept);
        Set<Long> others = new LinkedHashSet<>();
        group.copies().stream().filter(c -> c.cardId() != kept.cardId()).forEach(c -> others.add(c.cardId()));
        store.db.write(() -> {
            for (long from : others) {
                if (store.cards.find(from).map(r -> r.favorite()).orElse(false)) {
                    store.cards.setFavorite(kept.cardId(), true);
                }
                store.userTags.copy(from, kept.cardId());
                store.collections.copyMembership(from, kept.cardId());
            }
            if (!others.isEmpty()) {
                store.search.setTags(kept.cardId(), store.userTags.of(kept.cardId()));
            }
            return null;
        });
        TrashBin.Result moved = bin.moveToTrash(trash);
        List<CardSummary> keptNow = store.db.read(() -> store.summaries.byIds(List.of(kept.cardId())));
        List<CardSummary> updated = new java.util.ArrayList<>(moved.patch().updated());
        updated.removeIf(c -> c.id() == kept.cardId());
        updated.addAll(keptNow); // its merged favourite and tags
        return new TrashBin.Result(moved.files(), new Patch(moved.patch().added(), updated, moved.patch().removed()));
    }
}
