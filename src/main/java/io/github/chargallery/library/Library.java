package io.github.chargallery.library;

import io.github.chargallery.card.CardFile;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.CardReader;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.library.db.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/** The SQLite implementation of {@link CardLibrary}: one database file per user, in the data folder. */
public final class Library implements CardLibrary {
    public static final String DATABASE_FILE = "library.db";

    private final Store store;
    private final CardReader reader;
    private final FolderWalker walker;
    private final int threads;
    private final Object syncLock = new Object();
    private final RowCache rowCache = new RowCache();
    private final RootRemoval removal;
    private final SillyTavern sillyTavern;
    private Running running;
    private volatile boolean closed;
    /** SQLite's data_version when the summaries were last loaded: it moves only on other connections' commits. */
    private volatile long loadedVersion = Long.MIN_VALUE;
    private volatile LongSupplier clock = System::currentTimeMillis;

    private record Running(CompletableFuture<SyncReport> report, List<SyncListener> listeners) {
    }

    private Library(Store store, CardReader reader, FolderWalker walker, int threads) {
        this.store = store;
        this.reader = reader;
        this.walker = walker;
        this.threads = threads;
        this.removal = new RootRemoval(store, () -> clock.getAsLong());
        this.sillyTavern = new SillyTavern(this, store, reader, () -> clock.getAsLong());
    }

    /** Loads the database's native code now, on the calling thread, ahead of an {@link #open} (start-up). */
    public static void preload() {
        io.github.chargallery.library.db.Db.preload();
    }

    /** Opens (creating if needed) the index in {@code dataDir} with the standard card reader. */
    public static Library open(Path dataDir) {
        return open(dataDir, CardReader.standard());
    }

    public static Library open(Path dataDir, CardReader reader) {
        return open(dataDir, reader, FolderWalker.standard(), defaultThreads());
    }

    /** @param threads size of the parse pool (the benchmark compares pool sizes) */
    public static Library open(Path dataDir, CardReader reader, FolderWalker walker, int threads) {
        DataDirs.create(dataDir);
        return new Library(Store.open(dataDir.resolve(DATABASE_FILE)), reader, walker, Math.max(1, threads));
    }

    /** Caps the index at its size now plus {@code pages} pages: a full disk, for tests. */
    void leaveRoomFor(long pages) {
        store.db.limitPages(store.db.pages() + pages);
    }

    /**
     * Opens the index to read it (list, roots). Like {@link #open(Path)}, except that in a data folder this
     * process cannot write, an existing index is opened read-only instead of refused.
     */
    public static Library openForReading(Path dataDir) {
        if (!Files.isDirectory(dataDir) || Files.isWritable(dataDir)) {
            return open(dataDir);
        }
        Path file = dataDir.resolve(DATABASE_FILE);
        if (!Files.exists(file)) {
            throw new LibraryException("no library index in " + dataDir + " yet, and the folder is read-only,"
                    + " so none can be made", null);
        }
        return new Library(Store.openReadOnly(file), CardReader.standard(), FolderWalker.standard(), 1);
    }

    /** Replaces the wall clock (epoch millis) for tests of the grace period. */
    void setClock(LongSupplier clock) {
        this.clock = clock;
    }

    /** The parse pool size the indexer uses: one thread per core. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The index's text for a path: lossless, also for a name that is not UTF-8 (see {@link FileNames}). */
    static String key(Path path) {
        return FileNames.text(path.toAbsolutePath().normalize());
    }

    @Override
    public List<CardSummary> loadSummaries() {
        return store.db.read(() -> {
            // read first: a commit by another process after it makes changedElsewhere() say so
            loadedVersion = store.db.dataVersion();
            return store.summaries.all();
        });
    }

    /** Hands each summary to {@code each} in id order as it is read, without holding them all in memory. */
    public void forEachSummary(java.util.function.Consumer<CardSummary> each) {
        store.db.read(() -> {
            store.summaries.forEach(each);
            return null;
        });
    }

    @Override
    public boolean changedElsewhere() {
        return store.db.read(() -> store.db.dataVersion() != loadedVersion);
    }

