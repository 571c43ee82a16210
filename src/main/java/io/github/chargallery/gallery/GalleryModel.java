package io.github.chargallery.gallery;

import io.github.chargallery.card.CardFile;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.CardReader;
import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.LibraryRoot;
import io.github.chargallery.library.Patch;
import io.github.chargallery.library.SyncListener;
import io.github.chargallery.library.SyncProgress;
import io.github.chargallery.library.SyncReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The gallery's state and everything it asks of the library. All observable state lives on the FX
 * thread; every library call runs on {@code background} and its result comes back through
 * {@code fx}. Tests pass same-thread executors and drive it directly.
 */
public final class GalleryModel {
    static final String SETTING_SORT = "gallery.sort";
    static final String SETTING_IMPORT = "gallery.importFolder";

    private final CardLibrary library;
    private final Executor background;
    private final Executor fx;
    private final Importer importer;

    private final CardList cardList = new CardList();
    private final ObservableList<CardSummary> master = cardList.items();
    private final ObjectProperty<CardFilter> filter = new SimpleObjectProperty<>(CardFilter.ALL);
    private final FilteredList<CardSummary> filtered = new FilteredList<>(master);
    private final ObjectProperty<SortKey> sortKey = new SimpleObjectProperty<>(SortKey.NAME);
    private final BooleanProperty ascending = new SimpleBooleanProperty(true);
    private final SortedList<CardSummary> sorted = new SortedList<>(filtered);
    private final FilteredList<CardSummary> errors = new FilteredList<>(master, CardSummary::isError);
    private final ObservableList<TagCount> tagCounts = FXCollections.observableArrayList();
    private final ObservableList<LibraryRoot> roots = FXCollections.observableArrayList();
    private final ObservableList<Path> offlineRoots = FXCollections.observableArrayList();
    private final ObjectProperty<CardSummary> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<CardDetail> detail = new SimpleObjectProperty<>();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty syncing = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty syncText = new SimpleStringProperty("");
    private final StringProperty countText = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty();
    private final ReadOnlyObjectWrapper<SyncReport> lastReport = new ReadOnlyObjectWrapper<>();

    private final ConcurrentLinkedQueue<Patch> patches = new ConcurrentLinkedQueue<>();
    private final AtomicReference<SyncProgress> latestProgress = new AtomicReference<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final List<Patch> held = new ArrayList<>();
    private long lastApply;
    private int fillLimit;
    private int fillStep = 1;
    static final long MIN_APPLY_NANOS = 300_000_000L;

    private SyncTask running;
    private boolean resyncWanted;
    private String query = "";
    private long searchSeq;
    private boolean searchStale;
    private boolean searchInFlight;
    private boolean tagCountsInFlight;
    private boolean tagCountsStale;
    private long lastTagCount;
    private Path importFolder;
    private Function<List<LibraryRoot>, Optional<Path>> importFolderChooser = r -> Optional.empty();
    private Runnable beforeApply = () -> { };
    private Runnable afterApply = () -> { };

    public GalleryModel(CardLibrary library, Executor background, Executor fx) {
        this(library, background, fx, CardReader.standard());
    }

    GalleryModel(CardLibrary library, Executor background, Executor fx, CardReader reader) {
        this.library = library;
        this.background = background;
        this.fx = fx;
        this.importer = new Importer(reader);
        filtered.predicateProperty().bind(filter);
        bindComparator();
        sorted.addListener((javafx.beans.Observable o) -> updateCount());
        master.addListener((javafx.beans.Observable o) -> updateCount());
        selected.addListener((o, was, now) -> loadDetail(was, now));
    }

    private void bindComparator() {
        sorted.comparatorProperty().bind(Bindings.createObjectBinding(
                () -> sortKey.get().comparator(ascending.get()), sortKey, ascending));
    }

    // ---- startup and sync ----

    /** Fills the grid from the index (one batch), then starts a sync. */
    public void start() {
        start(List.of());
    }

