package io.github.chargallery.gallery.sync;

import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.Patch;
import io.github.chargallery.library.SyncListener;
import io.github.chargallery.library.SyncProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Collects a sync's patches and progress from the sync thread and applies them to the card list on
 * the FX thread in batches, at most one drain per pulse, never one runLater per file.
 */
final class PatchQueue implements SyncListener {
    static final long MIN_APPLY_NANOS = 300_000_000L;

    private final Executor fx;
    private final CardList cards;
    private final Consumer<SyncProgress> showProgress;
    private final BooleanSupplier syncRunning;
    private final LongSupplier nanoTime;

    private final ConcurrentLinkedQueue<Patch> patches = new ConcurrentLinkedQueue<>();
    private final AtomicReference<SyncProgress> latestProgress = new AtomicReference<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final List<Patch> held = new ArrayList<>();
    private volatile BooleanSupplier windowLate = () -> false;
    private long lastApply;
    private int fillLimit;
    private int fillStep = 1;

    /**
     * @param showProgress publishes the latest progress while a sync runs (FX thread)
     * @param syncRunning  whether a sync is running: only then are batches held back
     * @param nanoTime     the clock of the {@link #MIN_APPLY_NANOS} rule (tests step it by hand)
     */
    PatchQueue(Executor fx, CardList cards, Consumer<SyncProgress> showProgress, BooleanSupplier syncRunning,
            LongSupplier nanoTime) {
        this.fx = fx;
        this.cards = cards;
        this.showProgress = showProgress;
        this.syncRunning = syncRunning;
        this.nanoTime = nanoTime;
        this.lastApply = nanoTime.getAsLong() - MIN_APPLY_NANOS; // the first batch is never held back
    }

    @Override
    public void onProgress(SyncProgress p) {
        latestProgress.set(p);
        scheduleDrain();
    }

    @Override
    public void onPatch(Patch patch) {
        patches.add(patch);
        scheduleDrain();
    }

    @Override
    public boolean windowLate() {
        return windowLate.getAsBoolean();
    }

    void setWindowLate(BooleanSupplier late) {
        windowLate = late;
    }

    private void scheduleDrain() {
        if (drainScheduled.compareAndSet(false, true)) {
            fx.execute(this::drain);
        }
    }

    /**
     * Applies every queued patch as one batch; runs on the FX thread once per pulse at most. While a
     * sync runs, batches are also held until {@link #MIN_APPLY_NANOS} after the previous one: each
     * change of the grid's item count makes the GridView rebuild every visible tile, so fewer,
     * larger batches keep the pulses short.
     */
    void drain() {
        drainScheduled.set(false);
        boolean running = syncRunning.getAsBoolean();
        SyncProgress p = latestProgress.getAndSet(null);
        if (p != null && running) {
            showProgress.accept(p);
        }
        Patch patch;
        while ((patch = patches.poll()) != null) {
            held.add(patch);
        }
        if (held.isEmpty()) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (running && cards.items().size() < fillLimit && onlyAdds(held)) {
            fillScreen(now);
            return;
        }
        if (running && now - lastApply < MIN_APPLY_NANOS) {
            scheduleDrain();
            return;
        }
        List<Patch> batch = new ArrayList<>(held);
        held.clear();
        lastApply = now;
        cards.apply(batch);
    }

    /**
     * While the screen is not yet full of tiles, a sync's new cards go in one row's worth per pulse:
     * each new tile is built and styled in the pulse that first shows it, and building a whole
     * screenful at once (the first batch of a sync into an empty grid) was the longest frame.
     */
    private void fillScreen(long now) {
        List<CardSummary> adds = new ArrayList<>();
        for (Patch p : held) {
            adds.addAll(p.added());
        }
        held.clear();
        int n = Math.min(fillStep, adds.size());
        if (n < adds.size()) {
            held.add(new Patch(adds.subList(n, adds.size()), List.of(), List.of()));
            scheduleDrain();
        }
        lastApply = now;
        cards.apply(List.of(new Patch(adds.subList(0, n), List.of(), List.of())));
    }

    private static boolean onlyAdds(List<Patch> patches) {
        for (Patch p : patches) {
            if (!p.updated().isEmpty() || !p.removed().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** How many cards fill the grid's screen, and how many make one row (see {@link #fillScreen}). */
    void setScreenFill(int limit, int step) {
        fillLimit = limit;
        fillStep = Math.max(1, step);
    }
}
