package io.github.chargallery.card;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Lets one big card at a time be decoded in this process. Decoding a card costs several times its
 * size (chunk, base64, string, JSON tree), so a few near-limit cards read in parallel ran a 256 MB
 * heap out of memory and failed the whole scan; small cards, nearly all of them, never wait.
 */
public final class BigReads {
    /** Card text beyond this takes the permit. */
    static final long THRESHOLD = 4L * 1024 * 1024;
    private static final Semaphore PERMIT = new Semaphore(1, true);
    private static final ThreadLocal<Boolean> HELD = ThreadLocal.withInitial(() -> false);
    private static final ThreadLocal<Integer> SCOPES = ThreadLocal.withInitial(() -> 0);

    private BigReads() {
    }

    /**
     * Runs a read and what the caller does with the card afterwards (hashing it, counting its tokens, its
     * canonical text) holding the permit the read took, if it took one: that work costs as much memory
     * as the decoding, and three big cards at that stage at once still filled a 256 MB heap.
     */
    public static <T> T within(Supplier<T> work) {
        SCOPES.set(SCOPES.get() + 1);
        try {
            return work.get();
        } finally {
            SCOPES.set(SCOPES.get() - 1);
            done();
        }
    }

    /** Permits free now (1 when no big card is being worked on): for tests. */
    static int free() {
        return PERMIT.availablePermits();
    }

    /** Called as a read learns how big its card text is (or grows to); waits for the permit when big. */
    static void size(long bytes) {
        if (bytes > THRESHOLD && !HELD.get()) {
            PERMIT.acquireUninterruptibly();
            HELD.set(true);
        }
    }

    /** Called when a read ends, however it ends; inside {@link #within}, the permit waits for its end. */
    static void done() {
        if (HELD.get() && SCOPES.get() == 0) {
            HELD.set(false);
            PERMIT.release();
        }
    }
}
