package io.github.chargallery.card;

/** Caps against hostile or broken files; one place so readers and tests agree. */
final class Limits {
    /** Largest card JSON (raw, inflated or decoded) we accept: real cards are a few hundred KB at most. */
    static final int MAX_CARD_BYTES = 32 * 1024 * 1024;
    /** Chunks walked before a PNG is refused; real cards have a few dozen. */
    static final int MAX_PNG_CHUNKS = 20_000;
    /** Largest image handed out for thumbnails. */
    static final long MAX_IMAGE_BYTES = 64L * 1024 * 1024;

    private Limits() {
    }

    static String mb(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }
}
