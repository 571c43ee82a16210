package io.github.chargallery.library;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one sync. {@code failure} is null unless the scan failed as a whole; the index then
 * still holds (and {@link CardLibrary#loadSummaries()} still returns) what it had.
 */
public record SyncReport(int added, int updated, int removed, int unchanged, int errors,
                         List<Path> offlineRoots, long millis, boolean cancelled, String failure) {
    public SyncReport {
        offlineRoots = List.copyOf(offlineRoots);
    }
}
