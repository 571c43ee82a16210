package io.github.chargallery.gallery;

import io.github.chargallery.library.CardLibrary;
import java.nio.file.Path;

/** Opens the real library index. (Waiting for the library implementation to land on main.) */
final class LibraryAccess {
    private LibraryAccess() {
    }

    static CardLibrary open(Path dataDir) {
        throw new UnsupportedOperationException("the library index is not implemented yet");
    }
}
