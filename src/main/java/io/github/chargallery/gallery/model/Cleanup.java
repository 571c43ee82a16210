package io.github.chargallery.gallery.model;

import io.github.chargallery.gallery.sync.CardList;
import io.github.chargallery.gallery.sync.Jobs;
import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.Duplicates;
import io.github.chargallery.library.Patch;
import io.github.chargallery.library.TrashBin;
import io.github.chargallery.library.dupes.DuplicateGroup;
import io.github.chargallery.library.trash.Trash;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Duplicates and the trash, as the window sees them: the current duplicate groups (found off the FX thread
 * once, then kept current from the patches that change cards), moving cards to the trash and undoing it,
 * and the session's "Recently trashed" list. FX thread; the work runs on the background pool.
 */
public final class Cleanup {
    private final CardLibrary library;
    private final Jobs jobs;
    private final CardList cards;
    private final Supplier<Boolean> syncing;
    private volatile Trash trash = Trash.forThisSystem();
    private final ObservableList<DuplicateGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<TrashBin.Entry> recent = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Outcome> last = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper computed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** The groups kept current between counts (null until the first one). */
    private Duplicates.Tracker tracker;
    private boolean computing;
    /** Set while a count is wanted: the next reads everything, or only {@link #pending}'s cards. */
    private boolean wantRun;
    private boolean wantAll;
    private final Set<Long> pending = new HashSet<>();
    private int fullCounts;

    /**
     * What the last trash action did, for the bar under the toolbar: its words, and the log entries an undo
     * restores (empty: nothing to undo).
     */
    public record Outcome(String text, List<Long> undo) {
        public Outcome {
            undo = List.copyOf(undo);
        }
    }

    Cleanup(CardLibrary library, Jobs jobs, CardList cards, Supplier<Boolean> syncing) {
        this.library = library;
        this.jobs = jobs;
        this.cards = cards;
        this.syncing = syncing;
    }

    /** The trash files go to (the window gives the system trash on Windows and macOS). */
    public void setTrash(Trash trash) {
        this.trash = trash;
    }

    // ---- duplicate groups ----

    /**
     * Finds every group again from the whole index, in the background (at start, after a reload, when pictures
     * got hashes since the last count). A call while a count runs makes one more run after it.
     */
    public void recompute() {
        wantAll = true;
        run();
    }

    /**
     * The card list changed. A patch (a sync's batch, an edit, a trash action): only the cards it touched are
     * read again and the groups matched again in memory. A reload of every row: everything, unless a sync
     * is still bringing more (its end counts).
     */
    void cardsChanged(CardList.Applied done) {
        if (done.replacedAll() || tracker == null) {
            if (!syncing.get() && !firstSyncPending) {
                recompute();
            }
            return;
        }
        pending.addAll(done.touched());
        run();
    }

    /**
     * Set from the start until its sync ends: the index's first rows are followed by that sync, and the
     * first count beside the first frame took ~1 s of CPU (10k cards) from the first paint, then ran again
     * after the sync.
     */
    private boolean firstSyncPending;

    /** The start-up sync is coming: the first count waits for its end, not for the first rows. */
    void awaitFirstSync() {
        firstSyncPending = true;
    }

    /** A sync ended: what its patches changed is counted already; the first count happens now. */
    void syncEnded() {
        firstSyncPending = false;
        if (tracker == null || !computed.get()) {
            recompute();
        } else {
            run();
        }
    }

    private void run() {
        Duplicates d = library.duplicates();
        if (d == null) {
            return;
        }
        wantRun = true;
        if (computing) {
            return;
        }
        boolean all = wantAll || tracker == null;
        if (all) {
            tracker = d.tracker(); // a fresh one on every full count: the index behind it may be another now
            fullCounts++;
        }
        Duplicates.Tracker t = tracker;
        Set<Long> ids = Set.copyOf(pending);
        wantAll = false;
        wantRun = false;
        pending.clear();
        computing = true;
        busy.set(true);
        jobs.inBackground("find duplicates", () -> {
            List<DuplicateGroup> found;
            try {
                found = all ? t.groups() : t.changed(ids);
            } catch (RuntimeException e) {
                jobs.onFx(() -> {
                    wantAll = true; // the kept matches may be half updated: read everything next time
                    computedDone();
                });
                throw e;
            }
            jobs.onFx(() -> {
                groups.setAll(found);
                computedDone();
            });
        });
    }

