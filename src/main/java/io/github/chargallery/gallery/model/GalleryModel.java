package io.github.chargallery.gallery.model;

import io.github.chargallery.card.CardReader;
import io.github.chargallery.gallery.sync.CardList;
import io.github.chargallery.gallery.sync.Jobs;
import io.github.chargallery.gallery.sync.SyncRunner;
import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.CardSaver;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.IndexUnusableException;
import io.github.chargallery.library.LibraryRoot;
import io.github.chargallery.library.SyncReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The gallery's state and everything it asks of the library: the facade the view binds to. The view
 * reads its state through read-only properties and lists and changes it through the command
 * methods. All observable state lives on the FX thread; every library call runs on
 * {@code background} and its result comes back through {@code fx}. Tests pass same-thread executors
 * and drive it directly. The sync's patches go from {@link SyncRunner} straight into the
 * {@link CardList}; this model observes what each change did (keeps the selection on its card, re-runs
 * the search, recounts tags, keeps the view's scroll position). The parts live in their own classes:
 * {@link Search} (search text and filters), {@link TagCounter}, {@link CardEdits} (favourites, user
 * tags), {@link Folders} (library folders, drops and imports), {@link DetailReader} (the selected card
 * in full), {@link SyncStatus} (the status text), {@link Selection} and {@link SelectionActions}.
 */
public final class GalleryModel {
    static final String SETTING_SORT = "gallery.sort";

    private final CardLibrary library;
    private final Jobs jobs;

    private final CardList cardList = new CardList();
    private final ObservableList<CardSummary> master = cardList.items();
    private final FilteredList<CardSummary> errors = new FilteredList<>(master, CardSummary::isError);
    private final ReadOnlyObjectWrapper<CardSummary> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final FirstRows firstRows;
    private final ReadOnlyObjectWrapper<SyncReport> lastReport = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper rebuildRequested = new ReadOnlyBooleanWrapper();

    private final SyncRunner sync;
    private final Search search;
    private final ShownCards shown;
    private final TagCounter tagCounter;
    private final CardEdits edits;
    private final Folders folders;
    private final SyncStatus status;
    private final DetailReader details;
    private final SillyTavernModel sillyTavern;
    private final Cleanup cleanup;
    private final CardEditorModel editor;
    private final CollectionsModel collections;
    private final Selection selection;
    private final SelectionActions actions;
    // what the view gets: it changes the lists through the commands, never directly
    private final ObservableList<CardSummary> readOnlyCards = FXCollections.unmodifiableObservableList(master);

    private Runnable beforeChange = () -> { };
    private Runnable afterChange = () -> { };

    /** A gallery whose cards can be read, not edited (no data folder to keep their versions in). */
    public GalleryModel(CardLibrary library, Executor background, Executor fx) {
        this(library, background, fx, null);
    }

    /** @param saver saves the card editor's changes (null: the editor only reads) */
    public GalleryModel(CardLibrary library, Executor background, Executor fx, CardSaver saver) {
        this(library, background, fx, CardReader.standard(), System::nanoTime, saver);
    }

    /**
     * @param nanoTime the clock that paces patches and tag counts during a sync (tests step it by hand)
     * @param saver saves the card editor's changes (null: the editor only reads)
     */
    GalleryModel(CardLibrary library, Executor background, Executor fx, CardReader reader, LongSupplier nanoTime,
            CardSaver saver) {
        this.library = library;
        this.jobs = new Jobs(background, fx);
        this.sync = new SyncRunner(library, jobs, cardList, nanoTime);
        this.search = new Search(library, jobs);
        this.firstRows = new FirstRows(library, jobs);
        this.tagCounter = new TagCounter(master, sync.syncingProperty(), jobs, nanoTime, search.matcher());
        this.edits = new CardEdits(cardList, library, jobs, tagCounter);
        this.folders = new Folders(library, jobs, new Importer(reader), cardList, sync);
        this.status = new SyncStatus(sync, folders.roots());
        this.sillyTavern = SillyTavernModel.wired(library, jobs, sync, cardList, search, tagCounter);
        this.shown = new ShownCards(cardList, search.matcher(), sillyTavern.stateProperty());
        cardList.addObserver(new CardList.Observer() {
            @Override
            public void beforeChange(boolean all) {
                beforeChange.run();
            }

            @Override
            public void changed(CardList.Applied done) {
                afterRows(done);
            }
        });
        sync.endedProperty().addListener((o, was, end) -> afterSync(end.report()));
        this.details = new DetailReader(library, jobs, selected.getReadOnlyProperty());
        this.editor = new CardEditorModel(jobs, new EditorSaving(saver, cardList, jobs));
        details.detailProperty().addListener((o, was, now) -> editor.show(now));
        this.cleanup = new Cleanup(library, jobs, cardList, () -> sync.syncingProperty().get());
        this.selection = new Selection(shown.list(), readOnlyCards, selected, editor::leave);
        this.collections = new CollectionsModel(library, jobs, cardList, search, shown, this::setSort);
        this.actions = new SelectionActions(library, jobs, cardList, selection, cleanup, sillyTavern, collections,
                () -> tagCounter.recount(true));
    }

    /** Duplicates and the trash (see {@link Cleanup}). */
    public Cleanup cleanup() {
        return cleanup;
    }

    /** Fills the grid from the index (one batch), then starts a sync. */
    public void start() {
        start(List.of());
    }

    /** Like {@link #start()}, adding these folders as library roots first. */
    public void start(List<Path> newRoots) {
        cleanup.awaitFirstSync();
        firstRows.read(newRoots, read -> {
            shown.sortBy(read.order().key(), read.order().ascending());
            read.importFolder().ifPresent(folders::setImportFolder);
            cardList.replaceAll(read.rows());
            folders.roots().setAll(read.roots());
            loaded.set(true);
            // three pulses on: the frame that first paints these rows is drawn on the render thread while
            // the next pulse runs, and only the pulse after that knows it done; the sync's walk and parsing
            // (both cores) would otherwise slow that first paint and freeze the window behind it
            jobs.onFx(() -> jobs.onFx(() -> jobs.onFx(this::refresh)));
        });
    }

    /**
     * Applies the index's rows now if they have been read (FX thread): called before the window first
     * shows, so its first frame holds the grid rather than an empty one followed by a second full layout.
     */
    public void showFirstRows() {
        firstRows.show();
    }

    /** Runs a sync now, or right after the one that is running. */
    public void refresh() {
        sync.refresh();
    }

    /** How many cards fill the grid's screen, and how many make one row (see {@link SyncRunner}). */
    public void setScreenFill(int limit, int step) {
        sync.setScreenFill(limit, step);
    }

    /** Whether the window's frames are late, asked by a sync's parse threads (see {@link SyncRunner#setWindowLate}). */
    public void setWindowLate(java.util.function.BooleanSupplier late) {
        sync.setWindowLate(late);
    }

    private void afterSync(SyncReport report) {
        if (report != null) {
            folders.offlineRoots().setAll(report.offlineRoots());
        }
        folders.reload();
        collections.reload();
        tagCounter.recount(true);
        sillyTavern.reload();
        cleanup.syncEnded();
        lastReport.set(report);
    }

    private void afterRows(CardList.Applied done) {
        CardSummary sel = selected.get();
        if (sel != null) {
            selected.set(done.follow(sel, cardList));
        }
        if (done.changed()) {
            search.rowsChanged();
            tagCounter.recount(false);
            cleanup.cardsChanged(done);
        }
        afterChange.run();
    }

    /** Lets the view keep its scroll position: called around every change of the card list. */
    public void setChangeHooks(Runnable before, Runnable after) {
        this.beforeChange = before;
        this.afterChange = after;
    }

    // ---- search, sort, filters ----

    /** Narrows the grid to cards matching the text (the view debounces typing). */
    public void search(String text) {
        search.search(text);
    }

    /** Sorts the grid and remembers the order in the index. */
    public void setSort(SortKey key, boolean asc) {
        shown.sortBy(key, asc);
        String value = new SortOrder(key, asc).setting();
        jobs.inBackground("save the sort order", () -> library.putSetting(SETTING_SORT, value));
    }

    /** The search and every filter as one query (see {@link Search}); the sidebar's chips and controls. */
    public Search filters() {
        return search;
    }

    /** The sidebar's collections (see {@link CollectionsModel}). */
    public CollectionsModel collections() {
        return collections;
    }

    public void setFavorite(CardSummary card, boolean favorite) {
        edits.setFavorite(card, favorite);
    }

    public void addUserTag(CardSummary card, String tag) {
        edits.addUserTag(card, tag);
    }

    public void removeUserTag(CardSummary card, String tag) {
        edits.removeUserTag(card, tag);
    }

    /** Selects this card alone (a plain click; null: none); see {@link Selection} for the others. */
    public void select(CardSummary card) {
        selection.click(card);
    }

    /** The grid's selection (Ctrl/Shift-clicks, Ctrl+A, Esc), and what can be done to all of it. */
    public Selection selection() {
        return selection;
    }

    public SelectionActions selectionActions() {
        return actions;
    }

    /** The selected card's editor. */
    public CardEditorModel editor() {
        return editor;
    }

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

    /** Cancels a running sync and closes the library once the sync has stopped. */
    public CompletableFuture<Void> close() {
        return close(Map.of());
    }

    /**
     * Like {@link #close()}, writing the given settings first, on the same thread that closes the
     * library, so they cannot be lost to a close that overtakes them.
     */
    public CompletableFuture<Void> close(Map<String, String> lastSettings) {
        return Closing.close(sync, library, jobs, lastSettings);
    }

    /** Tells the user something until they dismiss it (the outcome of a rebuild, say). */
    public void showNotice(String text) {
        jobs.setNotice(text);
    }

    public void dismissNotice() {
        jobs.setNotice(null);
    }

    /** The user asked to rebuild the damaged index (the app closes this model and shows the rescue). */
    public void requestRebuild() {
        rebuildRequested.set(true);
    }

    public ReadOnlyBooleanProperty rebuildRequestedProperty() {
        return rebuildRequested.getReadOnlyProperty();
    }

    /** Set when the index turned out damaged while in use. */
    public ReadOnlyObjectProperty<IndexUnusableException> damagedProperty() {
        return jobs.damagedProperty();
    }

    /** The SillyTavern bridge: linked folders, what they hold, send and remove. */
    public SillyTavernModel sillyTavern() {
        return sillyTavern;
    }

    // ---- state the view binds to ----

    public ObservableList<CardSummary> cards() {
        return shown.list();
    }

    public ObservableList<CardSummary> allCards() {
        return readOnlyCards;
    }

    public ObservableList<CardSummary> errors() {
        return errors;
    }

    public ObservableList<TagCount> tagCounts() {
        return tagCounter.readOnlyCounts();
    }

    public ObservableList<LibraryRoot> roots() {
        return folders.readOnlyRoots();
    }

    public ObservableList<Path> offlineRoots() {
        return folders.readOnlyOfflineRoots();
    }

    public ReadOnlyObjectProperty<CardSummary> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CardDetail> detailProperty() {
        return details.detailProperty();
    }

    public ReadOnlyObjectProperty<SortKey> sortKeyProperty() {
        return shown.sortKeyProperty();
    }

    public ReadOnlyBooleanProperty ascendingProperty() {
        return shown.ascendingProperty();
    }

    /** Set once the index's rows are in the grid. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty syncingProperty() {
        return sync.syncingProperty();
    }

    /** The running sync's progress, 0..1, or -1 while its total is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return status.progressProperty();
    }

    public ReadOnlyStringProperty syncTextProperty() {
        return status.textProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return shown.countTextProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return jobs.noticeProperty();
    }

    /** The last sync's report; null until one ended, and after one that threw. */
    public ReadOnlyObjectProperty<SyncReport> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }
}