    @Override
    public SyncReport sync(SyncListener listener, BooleanSupplier cancelled) {
        // checked here too: a scan turns what the Db throws into a failed report
        FxThreadGuard.check();
        Running mine;
        boolean owner;
        synchronized (syncLock) {
            if (running == null) {
                running = new Running(new CompletableFuture<>(), new CopyOnWriteArrayList<>());
                owner = true;
            } else {
                owner = false;
            }
            mine = running;
            mine.listeners().add(listener);
        }
        if (!owner) {
            return mine.report().join();
        }
        SyncListener fanOut = new SyncListener() {
            @Override
            public void onProgress(SyncProgress progress) {
                mine.listeners().forEach(l -> deliver(() -> l.onProgress(progress)));
            }

            @Override
            public void onPatch(Patch patch) {
                mine.listeners().forEach(l -> deliver(() -> l.onPatch(patch)));
            }

            @Override
            public boolean windowLate() {
                for (SyncListener l : mine.listeners()) {
                    if (l.windowLate()) {
                        return true;
                    }
                }
                return false;
            }
        };
        try {
            removal.finish(); // a removal cut short by a crash
        } catch (IndexUnusableException e) {
            // the sync below reports it
        }
        Sync sync = new Sync(store, rowCache, reader, walker, threads, fanOut,
                () -> closed || cancelled.getAsBoolean(), clock.getAsLong());
        SyncReport report = null;
        try {
            report = sync.run();
        } catch (OutOfMemoryError e) {
            report = sync.report(false, "scan failed: " + HeapLimit.message("the scan"));
        } catch (RuntimeException e) {
            // The index keeps what it had; the caller shows its rows plus this reason.
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            // A damaged index stops the sync before it writes more; damage() says so to the caller.
            report = sync.report(false, cause instanceof IndexUnusableException ? cause.getMessage()
                    : cause instanceof IndexFullException ? "sync stopped: " + cause.getMessage()
                    : cause instanceof OutOfMemoryError ? "scan failed: " + HeapLimit.message("the scan")
                    : "scan failed: " + (cause.getMessage() == null ? cause.toString() : cause.getMessage()));
        } finally {
            synchronized (syncLock) {
                running = null;
            }
            if (report != null) {
                mine.report().complete(report);
            } else {
                // An Error escaped: whoever joined must not wait forever.
                mine.report().completeExceptionally(new IllegalStateException("the sync stopped abruptly"));
            }
        }
        return report;
    }

