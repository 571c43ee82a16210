package io.github.chargallery.library;

import io.github.chargallery.card.FileNames;
import io.github.chargallery.library.db.FileTable;
import io.github.chargallery.library.db.RootTable;
import io.github.chargallery.library.db.Store;
import io.github.chargallery.library.db.TrashTable;
import io.github.chargallery.library.trash.Trash;
import io.github.chargallery.library.trash.TrashException;
import io.github.chargallery.library.trash.TrashedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Moving card files to the trash and back, with the index kept in step: a trashed file is forgotten as a
 * deleted one is (its card, left without files, keeps favourite and tags for the grace period), and a
 * restored one is indexed again at once, its card coming back with them. Every move is logged in the index
 * ({@code trash --list}, "Recently trashed"). Blocking; thread-safe through the index's lock.
 */
public final class TrashBin {
    private final Store store;
    private final Trash trash;
    private final LongSupplier clock;
    private static final Patch EMPTY = new Patch(List.of(), List.of(), List.of());

    TrashBin(Store store, Trash trash, LongSupplier clock) {
        this.store = store;
        this.trash = trash;
        this.clock = clock;
    }

    public Trash trash() {
        return trash;
    }

    /** One file's outcome: {@code trashed} when it went, else {@code failure} says why (and it is where it was). */
    public record Moved(Path file, TrashedFile trashed, long logId, String failure) {
        public boolean ok() {
            return failure == null;
        }
    }

    /** What a move did: each file's outcome and the index patch for a view. */
    public record Result(List<Moved> files, Patch patch) {
        public List<Moved> failed() {
            return files.stream().filter(m -> !m.ok()).toList();
        }

        public List<Moved> moved() {
            return files.stream().filter(Moved::ok).toList();
        }
    }

    /** A logged move, newest first in {@link #list}. */
    public record Entry(long id, TrashedFile trashed, String name, Long cardId, Long restoredAt, Path restoredTo) {
        public boolean restored() {
            return restoredAt != null;
        }
    }

    /** One restore's outcome: where the file is now, or why it could not come back. */
    public record Back(Path original, Path restoredTo, String failure, Patch patch) {
        public boolean ok() {
            return failure == null;
        }
    }

    /**
     * Why files cannot be trashed (no trash on their drive), one line per file; empty when all can. Ask this
     * before a bulk action: nothing has moved yet.
     */
    public List<String> unavailable(List<Path> files) {
        List<String> why = new ArrayList<>();
        for (Path f : files) {
            trash.unavailable(f).ifPresent(r -> why.add(FileNames.display(f) + ": " + r));
        }
        return why;
    }

    /** Moves each file to the trash (one failing leaves the others going), logs them and forgets their rows. */
    public Result moveToTrash(List<Path> files) {
        FxThreadGuard.check();
        List<Moved> out = new ArrayList<>();
        List<FileTable.Row> forget = new ArrayList<>();
        for (Path given : new LinkedHashSet<>(files)) {
            Path file = given.toAbsolutePath().normalize();
            Optional<FileTable.Row> row = store.db.read(() -> store.files.byPath(Library.key(file)));
            String name = row.flatMap(r -> store.db.read(() -> store.cards.who(r.cardId())))
                    .map(w -> w.name()).orElse(FileNames.display(file.getFileName()));
            TrashedFile t;
            try {
                t = trash.moveToTrash(file);
            } catch (TrashException e) {
                out.add(new Moved(file, null, -1, e.reason()));
                continue;
            }
            long id = store.db.write(() -> store.trash.insert(Library.key(t.original()), text(t.trashedAs()),
                    text(t.info()), t.trash(), t.at(), row.map(FileTable.Row::cardId).orElse(null), name));
            out.add(new Moved(file, t, id, null));
            row.ifPresent(forget::add);
        }
        Patch patch = forget.isEmpty() ? EMPTY
                : new IndexWriter(store, clock.getAsLong(), 0).delete(forget);
        return new Result(out, patch);
    }

