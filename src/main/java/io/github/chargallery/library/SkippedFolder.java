package io.github.chargallery.library;

import java.nio.file.Path;

/**
 * A folder inside a root that the walk could not read (no permission, an I/O error) while the root
 * itself stayed readable: skipped with this reason, the rest of the root is scanned as usual, and what
 * the index holds under it is kept as it was (it is unreadable now, not empty).
 */
public record SkippedFolder(Path folder, String reason) {
}