    /** A failing listener (a view's bug) must not stop the index from being brought up to date. */
    private static void deliver(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            System.err.println("library: a sync listener failed: " + e);
        }
    }

    @Override
    public List<LibraryRoot> roots() {
        List<LibraryRoot> roots = new ArrayList<>();
        store.db.read(store.roots::withCounts)
                .forEach(r -> roots.add(new LibraryRoot(FileNames.path(r.path()), r.cardCount(), r.online())));
        return roots;
    }

    /** Why a root is offline (as the last sync saw it), empty when it is online or unknown. */
    public Optional<String> rootFailure(Path root) {
        String k = key(root);
        return store.db.read(store.roots::all).stream().filter(r -> r.path().equals(k))
                .map(r -> r.failure()).filter(f -> f != null).findFirst();
    }

    /**
     * Adds a library folder; adding one that is a root already does nothing. Refused, with a
     * {@link LibraryException} saying "already in the library as ROOT", when the folder is the same folder
     * as a root, or a folder inside one, reached by another path (a symbolic link): its files would be
     * indexed twice. A plain folder inside a root may be added (a nested root takes its files over).
     */
    @Override
    public void addRoot(Path root) {
        Optional<String> refused = refusal(root);
        if (refused.isPresent()) {
            throw new LibraryException(refused.get(), null);
        }
        removal.finish(); // the same folder may be on its way out
        store.db.write(() -> {
            store.roots.add(key(root), clock.getAsLong());
            return null;
        });
    }

    /** Why {@link #addRoot} would refuse this folder, empty when it would add it (or has it already). */
    public Optional<String> refusal(Path root) {
        Path folder = Path.of(key(root));
        List<Path> roots = store.db.read(store.roots::all).stream().map(r -> FileNames.path(r.path())).toList();
        return RootLinks.sameFolderAs(folder, roots);
    }

    /**
     * Forgets a root in short transactions (see {@link RootRemoval}): its files are never touched, and a
     * click or another process gets the index between two batches.
     */
    @Override
    public void removeRoot(Path root) {
        removal.remove(key(root));
    }

    /** The SillyTavern bridge: linked user folders, what they know of the cards, sending cards there. */
    @Override
    public Optional<SillyTavern> sillyTavern() {
        return Optional.of(sillyTavern);
    }

    @Override
    public void setFavorite(long cardId, boolean favorite) {
        bulkEdits().setFavorite(List.of(cardId), favorite);
    }

    @Override
    public void addUserTag(long cardId, String tag) {
        bulkEdits().addUserTag(List.of(cardId), tag);
    }

    @Override
    public void removeUserTag(long cardId, String tag) {
        bulkEdits().removeUserTag(List.of(cardId), tag);
    }

    /** Favourites and user tags of many cards, one transaction per call (see {@link BulkEdits}). */
    @Override
    public BulkEdits bulkEdits() {
        return new StoreBulkEdits(store);
    }

    @Override
    public List<Long> search(String query) {
        List<String> phrases = SearchQuery.phrases(query);
        if (phrases.isEmpty()) {
            return store.db.read(store.cards::liveIds);
        }
        return store.db.read(() -> store.search.match(phrases, store.cards.orphanIds()));
    }

    @Override
    public Patch reindex(Path file) {
        FxThreadGuard.check();
        return OneFile.reindex(store, reader, clock.getAsLong(), file);
    }

    /** The card id of the indexed file at this path, if any (for the headless commands). */
    @Override
    public Optional<Long> cardIdOf(Path file) {
        return store.db.read(() -> store.files.byPath(key(file))).map(r -> r.cardId());
    }

    @Override
    public CardFile readCard(long cardId) throws CardFormatException {
        List<Path> paths = store.db.read(() -> store.files.pathsOf(cardId));
        if (paths.isEmpty()) {
            throw new CardFormatException(Path.of("card " + cardId), CardFormatException.Kind.IO,
                    "no file of this card is in the index");
        }
        CardFormatException last = null;
        for (Path p : paths) {
            try {
                return reader.read(p);
            } catch (CardFormatException e) {
                last = e;
            }
        }
        throw last;
    }

    /** Moving this library's files to {@code trash} and back, the index kept in step (see {@link TrashBin}). */
    @Override
    public TrashBin trashBin(io.github.chargallery.library.trash.Trash trash) {
        return new TrashBin(store, trash, () -> clock.getAsLong());
    }

    /** The library's duplicate groups and the actions on them (see {@link Duplicates}). */
    @Override
    public Duplicates duplicates() {
        return new Duplicates(store, () -> clock.getAsLong());
    }

    @Override
    public Collections collections() {
        return new Collections(store, () -> clock.getAsLong());
    }

    @Override
    public Optional<byte[]> thumbnail(Path file, long size, long modified) {
        return store.db.read(() -> store.thumbnails.get(key(file), size, modified));
    }

    @Override
    public void putThumbnail(Path file, long size, long modified, byte[] image) {
        store.db.write(() -> {
            store.thumbnails.put(key(file), size, modified, image);
            return null;
        });
    }

    @Override
    public Optional<String> setting(String key) {
        return store.db.read(() -> store.settings.get(key));
    }

    /**
     * Checks the file and throws {@link IndexUnusableException} when it is damaged, as opening a damaged
     * file does (see {@code Db.verify}). The quick form (0.3 s at 50k cards) runs in every headless
     * command and before a sync's first write; the thorough one (5-9 s at 50k) in {@code rebuild-index}.
     * The window's open does not check (its grid would wait); its syncs and SQLite's own reports do.
     */
    public void verify(boolean thorough) {
        store.db.verify(thorough);
    }

    @Override
    public Optional<IndexUnusableException> damage() {
        return store.db.damage();
    }

    @Override
    public void putSetting(String key, String value) {
        store.db.write(() -> {
            store.settings.put(key, value);
            return null;
        });
    }

    /**
     * Stops a running sync at its next batch and closes the database. Not guarded: the app closes the
     * library while quitting; the wait is at most one batch.
     */
    @Override
    public void close() {
        closed = true;
        Running r;
        synchronized (syncLock) {
            r = running;
        }
        if (r != null) {
            r.report().join();
        }
        store.close();
    }
}