    private void computedDone() {
        computing = false;
        computed.set(true);
        busy.set(wantRun);
        if (wantRun) {
            run();
        }
    }

    public void keep(DuplicateGroup group, DuplicateGroup.Copy kept) {
        int n = group.filesToTrash(kept).size();
        act("keep " + kept.name(), n + (n == 1 ? " file" : " files") + " moved to the trash, " + kept.name() + " kept",
                (d, bin) -> d.keep(group, kept, bin));
    }

    public void keepNewest(DuplicateGroup group) {
        keep(group, group.newest());
    }

    /** How many files "Keep the newest of every same-card group" sends to the trash (for its confirmation). */
    public int filesToTrashKeepingNewestOfEverySameCard() {
        return groups.stream().filter(g -> g.kind() == DuplicateGroup.Kind.SAME_CARD)
                .mapToInt(g -> g.filesToTrash(g.newest()).size()).sum();
    }

    public void keepNewestOfEverySameCard() {
        List<DuplicateGroup> same = groups.stream().filter(g -> g.kind() == DuplicateGroup.Kind.SAME_CARD).toList();
        int n = same.stream().mapToInt(g -> g.filesToTrash(g.newest()).size()).sum();
        act("keep the newest copies", n + " files moved to the trash, the newest of " + same.size()
                + " cards kept", (d, bin) -> {
            List<TrashBin.Moved> files = new ArrayList<>();
            List<Patch> patches = new ArrayList<>();
            for (DuplicateGroup g : same) {
                TrashBin.Result r = d.keep(g, g.newest(), bin);
                files.addAll(r.files());
                patches.add(r.patch());
            }
            return new TrashBin.Result(files, merged(patches));
        });
    }

    public void dismiss(DuplicateGroup group) {
        Duplicates d = library.duplicates();
        groups.remove(group);
        jobs.inBackground("remember \"not duplicates\"", () -> {
            d.dismiss(group.id());
            jobs.onFx(this::run); // the dismissals are read again on every count
        });
    }

    // ---- the trash ----

    /** Moves every file of these cards to the trash. */
    public void moveToTrash(List<CardSummary> chosen) {
        List<Path> files = chosen.stream().flatMap(c -> c.files().stream()).distinct().toList();
        if (files.isEmpty()) {
            return;
        }
        String what = chosen.size() == 1 ? chosen.get(0).name() : chosen.size() + " cards";
        act("move " + what + " to the trash", (chosen.size() == 1 ? "1 card" : chosen.size() + " cards")
                + " moved to the trash", (d, bin) -> bin.moveToTrash(files));
    }

    private interface Action {
        TrashBin.Result run(Duplicates d, TrashBin bin);
    }

    /** Runs a trash action in the background; a file that cannot go is named, and nothing is deleted. */
    private void act(String what, String done, Action action) {
        TrashBin bin = library.trashBin(trash);
        if (bin == null) {
            last.set(new Outcome("Moving to the trash is not available for this library.", List.of()));
            return;
        }
        jobs.inBackground(what, () -> {
            TrashBin.Result r = action.run(library.duplicates(), bin);
            Set<Long> ids = new HashSet<>();
            r.moved().forEach(m -> ids.add(m.logId()));
            List<TrashBin.Entry> entries = bin.list().stream().filter(e -> ids.contains(e.id())).toList();
            jobs.onFx(() -> {
                cards.apply(List.of(r.patch()));
                recent.addAll(0, entries);
                String text = r.moved().isEmpty() ? "Nothing was moved to the trash" : done;
                if (!r.failed().isEmpty()) {
                    TrashBin.Moved f = r.failed().get(0);
                    text += ". Not moved: " + f.file().getFileName() + " (" + f.failure() + ")"
                            + (r.failed().size() > 1 ? " and " + (r.failed().size() - 1) + " more" : "")
                            + "; nothing was deleted";
                }
                boolean undoable = bin.trash().canRestore();
                last.set(new Outcome(undoable || r.moved().isEmpty() ? text : text + " (put them back from the system"
                        + " trash)", undoable ? entries.stream().map(TrashBin.Entry::id).toList() : List.of()));
            });
        });
    }

