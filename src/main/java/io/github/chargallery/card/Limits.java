package io.github.chargallery.card;


/** Caps against hostile or broken files; one place so readers and tests agree. */
final class Limits {
    /**
     * Largest card text (raw, inflated or decoded) we accept: real cards are a few hundred KB at most.
     * Decoding costs about six times this (base64, string, JSON tree, card); at 32 MB a few such cards
     * ran the indexer out of a 256 MB heap.
     */
    static final int MAX_CARD_BYTES = 16 * 1024 * 1024;
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
