package io.github.chargallery.gallery.model;

import io.github.chargallery.card.CardFile;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.CardReader;
import io.github.chargallery.gallery.sync.CardList;
import io.github.chargallery.gallery.sync.Jobs;
import io.github.chargallery.gallery.sync.PatchQueue;
import io.github.chargallery.gallery.sync.SyncRunner;
import io.github.chargallery.gallery.sync.SyncTask;
import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.IndexUnusableException;
import io.github.chargallery.library.LibraryRoot;
import io.github.chargallery.library.Patch;
import io.github.chargallery.library.SyncReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The gallery's state and everything it asks of the library: the facade the view binds to. All
 * observable state lives on the FX thread; every library call runs on {@code background} and its
 * result comes back through {@code fx}. Tests pass same-thread executors and drive it directly.
 * The parts live in their own classes: {@link SyncRunner} and its {@link PatchQueue} (sync patches
 * to batches),
 * {@link Search} (search text and filters), {@link TagCounter}, {@link CardEdits} (favourites,
 * user tags) and {@link Folders} (library folders, drops and imports).
 */
public final class GalleryModel {
    static final String SETTING_SORT = "gallery.sort";

    private final CardLibrary library;
    private final Jobs jobs;

    private final CardList cardList = new CardList();
    private final ObservableList<CardSummary> master = cardList.items();
    private final FilteredList<CardSummary> filtered = new FilteredList<>(master);
    private final ObjectProperty<SortKey> sortKey = new SimpleObjectProperty<>(SortKey.NAME);
    private final BooleanProperty ascending = new SimpleBooleanProperty(true);
    private final SortedList<CardSummary> sorted = new SortedList<>(filtered);
    private final FilteredList<CardSummary> errors = new FilteredList<>(master, CardSummary::isError);
    private final ObjectProperty<CardSummary> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<CardDetail> detail = new SimpleObjectProperty<>();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final StringProperty countText = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty();
    private final BooleanProperty rebuildRequested = new SimpleBooleanProperty();

    private final SyncRunner sync;
    private final Search search;
    private final TagCounter tagCounter;
    private final CardEdits edits;
    private final Folders folders;

    private Runnable beforeApply = () -> { };
    private Runnable afterApply = () -> { };

    public GalleryModel(CardLibrary library, Executor background, Executor fx) {
        this(library, background, fx, CardReader.standard());
    }

    GalleryModel(CardLibrary library, Executor background, Executor fx, CardReader reader) {
        this.library = library;
        this.jobs = new Jobs(background, fx, notice);
        this.sync = new SyncRunner(library, jobs, this::apply, master::size, () -> roots().isEmpty(), this::afterSync,
                this::replaceAll);
        this.search = new Search(library, jobs);
        this.tagCounter = new TagCounter(master, sync.syncingProperty(), jobs);
        this.edits = new CardEdits(cardList, library, jobs, this::applyLocal);
        this.folders = new Folders(library, jobs, new Importer(reader), notice, this::refresh,
                this::order, this::replaceAll);
        filtered.predicateProperty().bind(search.filter());
        bindComparator();
        sorted.addListener((javafx.beans.Observable o) -> updateCount());
        master.addListener((javafx.beans.Observable o) -> updateCount());
        selected.addListener((o, was, now) -> loadDetail(was, now));
    }

    private void bindComparator() {
        sorted.comparatorProperty().bind(Bindings.createObjectBinding(this::order, sortKey, ascending));
    }

    private Comparator<CardSummary> order() {
        return sortKey.get().comparator(ascending.get());
    }

    // ---- startup and sync ----

    /** Fills the grid from the index (one batch), then starts a sync. */
    public void start() {
        start(List.of());
    }

    /** Like {@link #start()}, adding these folders as library roots first. */
    public void start(List<Path> newRoots) {
        jobs.inBackground("read the library index", () -> {
            for (Path r : newRoots) {
                library.addRoot(r);
            }
            List<CardSummary> rows = library.loadSummaries();
            List<LibraryRoot> r = library.roots();
            SortOrder order = library.setting(SETTING_SORT).map(SortOrder::parse).orElse(SortOrder.DEFAULT);
            Optional<String> imp = library.setting(Folders.SETTING_IMPORT);
            List<CardSummary> presorted = new ArrayList<>(rows);
            presorted.sort(order.comparator());
            jobs.onFx(() -> {
                sortKey.set(order.key());
                ascending.set(order.ascending());
                imp.ifPresent(p -> folders.setImportFolder(Path.of(p)));
                replaceAll(presorted);
                folders.roots().setAll(r);
                loaded.set(true);
                refresh();
            });
        });
    }

    /** Runs a sync now, or right after the one that is running. */
    public void refresh() {
        sync.refresh();
    }

    /** How many cards fill the grid's screen, and how many make one row (see {@link PatchQueue}). */
    public void setScreenFill(int limit, int step) {
        sync.setScreenFill(limit, step);
    }

