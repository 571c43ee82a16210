package io.github.chargallery.library;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one sync. {@code failure} is null unless the scan failed as a whole; the index then
 * still holds (and {@link CardLibrary#loadSummaries()} still returns) what it had.
 *
 * <p>Counts are per file: {@code added} new files read as cards, {@code updated} files whose card
 * changed, {@code moved} files found at a new path whose old path is gone (renames and moves, counted
 * neither as added nor as removed), {@code removed} files gone from roots walked completely,
 * {@code unchanged} files whose card is the same (including files re-read because their date changed or
 * was too recent to trust), {@code errors} files that are unreadable now under the roots that are online
 * (error rows, whether read in this sync or not, and files that keep their card but could not be read
 * this time). {@code skippedFolders} are folders inside online roots that could not be read; what the
 * index holds under them is kept.
 */
public record SyncReport(int added, int updated, int removed, int unchanged, int errors,
                         List<Path> offlineRoots, long millis, boolean cancelled, String failure,
                         int moved, List<SkippedFolder> skippedFolders) {
    public SyncReport {
        offlineRoots = List.copyOf(offlineRoots);
        skippedFolders = List.copyOf(skippedFolders);
    }

    /** A report with nothing moved and no folder skipped. */
    public SyncReport(int added, int updated, int removed, int unchanged, int errors, List<Path> offlineRoots,
                      long millis, boolean cancelled, String failure) {
        this(added, updated, removed, unchanged, errors, offlineRoots, millis, cancelled, failure, 0, List.of());
    }
}
