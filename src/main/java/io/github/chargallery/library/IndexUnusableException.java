package io.github.chargallery.library;

import java.nio.file.Path;

/**
 * The index file cannot be used as it is: SQLite finds it damaged, or a newer version of the app wrote
 * it. The app never opens it blindly; it offers {@link IndexRescue#rebuild}.
 */
public final class IndexUnusableException extends LibraryException {
    private final Path file;
    private final boolean newer;

    public IndexUnusableException(Path file, boolean newer, String reason, Throwable cause) {
        super((newer ? "the library index " + file + " was written by a newer version of Character Gallery: "
                : "the library index " + file + " is damaged: ") + reason, cause);
        this.file = file;
        this.newer = newer;
    }

    public Path file() {
        return file;
    }

    /** True when a newer app wrote it (that app can still open it); false when the file is damaged. */
    public boolean newer() {
        return newer;
    }
}