    /** Like {@link #start()}, adding these folders as library roots first. */
    public void start(List<Path> newRoots) {
        inBackground("read the library index", () -> {
            for (Path r : newRoots) {
                library.addRoot(r);
            }
            List<CardSummary> rows = library.loadSummaries();
            List<LibraryRoot> r = library.roots();
            Optional<String> sort = library.setting(SETTING_SORT);
            Optional<String> imp = library.setting(SETTING_IMPORT);
            SortKey[] key = {SortKey.NAME};
            boolean[] asc = {true};
            sort.ifPresent(v -> parseSort(v, key, asc));
            List<CardSummary> presorted = new ArrayList<>(rows);
            presorted.sort(key[0].comparator(asc[0]));
            fx.execute(() -> {
                sortKey.set(key[0]);
                ascending.set(asc[0]);
                imp.ifPresent(p -> importFolder = Path.of(p));
                replaceAll(presorted);
                roots.setAll(r);
                loaded.set(true);
                refresh();
            });
        });
    }

    /** Runs a sync now, or right after the one that is running. */
    public void refresh() {
        if (running != null) {
            resyncWanted = true;
            return;
        }
        SyncListener listener = new SyncListener() {
            @Override
            public void onProgress(SyncProgress p) {
                latestProgress.set(p);
                scheduleDrain();
            }

            @Override
            public void onPatch(Patch patch) {
                patches.add(patch);
                scheduleDrain();
            }
        };
        SyncTask task = new SyncTask(library, listener, (report, failure) -> fx.execute(() -> syncDone(report, failure)));
        running = task;
        syncing.set(true);
        progress.set(-1);
        syncText.set("Scanning library folders…");
        background.execute(task);
    }

    private void scheduleDrain() {
        if (drainScheduled.compareAndSet(false, true)) {
            fx.execute(this::drain);
        }
    }

