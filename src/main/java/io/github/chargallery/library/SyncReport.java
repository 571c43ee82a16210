package io.github.chargallery.library;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one sync. {@code failure} is null unless the scan failed as a whole; the index then
 * still holds (and {@link CardLibrary#loadSummaries()} still returns) what it had.
 *
 * <p>Counts are per file: {@code added} new files read as cards, {@code updated} files whose card
 * changed, {@code removed} files gone from roots walked completely, {@code unchanged} files whose card
 * is the same (including files re-read because their date changed or was too recent to trust),
 * {@code errors} files that could not be read in this sync (listed as error rows).
 */
public record SyncReport(int added, int updated, int removed, int unchanged, int errors,
                         List<Path> offlineRoots, long millis, boolean cancelled, String failure) {
    public SyncReport {
        offlineRoots = List.copyOf(offlineRoots);
    }
}
