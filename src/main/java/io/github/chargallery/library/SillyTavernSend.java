package io.github.chargallery.library;

import java.nio.file.Path;

/**
 * What sending one file to SillyTavern did: wrote {@code file} into its characters folder, found the same
 * card there already ({@code already}, then {@code file} is the one it has), or failed ({@code error}, and
 * nothing was written).
 */
public record SillyTavernSend(Path source, SillyTavernFolder to, String file, boolean already, String error) {
    static SillyTavernSend written(Path source, SillyTavernFolder to, String file) {
        return new SillyTavernSend(source, to, file, false, null);
    }

    static SillyTavernSend already(Path source, SillyTavernFolder to, String file) {
        return new SillyTavernSend(source, to, file, true, null);
    }

    static SillyTavernSend failed(Path source, SillyTavernFolder to, String error) {
        return new SillyTavernSend(source, to, null, false, error);
    }

    public boolean ok() {
        return error == null;
    }
}