    /**
     * Applies every queued patch as one batch; runs on the FX thread once per pulse at most. While a
     * sync runs, batches are also held until {@link #MIN_APPLY_NANOS} after the previous one: each
     * change of the grid's item count makes the GridView rebuild every visible tile, so fewer,
     * larger batches keep the pulses short.
     */
    void drain() {
        drainScheduled.set(false);
        SyncProgress p = latestProgress.getAndSet(null);
        if (p != null && running != null) {
            showProgress(p);
        }
        Patch patch;
        while ((patch = patches.poll()) != null) {
            held.add(patch);
        }
        if (held.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        if (running != null && master.size() < fillLimit && onlyAdds(held)) {
            fillScreen(now);
            return;
        }
        if (running != null && now - lastApply < MIN_APPLY_NANOS) {
            scheduleDrain();
            return;
        }
        List<Patch> batch = new ArrayList<>(held);
        held.clear();
        lastApply = now;
        apply(batch);
    }


    /**
     * While the screen is not yet full of tiles, a sync's new cards go in one row's worth per pulse:
     * each new tile is built and styled in the pulse that first shows it, and building a whole
     * screenful at once (the first batch of a sync into an empty grid) was the longest frame.
     */
    private void fillScreen(long now) {
        List<CardSummary> adds = new ArrayList<>();
        for (Patch p : held) {
            adds.addAll(p.added());
        }
        held.clear();
        int n = Math.min(fillStep, adds.size());
        if (n < adds.size()) {
            held.add(new Patch(adds.subList(n, adds.size()), List.of(), List.of()));
            scheduleDrain();
        }
        lastApply = now;
        apply(List.of(new Patch(adds.subList(0, n), List.of(), List.of())));
    }

    private static boolean onlyAdds(List<Patch> patches) {
        for (Patch p : patches) {
            if (!p.updated().isEmpty() || !p.removed().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** How many cards fill the grid's screen, and how many make one row (see {@link #fillScreen}). */
    void setScreenFill(int limit, int step) {
        fillLimit = limit;
        fillStep = Math.max(1, step);
    }

    private void showProgress(SyncProgress p) {
        if (p.total() < 0) {
            progress.set(-1);
            syncText.set("Looking for card files: " + Fmt.count(p.scanned()) + " found");
            return;
        }
        progress.set(p.total() > 0 ? (double) p.scanned() / p.total() : -1);
        syncText.set("Scanning " + Fmt.count(p.scanned()) + " / " + Fmt.count(p.total()) + " files — "
                + Fmt.count(p.added()) + " new, " + Fmt.count(p.updated()) + " changed, " + Fmt.count(p.removed())
                + " removed, " + Fmt.count(p.errors()) + " unreadable");
    }

    private void syncDone(SyncReport report, Throwable failure) {
        running = null; // first: drain() holds nothing back once no sync runs
        drain();
        syncing.set(false);
        progress.set(0);
        if (failure != null) {
            syncText.set("Sync failed (" + Tags.nz(failure.getMessage()) + "); showing what the index holds");
        } else if (report.failure() != null) {
            syncText.set("Sync failed (" + report.failure() + "); showing what the index holds");
        } else if (report.cancelled()) {
            syncText.set("Sync cancelled at " + Fmt.time(System.currentTimeMillis()));
        } else if (roots.isEmpty()) {
            syncText.set("No library folders yet");
        } else {
            syncText.set("Last sync " + Fmt.time(System.currentTimeMillis()) + " (" + Fmt.seconds(report.millis()) + "): "
                    + Fmt.count(report.added()) + " new, " + Fmt.count(report.updated()) + " changed, "
                    + Fmt.count(report.removed()) + " removed");
        }
        if (report != null) {
            offlineRoots.setAll(report.offlineRoots());
        }
        reloadRoots();
        recountTags(true);
        lastReport.set(report);
        if (resyncWanted) {
            resyncWanted = false;
            refresh();
        }
    }

    private void reloadRoots() {
        inBackground("list the library folders", () -> {
            List<LibraryRoot> r = library.roots();
            fx.execute(() -> roots.setAll(r));
        });
    }

    // ---- applying patches ----

    private void replaceAll(List<CardSummary> rows) {
        // Rows come pre-sorted from the background thread: with the comparator off during setAll the
        // SortedList does no per-row binary-search inserts, and re-sorting sorted input is one linear pass.
        sorted.comparatorProperty().unbind();
        sorted.setComparator(null);
        cardList.replaceAll(rows);
        bindComparator();
        CardSummary sel = selected.get();
        if (sel != null) {
            selected.set(cardList.get(sel.id()));
        }
        afterChange(true);
    }

    /** Applies a batch of patches (see {@link CardList#apply}), keeping the selection on its card. */
    void apply(List<Patch> batch) {
        beforeApply.run();
        try {
            CardList.Applied done = cardList.apply(batch);
            CardSummary sel = selected.get();
            if (sel != null) {
                if (done.removed().contains(sel.id())) {
                    selected.set(null);
                } else if (done.updated().containsKey(sel.id())) {
                    selected.set(done.updated().get(sel.id()));
                }
            }
            afterChange(done.changed());
        } finally {
            afterApply.run();
        }
    }

    private void afterChange(boolean rowsChanged) {
        if (!rowsChanged) {
            return;
        }
        if (!query.isEmpty()) {
            searchStale = true;
            runSearch();
        }
        recountTags(false);
    }

    // ---- search, sort, filters ----

    /** Narrows the grid to cards matching the text (the view debounces typing). */
    public void search(String text) {
        query = text == null ? "" : text.strip();
        searchSeq++;
        if (query.isEmpty()) {
            filter.set(filter.get().withSearch(null));
            return;
        }
        searchStale = true;
        runSearch();
    }

    private void runSearch() {
        if (searchInFlight || !searchStale) {
            return;
        }
        searchInFlight = true;
        searchStale = false;
        String q = query;
        long seq = searchSeq;
        inBackground("search", () -> {
            List<Long> ids;
            try {
                ids = library.search(q);
            } finally {
                fx.execute(() -> searchInFlight = false);
            }
            fx.execute(() -> {
                if (seq == searchSeq) {
                    filter.set(filter.get().withSearch(new HashSet<>(ids)));
                }
                runSearch();
            });
        });
    }

    public String query() {
        return query;
    }

    public void setSort(SortKey key, boolean asc) {
        sortKey.set(key);
        ascending.set(asc);
        String value = key.name() + ":" + (asc ? "asc" : "desc");
        inBackground("save the sort order", () -> library.putSetting(SETTING_SORT, value));
    }

    private static void parseSort(String value, SortKey[] key, boolean[] asc) {
        String[] parts = value.split(":");
        try {
            key[0] = SortKey.valueOf(parts[0]);
            asc[0] = parts.length < 2 || !parts[1].equals("desc");
        } catch (IllegalArgumentException unknown) {
            // a sort key from another version: keep the default
        }
    }

    public void setTagFilter(Set<String> tags) {
        Set<String> norm = new HashSet<>();
        for (String t : tags) {
            norm.add(Tags.norm(t));
        }
        filter.set(filter.get().withTags(norm));
    }

    public void setFavoritesOnly(boolean on) {
        filter.set(filter.get().withFavoritesOnly(on));
    }

    public void setShowUnreadable(boolean on) {
        filter.set(filter.get().withShowUnreadable(on));
    }

    private void recountTags(boolean now) {
        tagCountsStale = true;
        long t = System.currentTimeMillis();
        if (tagCountsInFlight || (!now && syncing.get() && t - lastTagCount < 5000)) {
            return;
        }
        tagCountsInFlight = true;
        tagCountsStale = false;
        lastTagCount = t;
        List<CardSummary> snapshot = List.copyOf(master);
        inBackground("count tags", () -> {
            Map<String, Integer> counts = new HashMap<>();
            for (CardSummary c : snapshot) {
                for (String tag : Tags.of(c)) {
                    counts.merge(tag, 1, Integer::sum);
                }
            }
            List<TagCount> list = new ArrayList<>();
            counts.forEach((k, v) -> list.add(new TagCount(k, v)));
            list.sort((a, b) -> a.count() != b.count() ? b.count() - a.count() : a.tag().compareTo(b.tag()));
            fx.execute(() -> {
                tagCountsInFlight = false;
                tagCounts.setAll(list);
                if (tagCountsStale) {
                    recountTags(!syncing.get());
                }
            });
        });
    }

    private void updateCount() {
        int all = master.size();
        int shown = sorted.size();
        countText.set(shown == all ? Fmt.plural(all, "card", "cards") : Fmt.count(shown) + " of " + Fmt.plural(all, "card", "cards"));
    }

    // ---- curation ----

    public void setFavorite(CardSummary card, boolean favorite) {
        CardSummary now = Optional.ofNullable(cardList.get(card.id())).orElse(card);
        if (now.favorite() == favorite) {
            return;
        }
        applyLocal(copy(now, favorite, now.userTags()));
        inBackground("save the favourite of " + card.name(), () -> library.setFavorite(card.id(), favorite));
    }

    public void addUserTag(CardSummary card, String tag) {
        String t = tag == null ? "" : tag.strip();
        CardSummary now = Optional.ofNullable(cardList.get(card.id())).orElse(card);
        if (t.isEmpty() || now.userTags().contains(t)) {
            return;
        }
        List<String> tags = new ArrayList<>(now.userTags());
        tags.add(t);
        applyLocal(copy(now, now.favorite(), tags));
        inBackground("save the tag \"" + t + "\"", () -> library.addUserTag(card.id(), t));
    }

    public void removeUserTag(CardSummary card, String tag) {
        CardSummary now = Optional.ofNullable(cardList.get(card.id())).orElse(card);
        List<String> tags = new ArrayList<>(now.userTags());
        if (!tags.remove(tag)) {
            return;
        }
        applyLocal(copy(now, now.favorite(), tags));
        inBackground("remove the tag \"" + tag + "\"", () -> library.removeUserTag(card.id(), tag));
    }

    private void applyLocal(CardSummary c) {
        apply(List.of(new Patch(List.of(), List.of(c), List.of())));
        recountTags(true);
    }

    private static CardSummary copy(CardSummary c, boolean favorite, List<String> userTags) {
        return new CardSummary(c.id(), c.name(), c.creator(), c.tags(), userTags, c.spec(), favorite, c.files(),
                c.size(), c.addedAt(), c.fileModified(), c.cardDate(), c.tokenEstimate(), c.error(), c.offline());
    }

    // ---- selection and detail ----

    public void select(CardSummary card) {
        selected.set(card);
    }

    private void loadDetail(CardSummary was, CardSummary now) {
        if (now == null) {
            detail.set(null);
            return;
        }
        CardDetail current = detail.get();
        if (current != null && was != null && was.id() == now.id() && now.files().equals(was.files())
                && now.fileModified() == was.fileModified() && current.card() != null) {
            detail.set(new CardDetail(now, current.card(), current.error()));
            return;
        }
        detail.set(new CardDetail(now, null, null));
        inBackground("read " + now.name(), () -> {
            CardDetail d;
            try {
                CardFile f = library.readCard(now.id());
                d = new CardDetail(now, f.card(), null);
            } catch (CardFormatException e) {
                d = new CardDetail(now, null, e.reason());
            } catch (RuntimeException e) {
                d = new CardDetail(now, null, "could not be read: " + Tags.nz(e.getMessage()));
            }
            CardDetail result = d;
            fx.execute(() -> {
                CardSummary sel = selected.get();
                if (sel != null && sel.id() == now.id()) {
                    detail.set(new CardDetail(sel, result.card(), result.error()));
                }
            });
        });
    }

    // ---- library folders and drops ----

    /** Lets the view keep its scroll position: called around every batch applied to the grid's list. */
    void setApplyHooks(Runnable before, Runnable after) {
        this.beforeApply = before;
        this.afterApply = after;
    }

    public void setImportFolderChooser(Function<List<LibraryRoot>, Optional<Path>> chooser) {
        this.importFolderChooser = chooser;
    }

    public void addRoots(List<Path> folders) {
        inBackground("add the library folder", () -> {
            for (Path f : folders) {
                library.addRoot(f.toAbsolutePath().normalize());
            }
            List<LibraryRoot> r = library.roots();
            fx.execute(() -> {
                roots.setAll(r);
                refresh();
            });
        });
    }

    /** Forgets a folder and its cards in the index; its files are not touched. */
    public void removeRoot(Path root) {
        java.util.Comparator<CardSummary> order = sortKey.get().comparator(ascending.get());
        inBackground("remove the library folder", () -> {
            library.removeRoot(root);
            List<CardSummary> rows = new ArrayList<>(library.loadSummaries());
            rows.sort(order);
            List<LibraryRoot> r = library.roots();
            fx.execute(() -> {
                replaceAll(rows);
                roots.setAll(r);
                offlineRoots.remove(root);
            });
        });
    }

    /** What a drag-and-drop onto the window does: folders become roots, card files are imported. */
    public void drop(List<Path> dropped) {
        inBackground("look at the dropped files", () -> {
            Importer.Plan plan = importer.plan(dropped);
            fx.execute(() -> handleDrop(plan));
        });
    }

    private void handleDrop(Importer.Plan plan) {
        List<String> lines = new ArrayList<>();
        if (!plan.rejected().isEmpty()) {
            lines.add(Fmt.plural(plan.rejected().size(), "file was", "files were") + " not imported:");
            plan.rejected().forEach(r -> lines.add("• " + r));
        }
        if (!plan.folders().isEmpty()) {
            addRoots(plan.folders());
        }
        if (!plan.cards().isEmpty()) {
            Path folder = importFolder;
            if (folder == null) {
                folder = importFolderChooser.apply(List.copyOf(roots)).orElse(null);
                if (folder == null) {
                    lines.add(0, "Import cancelled: no import folder chosen.");
                } else {
                    importFolder = folder;
                    String value = folder.toString();
                    inBackground("remember the import folder", () -> library.putSetting(SETTING_IMPORT, value));
                }
            }
            if (folder != null) {
                importInto(folder, plan.cards(), lines);
                return;
            }
        }
        notice.set(lines.isEmpty() ? null : String.join("\n", lines));
    }

    private void importInto(Path folder, List<Path> cards, List<String> lines) {
        inBackground("import the dropped cards", () -> {
            List<String> failed = new ArrayList<>();
            int copied = 0;
            for (Path c : cards) {
                try {
                    Importer.copyInto(folder, c);
                    copied++;
                } catch (java.io.IOException e) {
                    failed.add("• " + c.getFileName() + " — could not be copied: " + e.getMessage());
                }
            }
            boolean known = library.roots().stream().anyMatch(r -> folder.toAbsolutePath().normalize().startsWith(r.path()));
            if (!known) {
                library.addRoot(folder.toAbsolutePath().normalize());
            }
            int n = copied;
            fx.execute(() -> {
                List<String> all = new ArrayList<>();
                all.add("Imported " + Fmt.plural(n, "card", "cards") + " into " + folder + ".");
                all.addAll(failed);
                all.addAll(lines);
                notice.set(String.join("\n", all));
                reloadRoots();
                refresh();
            });
        });
    }

    // ---- plumbing ----

    private void inBackground(String what, Runnable work) {
        background.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                String msg = "Could not " + what + ": " + Tags.nz(e.getMessage());
                fx.execute(() -> notice.set(msg));
            }
        });
    }

    /** Cancels a running sync and closes the library once the sync has stopped. */
    public CompletableFuture<Void> close() {
        return close(Map.of());
    }

    /**
     * Like {@link #close()}, writing the given settings first, on the same thread that closes the
     * library, so they cannot be lost to a close that overtakes them.
     */
    public CompletableFuture<Void> close(Map<String, String> lastSettings) {
        SyncTask task = running;
        if (task != null) {
            task.cancel(false);
        }
        return CompletableFuture.runAsync(() -> {
            try {
                if (task != null) {
                    task.awaitFinished(10_000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                lastSettings.forEach(library::putSetting);
            } catch (RuntimeException e) {
                System.err.println("character-gallery: settings not saved: " + e.getMessage());
            }
            library.close();
        }, background);
    }

    public void saveSetting(String key, String value) {
        inBackground("save a setting", () -> library.putSetting(key, value));
    }

    public void dismissNotice() {
        notice.set(null);
    }

    // ---- state the view binds to ----

    public ObservableList<CardSummary> cards() {
        return sorted;
    }

    ObservableList<CardSummary> allCards() {
        return master;
    }

    public ObservableList<CardSummary> errors() {
        return errors;
    }

    public ObservableList<TagCount> tagCounts() {
        return tagCounts;
    }

    public ObservableList<LibraryRoot> roots() {
        return roots;
    }

    public ObservableList<Path> offlineRoots() {
        return offlineRoots;
    }

    public ObjectProperty<CardSummary> selectedProperty() {
        return selected;
    }

    public ObjectProperty<CardDetail> detailProperty() {
        return detail;
    }

    public ObjectProperty<CardFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<SortKey> sortKeyProperty() {
        return sortKey;
    }

    public BooleanProperty ascendingProperty() {
        return ascending;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public BooleanProperty syncingProperty() {
        return syncing;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty syncTextProperty() {
        return syncText;
    }

    public StringProperty countTextProperty() {
        return countText;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public ReadOnlyObjectProperty<SyncReport> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }
}
