package io.github.chargallery.gallery;

import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.DataDirs;
import io.github.chargallery.library.Library;
import java.nio.file.Path;

/** Opens the user's library index ({@code --data-dir}, else the platform's data folder). */
final class LibraryAccess {
    private LibraryAccess() {
    }

    /** The data folder in use: {@code --data-dir}, else the platform's. */
    static Path dataDir(Path option) {
        return DataDirs.resolve(option == null ? null : option.toString());
    }

    /** @param dataDir as {@link #dataDir} gives it */
    static CardLibrary open(Path dataDir) {
        return Library.open(dataDir);
    }
}
