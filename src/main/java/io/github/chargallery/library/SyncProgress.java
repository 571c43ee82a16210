package io.github.chargallery.library;


/**
 * Where a running sync is. {@code total} is -1 until the walk knows how many card files there are.
 */
public record SyncProgress(int scanned, int total, int added, int updated, int removed, int errors) {
}