    /** Everything the gallery trashed, newest first (restored ones included, marked). */
    public List<Entry> list() {
        return store.db.read(store.trash::all).stream().map(TrashBin::entry).toList();
    }

    /** Puts back the newest trashed file that had this original path. */
    public Back restore(Path original) {
        Path file = original.toAbsolutePath().normalize();
        List<TrashTable.Row> rows = store.db.read(() -> store.trash.pending(Library.key(file)));
        if (rows.isEmpty()) {
            return new Back(file, null, "the gallery has not trashed it (or it was restored already)", EMPTY);
        }
        return restore(rows.get(0));
    }

    /** Puts back one logged move (from {@link #list}). */
    public Back restore(long entryId) {
        List<TrashTable.Row> rows = store.db.read(() -> store.trash.byId(entryId));
        if (rows.isEmpty()) {
            return new Back(Path.of("?"), null, "no such entry in the trash log", EMPTY);
        }
        return restore(rows.get(0));
    }

    private Back restore(TrashTable.Row row) {
        FxThreadGuard.check();
        Entry e = entry(row);
        if (e.restored()) {
            return new Back(e.trashed().original(), e.restoredTo(), "it was restored already", EMPTY);
        }
        Path to;
        try {
            to = trash.restore(e.trashed());
        } catch (TrashException ex) {
            return new Back(e.trashed().original(), null, ex.reason(), EMPTY);
        }
        store.db.write(() -> {
            store.trash.markRestored(row.id(), clock.getAsLong(), Library.key(to));
            return null;
        });
        return new Back(e.trashed().original(), to, null, reindex(to, row.cardId()));
    }

    /**
     * Indexes a restored file at once when its card is still in the index (within the grace period) and a
     * root holds the path: the file is the bytes that card was read from, so nothing is parsed. Otherwise the
     * next sync finds it as a new file.
     */
    private Patch reindex(Path file, Long cardId) {
        if (cardId == null) {
            return EMPTY;
        }
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException ex) {
            return EMPTY;
        }
        String key = Library.key(file);
        return store.db.write(() -> {
            Optional<Long> root = rootOf(file);
            if (root.isEmpty() || store.cards.find(cardId).isEmpty() || store.files.byPath(key).isPresent()) {
                return EMPTY;
            }
            boolean wasShown = store.cards.find(cardId).get().orphanedAt() == null;
            Instant now = Instant.now();
            long checked = now.getEpochSecond() * 1_000_000_000L + now.getNano();
            store.files.insert(root.get(), key, attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                    checked, cardId, Parsed.identity(file, false));
            store.cards.setOrphaned(cardId, null);
            List<CardSummary> s = store.summaries.byIds(List.of(cardId));
            return wasShown ? new Patch(List.of(), s, List.of()) : new Patch(s, List.of(), List.of());
        });
    }

    /** The id of the innermost root holding this file (a nested root owns its files). */
    private Optional<Long> rootOf(Path file) throws java.sql.SQLException {
        RootTable.Row best = null;
        for (RootTable.Row r : store.roots.all()) {
            Path root = FileNames.path(r.path());
            if (file.startsWith(root) && (best == null || root.startsWith(FileNames.path(best.path())))) {
                best = r;
            }
        }
        return Optional.ofNullable(best).map(RootTable.Row::id);
    }

    private static Entry entry(TrashTable.Row r) {
        TrashedFile t = new TrashedFile(FileNames.path(r.original()), path(r.trashed()), path(r.info()), r.at(),
                r.trash());
        return new Entry(r.id(), t, r.name(), r.cardId(), r.restoredAt(), path(r.restoredTo()));
    }

    private static Path path(String text) {
        return text == null ? null : FileNames.path(text);
    }

    private static String text(Path p) {
        return p == null ? null : FileNames.text(p);
    }
}
