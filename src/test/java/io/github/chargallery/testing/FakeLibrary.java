package io.github.chargallery.testing;

import io.github.chargallery.card.CardFile;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.Spec;
import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.FxThreadGuard;
import io.github.chargallery.library.LibraryRoot;
import io.github.chargallery.library.Patch;
import io.github.chargallery.library.SyncListener;
import io.github.chargallery.library.SyncReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/** In-memory library for view-model tests: rows are set directly, a sync publishes the queued patches. */
public final class FakeLibrary implements CardLibrary {
    public final Map<Long, CardSummary> rows = new LinkedHashMap<>();
    public final List<Patch> nextSync = new ArrayList<>();
    final List<Path> roots = new CopyOnWriteArrayList<>();
    public final Map<String, String> settings = new HashMap<>();
    public final List<String> calls = new CopyOnWriteArrayList<>();
    public int syncs;
    /** Runs between the patches of a sync (a pulse happening while the scan goes on). */
    public Runnable betweenPatches = () -> { };

    public static CardSummary card(long id, String name, String creator, List<String> tags) {
        return new CardSummary(id, name, creator, tags, List.of(), Spec.V2, false,
                List.of(Path.of("/cards/" + id + ".json")), 1000 + id, 1_700_000_000_000L + id, 1_700_000_000_000L + id,
                1_700_000_000L + id, (int) id * 10, (int) id, null, false);
    }

    @Override
    public synchronized List<CardSummary> loadSummaries() {
        FxThreadGuard.check();
        calls.add("loadSummaries");
        return List.copyOf(rows.values());
    }

    @Override
    public synchronized SyncReport sync(SyncListener listener, BooleanSupplier cancelled) {
        FxThreadGuard.check();
        calls.add("sync");
        syncs++;
        int added = 0;
        for (Patch p : nextSync) {
            p.added().forEach(c -> rows.put(c.id(), c));
            p.updated().forEach(c -> rows.put(c.id(), c));
            p.removed().forEach(rows::remove);
            added += p.added().size();
            listener.onPatch(p);
            betweenPatches.run();
        }
        nextSync.clear();
        return new SyncReport(added, 0, 0, rows.size(), 0, List.of(), 5, false, null);
    }

    @Override
    public List<LibraryRoot> roots() {
        FxThreadGuard.check();
        return roots.stream().map(p -> new LibraryRoot(p, 0, true)).toList();
    }

    @Override
    public void addRoot(Path root) {
        FxThreadGuard.check();
        calls.add("addRoot " + root);
        if (!roots.contains(root)) {
            roots.add(root);
        }
    }

    @Override
    public void removeRoot(Path root) {
        FxThreadGuard.check();
        roots.remove(root);
    }

    @Override
    public synchronized void setFavorite(long cardId, boolean favorite) {
        FxThreadGuard.check();
        calls.add("setFavorite " + cardId + " " + favorite);
    }

    @Override
    public void addUserTag(long cardId, String tag) {
        FxThreadGuard.check();
        calls.add("addUserTag " + cardId + " " + tag);
    }

    @Override
    public void removeUserTag(long cardId, String tag) {
        FxThreadGuard.check();
        calls.add("removeUserTag " + cardId + " " + tag);
    }

    /** Records each bulk call as one entry: the model's one transaction per action. */
    @Override
    public io.github.chargallery.library.BulkEdits bulkEdits() {
        return new io.github.chargallery.library.BulkEdits() {
            @Override
            public void setFavorite(java.util.Collection<Long> ids, boolean favorite) {
                FxThreadGuard.check();
                calls.add("bulk setFavorite " + ids.size() + " " + favorite);
            }

            @Override
            public void addUserTag(java.util.Collection<Long> ids, String tag) {
                FxThreadGuard.check();
                calls.add("bulk addUserTag " + ids.size() + " " + tag);
            }

            @Override
            public void removeUserTag(java.util.Collection<Long> ids, String tag) {
                FxThreadGuard.check();
                calls.add("bulk removeUserTag " + ids.size() + " " + tag);
            }
        };
    }

    @Override
    public synchronized List<Long> search(String query) {
        FxThreadGuard.check();
        String q = query.toLowerCase(Locale.ROOT);
        List<Long> ids = new ArrayList<>();
        for (CardSummary c : rows.values()) {
            if (c.name().toLowerCase(Locale.ROOT).contains(q) || c.creator().toLowerCase(Locale.ROOT).contains(q)) {
                ids.add(c.id());
            }
        }
        return ids;
    }

    /** Publishes nothing: the rows hold what a test sets; the call is recorded. */
    @Override
    public synchronized Patch reindex(Path file) {
        FxThreadGuard.check();
        calls.add("reindex " + file);
        List<CardSummary> holding = rows.values().stream().filter(c -> c.files().contains(file)).toList();
        return new Patch(List.of(), holding, List.of());
    }

    @Override
    public synchronized Optional<Long> cardIdOf(Path file) {
        FxThreadGuard.check();
        return rows.values().stream().filter(c -> c.files().contains(file)).map(CardSummary::id).findFirst();
    }

    @Override
    public CardFile readCard(long cardId) throws CardFormatException {
        FxThreadGuard.check();
        throw new CardFormatException(Path.of("/cards/" + cardId), CardFormatException.Kind.IO, "fake library has no files");
    }

    @Override
    public Optional<byte[]> thumbnail(Path file, long size, long modified) {
        FxThreadGuard.check();
        return Optional.empty();
    }

    @Override
    public void putThumbnail(Path file, long size, long modified, byte[] image) {
        FxThreadGuard.check();
    }

    @Override
    public Optional<String> setting(String key) {
        FxThreadGuard.check();
        return Optional.ofNullable(settings.get(key));
    }

    @Override
    public void putSetting(String key, String value) {
        FxThreadGuard.check();
        settings.put(key, value);
    }

    @Override
    public void close() {
    }
}
