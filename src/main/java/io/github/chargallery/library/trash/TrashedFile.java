package io.github.chargallery.library.trash;

import java.nio.file.Path;

/**
 * One file moved to the trash.
 *
 * @param original  the absolute path it had
 * @param trashedAs where it is now (the trash's {@code files/NAME}); null when the system trash does not say
 * @param info      its {@code .trashinfo} file (freedesktop.org), null for other trashes
 * @param at        epoch millis of the move
 * @param trash     which trash, in words (see {@link Trash#description})
 */
public record TrashedFile(Path original, Path trashedAs, Path info, long at, String trash) {
}
