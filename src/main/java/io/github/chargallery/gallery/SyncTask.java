package io.github.chargallery.gallery;

import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.SyncListener;
import io.github.chargallery.library.SyncReport;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import javafx.concurrent.Task;

/**
 * One library sync on a background thread. Patches and progress go through the listener (the view
 * model's queue), never through updateValue, which would drop all but the latest.
 */
final class SyncTask extends Task<SyncReport> {
    private final CardLibrary library;
    private final SyncListener listener;
    private final BiConsumer<SyncReport, Throwable> onDone;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean started;

    /** @param onDone called on the sync thread when the sync returned or failed */
    SyncTask(CardLibrary library, SyncListener listener, BiConsumer<SyncReport, Throwable> onDone) {
        this.library = library;
        this.listener = listener;
        this.onDone = onDone;
    }

    @Override
    protected SyncReport call() {
        started = true;
        try {
            SyncReport report = library.sync(listener, this::isCancelled);
            onDone.accept(report, null);
            return report;
        } catch (RuntimeException | Error e) {
            onDone.accept(null, e);
            throw e;
        } finally {
            finished.countDown();
        }
    }

    /** After {@link #cancel}: waits for a running sync to stop; a task cancelled before it started never runs. */
    boolean awaitFinished(long millis) throws InterruptedException {
        if (!started && isCancelled()) {
            return true;
        }
        return finished.await(millis, TimeUnit.MILLISECONDS);
    }
}
