package io.github.chargallery.gallery;

import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.DataDirs;
import io.github.chargallery.library.Library;
import java.nio.file.Path;

/** Opens the user's library index ({@code --data-dir}, else the platform's data folder). */
final class LibraryAccess {
    private LibraryAccess() {
    }

    /** The data folder the index lives in: {@code --data-dir}, else the platform's. */
    static Path folder(Path dataDir) {
        return DataDirs.resolve(dataDir == null ? null : dataDir.toString());
    }

    /** @param dataDir as {@link #folder} gives it */
    static CardLibrary open(Path dataDir) {
        return Library.open(dataDir);
    }
}
