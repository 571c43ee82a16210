package io.github.chargallery.gallery.sync;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Runs work handed over from background threads on the FX thread, all of it at once on the next
 * pulse: however fast a sync produces results, the FX thread sees at most one batch per frame and
 * the event queue never floods. Idle between bursts (the timer stops when the queue is empty).
 */
public final class PulseExecutor implements Executor {
    private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean armed = new AtomicBoolean();
    private volatile boolean held;
    private AnimationTimer timer; // FX thread only: made there, as it needs the toolkit

    /**
     * One that keeps the work it is given until {@link #release()}: it can be made, and given work,
     * before the toolkit has started (the gallery's model starts reading the index meanwhile).
     */
    public static PulseExecutor held() {
        PulseExecutor p = new PulseExecutor();
        p.held = true;
        return p;
    }

    /** The toolkit is up: the work kept so far runs on the next pulse. */
    public void release() {
        held = false;
        if (!queue.isEmpty()) {
            arm();
        }
    }

    /** Drops the work not run yet and keeps what comes later: its model is being thrown away. */
    public void discard() {
        held = true;
        queue.clear();
    }

    @Override
    public void execute(Runnable work) {
        queue.add(work);
        if (!held) {
            arm();
        }
    }

    private void arm() {
        if (armed.compareAndSet(false, true)) {
            Platform.runLater(this::startTimer);
        }
    }

    private void startTimer() {
        if (timer == null) {
            timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    runAll();
                }
            };
        }
        timer.start();
    }

    private void runAll() {
        // only what was queued before this pulse: work that re-queues itself waits for the next one
        for (int n = queue.size(); n > 0; n--) {
            Runnable r = queue.poll();
            if (r == null) {
                break;
            }
            r.run();
        }
        timer.stop();
        armed.set(false);
        if (!queue.isEmpty() && armed.compareAndSet(false, true)) {
            timer.start();
        }
    }
}