    /** Puts back what the last action trashed. */
    public void undo() {
        Outcome o = last.get();
        if (o != null && !o.undo().isEmpty()) {
            restore(o.undo());
        }
    }

    /** Puts back one file from "Recently trashed". */
    public void restore(TrashBin.Entry e) {
        restore(List.of(e.id()));
    }

    private void restore(List<Long> ids) {
        TrashBin bin = library.trashBin(trash);
        jobs.inBackground("restore from the trash", () -> {
            List<Patch> patches = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (long id : ids) {
                TrashBin.Back b = bin.restore(id);
                patches.add(b.patch());
                if (!b.ok()) {
                    failures.add(b.original().getFileName() + ": " + b.failure());
                }
            }
            List<TrashBin.Entry> now = bin.list();
            jobs.onFx(() -> {
                cards.apply(patches);
                for (int i = 0; i < recent.size(); i++) {
                    long id = recent.get(i).id();
                    now.stream().filter(e -> e.id() == id).findFirst().ifPresent(e -> replace(e));
                }
                int back = ids.size() - failures.size();
                last.set(new Outcome((back == 1 ? "1 file" : back + " files") + " put back from the trash"
                        + (failures.isEmpty() ? "" : "; not restored: " + String.join("; ", failures)), List.of()));
            });
        });
    }

    private void replace(TrashBin.Entry e) {
        for (int i = 0; i < recent.size(); i++) {
            if (recent.get(i).id() == e.id() && !recent.get(i).equals(e)) {
                recent.set(i, e);
            }
        }
    }

    /** Hides the bar (the entries stay in "Recently trashed"). */
    public void closeOutcome() {
        last.set(null);
    }

    private static Patch merged(List<Patch> patches) {
        List<CardSummary> added = new ArrayList<>();
        List<CardSummary> updated = new ArrayList<>();
        List<Long> removed = new ArrayList<>();
        for (Patch p : patches) {
            added.addAll(p.added());
            updated.addAll(p.updated());
            removed.addAll(p.removed());
        }
        return new Patch(added, updated, removed);
    }

    /** Reads these card files in the background (for comparing two copies) and hands the cards over on FX. */
    public void read(List<Path> files, java.util.function.Consumer<List<io.github.chargallery.card.Card>> onFx) {
        jobs.inBackground("read the cards to compare", () -> {
            List<io.github.chargallery.card.Card> read = new ArrayList<>();
            for (Path f : files) {
                try {
                    read.add(io.github.chargallery.card.CardReader.standard().read(f).card());
                } catch (io.github.chargallery.card.CardFormatException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }
            jobs.onFx(() -> onFx.accept(read));
        });
    }

    // ---- state the view binds to ----

    public ObservableList<DuplicateGroup> groups() {
        return FXCollections.unmodifiableObservableList(groups);
    }

    /** True once the groups were found at least once (before that the count is not known). */
    public ReadOnlyBooleanProperty computedProperty() {
        return computed.getReadOnlyProperty();
    }

    /** How many counts so far read the whole index (the others read only the cards a patch touched). */
    public int fullCounts() {
        return fullCounts;
    }

    /** True while the groups are being found. */
    public ReadOnlyBooleanProperty computingProperty() {
        return busy.getReadOnlyProperty();
    }

    /** This session's trashed files, newest first, restored ones marked. */
    public ObservableList<TrashBin.Entry> recentlyTrashed() {
        return FXCollections.unmodifiableObservableList(recent);
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return last.getReadOnlyProperty();
    }
}
