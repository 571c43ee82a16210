package io.github.chargallery.gallery.sync;

import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.SyncProgress;
import io.github.chargallery.library.SyncReport;
import java.util.Objects;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Runs one library sync at a time on the background thread (a refresh during a sync runs right
 * after it) and feeds its patches through a {@link PatchQueue} into the {@link CardList}. Tells how
 * it goes as data (running, progress, how it ended); the words for it are the model's. A failed
 * sync leaves the grid showing what the index holds. FX thread.
 */
public final class SyncRunner {
    /**
     * How a sync ended: its report (null when it threw) and why it failed (null when it did not).
     * Numbered, so two syncs ending alike are still two changes to observe.
     */
    public record Ended(long number, SyncReport report, String failure) {
    }

    private final ReadOnlyBooleanWrapper syncing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<SyncProgress> progress = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Ended> ended = new ReadOnlyObjectWrapper<>();
    private final CardLibrary library;
    private final Jobs jobs;
    private final CardList cards;
    private final PatchQueue patches;
    private SyncTask running;
    private boolean resyncWanted;
    private long count;

    /** @param nanoTime the clock that spaces the batches applied during a sync */
    public SyncRunner(CardLibrary library, Jobs jobs, CardList cards, LongSupplier nanoTime) {
        this.library = library;
        this.jobs = jobs;
        this.cards = cards;
        this.patches = new PatchQueue(jobs.fx(), cards, progress::set, () -> running != null, nanoTime);
    }

    /** Runs a sync now, or right after the one that is running. */
    public void refresh() {
        if (running != null) {
            resyncWanted = true;
            return;
        }
        SyncTask task = new SyncTask(library, patches, cards.order(), done -> jobs.onFx(() -> syncDone(done)));
        running = task;
        progress.set(null);
        syncing.set(true);
        jobs.background().execute(task);
    }

    /** Cancels the running sync, if any, and returns it so the caller can wait for it to stop. */
    public SyncTask cancel() {
        SyncTask task = running;
        if (task != null) {
            task.cancel(false);
        }
        return task;
    }

    /** How many cards fill the grid's screen, and how many make one row (see {@link PatchQueue}). */
    public void setScreenFill(int limit, int step) {
        patches.setScreenFill(limit, step);
    }

    /** Whether the window's frames are late: a sync's parse threads then give way (any thread). */
    public void setWindowLate(java.util.function.BooleanSupplier late) {
        patches.setWindowLate(late);
    }

    private void syncDone(SyncTask.Done done) {
        SyncReport report = done.report();
        library.damage().ifPresent(jobs::damaged);
        running = null; // first: drain() holds nothing back once no sync runs
        patches.drain();
        if (done.reloaded() != null) {
            cards.replaceAll(done.reloaded());
        }
        String failed = done.failure() != null ? Objects.requireNonNullElse(done.failure().getMessage(), "")
                : report.failure();
        progress.set(null);
        syncing.set(false);
        ended.set(new Ended(++count, report, failed));
        if (resyncWanted) {
            resyncWanted = false;
            refresh();
        }
    }

    public ReadOnlyBooleanProperty syncingProperty() {
        return syncing.getReadOnlyProperty();
    }

    /** The running sync's latest progress; null before its first count and when none runs. */
    public ReadOnlyObjectProperty<SyncProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** How the last sync ended; null until one has. */
    public ReadOnlyObjectProperty<Ended> endedProperty() {
        return ended.getReadOnlyProperty();
    }
}
