package io.github.chargallery.library;

import java.nio.file.Path;

/**
 * The disk holding the index has no space left (SQLITE_FULL, or an I/O error while the disk is full):
 * the transaction that hit it was rolled back, everything committed before stays, and reading the index
 * still works. Not damage: nothing needs rebuilding once space is freed.
 */
public final class IndexFullException extends LibraryException {
    private final Path file;

    public IndexFullException(Path file, Throwable cause) {
        super("no space left on the disk holding the index (" + file + "): free some space there and try again;"
                + " what was saved before is kept", cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
