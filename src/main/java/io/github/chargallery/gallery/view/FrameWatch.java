package io.github.chargallery.gallery.view;

import javafx.animation.AnimationTimer;

/**
 * Whether the window's frames come late while a sync runs, for the sync's parse threads to give way
 * (see {@code SyncListener#windowLate}): on two cores those threads take both, and a frame that waits
 * for a core is a frozen window. Runs a frame timer only while watching. Started and stopped on the
 * FX thread; {@link #late} is read from any thread.
 */
final class FrameWatch extends AnimationTimer {
    /** More than two frames at 60 Hz since the last one. */
    static final long LATE_NANOS = 40_000_000L;

    private volatile long lastFrame;
    private volatile boolean watching;

    @Override
    public void handle(long now) {
        lastFrame = System.nanoTime();
    }

    void watch(boolean on) {
        if (on) {
            lastFrame = System.nanoTime();
            watching = true;
            start();
        } else {
            watching = false;
            stop();
        }
    }

    boolean late() {
        return watching && System.nanoTime() - lastFrame > LATE_NANOS;
    }
}
