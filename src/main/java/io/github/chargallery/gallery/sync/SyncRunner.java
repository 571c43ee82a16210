package io.github.chargallery.gallery.sync;

import io.github.chargallery.gallery.model.Fmt;
import io.github.chargallery.gallery.model.Tags;
import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.Patch;
import io.github.chargallery.library.SyncProgress;
import io.github.chargallery.library.SyncReport;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Runs one library sync at a time on the background thread (a refresh during a sync runs right
 * after it), feeds its patches through a {@link PatchQueue} and tells the status bar how it goes.
 * A failed sync leaves the grid showing what the index holds.
 */
public final class SyncRunner {
    private final BooleanProperty syncing = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<SyncReport> lastReport = new ReadOnlyObjectWrapper<>();
    private final CardLibrary library;
    private final Jobs jobs;
    private final PatchQueue patches;
    private final BooleanSupplier noRoots;
    private final Consumer<SyncReport> afterSync;
    private final Consumer<List<CardSummary>> reload;
    private SyncTask running;
    private boolean resyncWanted;

    /**
     * @param apply     applies a batch of the sync's patches to the grid (FX thread)
     * @param cardCount how many cards the grid holds now
     * @param noRoots   whether the library has no folders yet
     * @param afterSync runs when a sync has ended, with its report (null if it threw), FX thread
     * @param reload    replaces the grid's rows with the whole index (another process wrote it), FX thread
     */
    public SyncRunner(CardLibrary library, Jobs jobs, Consumer<List<Patch>> apply, IntSupplier cardCount,
            BooleanSupplier noRoots, Consumer<SyncReport> afterSync, Consumer<List<CardSummary>> reload) {
        this.reload = reload;
        this.library = library;
        this.jobs = jobs;
        this.noRoots = noRoots;
        this.afterSync = afterSync;
        this.patches = new PatchQueue(jobs.fx(), apply, this::showProgress, () -> running != null, cardCount);
    }

    /** Runs a sync now, or right after the one that is running. */
    public void refresh() {
        if (running != null) {
            resyncWanted = true;
            return;
        }
        SyncTask task = new SyncTask(library, patches, done -> jobs.onFx(() -> syncDone(done)));
        running = task;
        syncing.set(true);
        progress.set(-1);
        text.set("Scanning library folders…");
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

    public void setScreenFill(int limit, int step) {
        patches.setScreenFill(limit, step);
    }

    private void showProgress(SyncProgress p) {
        if (p.total() < 0) {
            progress.set(-1);
            text.set("Looking for card files: " + Fmt.count(p.scanned()) + " found");
            return;
        }
        progress.set(p.total() > 0 ? (double) p.scanned() / p.total() : -1);
        text.set("Scanning " + Fmt.count(p.scanned()) + " / " + Fmt.count(p.total()) + " files — "
                + Fmt.count(p.added()) + " new, " + Fmt.count(p.updated()) + " changed, " + Fmt.count(p.removed())
                + " removed, " + Fmt.count(p.errors()) + " unreadable");
    }

    private void syncDone(SyncTask.Done done) {
        SyncReport report = done.report();
        Throwable failure = done.failure();
        library.damage().ifPresent(jobs::damaged);
        running = null; // first: drain() holds nothing back once no sync runs
        patches.drain();
        if (done.reloaded() != null) {
            reload.accept(done.reloaded());
        }
        syncing.set(false);
        progress.set(0);
        String failed = failure != null ? Tags.nz(failure.getMessage()) : report.failure();
        if (failed != null) {
            text.set("Sync failed (" + failed + "); showing what the index holds");
        } else if (report.cancelled()) {
            text.set("Sync cancelled at " + Fmt.time(System.currentTimeMillis()));
        } else if (noRoots.getAsBoolean()) {
            text.set("No library folders yet");
        } else {
            text.set("Last sync " + Fmt.time(System.currentTimeMillis()) + " (" + Fmt.seconds(report.millis()) + "): "
                    + Fmt.count(report.added()) + " new, " + Fmt.count(report.updated()) + " changed, "
                    + Fmt.count(report.removed()) + " removed");
        }
        afterSync.accept(report);
        lastReport.set(report);
        if (resyncWanted) {
            resyncWanted = false;
        refresh();
        }
    }

    public BooleanProperty syncingProperty() {
        return syncing;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyObjectProperty<SyncReport> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }
}
