package io.github.chargallery.gallery.sync;

import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.SyncListener;
import io.github.chargallery.library.SyncReport;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * One library sync on a background thread. Patches and progress go through the listener (the view
 * model's queue), never through updateValue, which would drop all but the latest.
 */
public final class SyncTask extends Task<SyncReport> {
    private final CardLibrary library;
    private final SyncListener listener;
    private final Comparator<CardSummary> order;
    private final Consumer<Done> onDone;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean started;

    /**
     * How a sync ended: its report, or what it threw; and the whole index again when another process
     * wrote to it meanwhile (null when not), read after the sync so it is at least as new as its patches.
     */
    record Done(SyncReport report, Throwable failure, CardList.Rows reloaded) {
    }

    /**
     * @param order  the grid's order, for the reload
     * @param onDone called on the sync thread when the sync returned or failed
     */
    SyncTask(CardLibrary library, SyncListener listener, Comparator<CardSummary> order, Consumer<Done> onDone) {
        this.library = library;
        this.listener = listener;
        this.order = order;
        this.onDone = onDone;
    }

    @Override
    protected SyncReport call() {
        started = true;
        try {
            SyncReport report = library.sync(listener, this::isCancelled);
            CardList.Rows reloaded = null;
            try {
                reloaded = library.changedElsewhere() ? CardList.Rows.read(library, order) : null;
            } catch (RuntimeException e) {
                // the view keeps its rows; the next sync tries again
            }
            onDone.accept(new Done(report, null, reloaded));
            return report;
        } catch (RuntimeException | Error e) {
            onDone.accept(new Done(null, e, null));
            throw e;
        } finally {
            finished.countDown();
        }
    }

    /** After {@link #cancel}: waits for a running sync to stop; a task cancelled before it started never runs. */
    public boolean awaitFinished(long millis) throws InterruptedException {
        if (!started && isCancelled()) {
            return true;
        }
        return finished.await(millis, TimeUnit.MILLISECONDS);
    }
}
