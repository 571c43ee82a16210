package io.github.chargallery.card;

import java.util.concurrent.Semaphore;

/**
 * Lets one big card at a time be decoded in this process. Decoding a card costs several times its
 * size (chunk, base64, string, JSON tree), so a few near-limit cards read in parallel ran a 256 MB
 * heap out of memory and failed the whole scan; small cards, nearly all of them, never wait.
 */
final class BigReads {
    /** Card text beyond this takes the permit. */
    static final long THRESHOLD = 4L * 1024 * 1024;
    private static final Semaphore PERMIT = new Semaphore(1, true);
    private static final ThreadLocal<Boolean> HELD = ThreadLocal.withInitial(() -> false);

    private BigReads() {
    }

    /** Called as a read learns how big its card text is (or grows to); waits for the permit when big. */
    static void size(long bytes) {
        if (bytes > THRESHOLD && !HELD.get()) {
            PERMIT.acquireUninterruptibly();
            HELD.set(true);
        }
    }

    /** Called when a read ends, however it ends. */
    static void done() {
        if (HELD.get()) {
            HELD.set(false);
            PERMIT.release();
        }
    }
}