    private void afterSync(SyncReport report) {
        if (report != null) {
            folders.offlineRoots().setAll(report.offlineRoots());
        }
        folders.reload();
        tagCounter.recount(true);
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
    private void apply(List<Patch> batch) {
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

    private void applyLocal(CardSummary c) {
        apply(List.of(new Patch(List.of(), List.of(c), List.of())));
        tagCounter.recount(true);
    }

    private void afterChange(boolean rowsChanged) {
        if (!rowsChanged) {
            return;
        }
        search.rowsChanged();
        tagCounter.recount(false);
    }

    private void updateCount() {
        int all = master.size();
        int shown = sorted.size();
        countText.set(shown == all ? Fmt.plural(all, "card", "cards") : Fmt.count(shown) + " of " + Fmt.plural(all, "card", "cards"));
    }

    /** Lets the view keep its scroll position: called around every batch applied to the grid's list. */
    public void setApplyHooks(Runnable before, Runnable after) {
        this.beforeApply = before;
        this.afterApply = after;
    }

    // ---- search, sort, filters ----

    /** Narrows the grid to cards matching the text (the view debounces typing). */
    public void search(String text) {
        search.search(text);
    }

    public void setSort(SortKey key, boolean asc) {
        sortKey.set(key);
        ascending.set(asc);
        String value = new SortOrder(key, asc).setting();
        jobs.inBackground("save the sort order", () -> library.putSetting(SETTING_SORT, value));
    }

    public void setTagFilter(Set<String> tags) {
        search.setTagFilter(tags);
    }

    public void setFavoritesOnly(boolean on) {
        search.setFavoritesOnly(on);
    }

    public void setShowUnreadable(boolean on) {
        search.setShowUnreadable(on);
    }

    // ---- curation ----

    public void setFavorite(CardSummary card, boolean favorite) {
        edits.setFavorite(card, favorite);
    }

    public void addUserTag(CardSummary card, String tag) {
        edits.addUserTag(card, tag);
    }

    public void removeUserTag(CardSummary card, String tag) {
        edits.removeUserTag(card, tag);
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
        jobs.inBackground("read " + now.name(), () -> {
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
            jobs.onFx(() -> {
                CardSummary sel = selected.get();
                if (sel != null && sel.id() == now.id()) {
                    detail.set(new CardDetail(sel, result.card(), result.error()));
                }
            });
        });
    }

    // ---- library folders and drops ----

    public void setImportFolderChooser(Function<List<LibraryRoot>, Optional<Path>> chooser) {
        folders.setImportFolderChooser(chooser);
    }

    public void addRoots(List<Path> paths) {
        folders.addRoots(paths);
    }

    /** Forgets a folder and its cards in the index; its files are not touched. */
    public void removeRoot(Path root) {
        folders.removeRoot(root);
    }

    /** What a drag-and-drop onto the window does: folders become roots, card files are imported. */
    public void drop(List<Path> dropped) {
        folders.drop(dropped);
    }

    // ---- closing and settings ----

    /** Cancels a running sync and closes the library once the sync has stopped. */
    public CompletableFuture<Void> close() {
        return close(Map.of());
    }

    /**
     * Like {@link #close()}, writing the given settings first, on the same thread that closes the
     * library, so they cannot be lost to a close that overtakes them.
     */
    public CompletableFuture<Void> close(Map<String, String> lastSettings) {
        SyncTask task = sync.cancel();
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
        }, jobs.background());
    }

    public void dismissNotice() {
        notice.set(null);
    }

    /** The user asked to rebuild the damaged index (the app closes this model and shows the rescue). */
    public void requestRebuild() {
        rebuildRequested.set(true);
    }

    public ReadOnlyBooleanProperty rebuildRequestedProperty() {
        return rebuildRequested;
    }

    /** Set when the index turned out damaged while in use. */
    public ReadOnlyObjectProperty<IndexUnusableException> damagedProperty() {
        return jobs.damagedProperty();
    }

    // ---- state the view binds to ----

    public ObservableList<CardSummary> cards() {
        return sorted;
    }

    public ObservableList<CardSummary> allCards() {
        return master;
    }

    public ObservableList<CardSummary> errors() {
        return errors;
    }

    public ObservableList<TagCount> tagCounts() {
        return tagCounter.counts();
    }

    public ObservableList<LibraryRoot> roots() {
        return folders.roots();
    }

    public ObservableList<Path> offlineRoots() {
        return folders.offlineRoots();
    }

    public ObjectProperty<CardSummary> selectedProperty() {
        return selected;
    }

    public ObjectProperty<CardDetail> detailProperty() {
        return detail;
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
        return sync.syncingProperty();
    }

    public DoubleProperty progressProperty() {
        return sync.progressProperty();
    }

    public StringProperty syncTextProperty() {
        return sync.textProperty();
    }

    public StringProperty countTextProperty() {
        return countText;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public ReadOnlyObjectProperty<SyncReport> lastReportProperty() {
        return sync.lastReportProperty();
    }
}
