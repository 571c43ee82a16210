package io.github.chargallery.card;

import io.github.chargallery.card.CardFormatException.Kind;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Turns I/O failures into one-line reasons. */
final class Io {
    private Io() {
    }

    static CardFormatException error(Path file, IOException e) {
        String reason;
        if (e instanceof NoSuchFileException) {
            reason = "file not found";
        } else if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else {
            String m = e.getMessage();
            reason = "cannot read file: " + (m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m));
        }
        return new CardFormatException(file, Kind.IO, reason, e);
    }
}
