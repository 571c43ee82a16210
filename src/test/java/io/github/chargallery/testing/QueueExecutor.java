package io.github.chargallery.testing;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;

/** Stands in for the FX pulse in view-model tests: work piles up until the test runs a "pulse". */
public final class QueueExecutor implements Executor {
    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable r) {
        queue.add(r);
    }

    /** Runs only what was queued before this call, like one FX pulse. */
    public void pulseOnce() {
        int n;
        synchronized (this) {
            n = queue.size();
        }
        for (; n > 0; n--) {
            Runnable r;
            synchronized (this) {
                r = queue.poll();
            }
            r.run();
        }
    }

    /** Runs everything queued, including what that work queues. */
    public void pulse() {
        while (true) {
            Runnable r;
            synchronized (this) {
                r = queue.poll();
            }
            if (r == null) {
                return;
            }
            r.run();
        }
    }
}
