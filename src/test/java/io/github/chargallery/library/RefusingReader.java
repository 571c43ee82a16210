package io.github.chargallery.library;

import io.github.chargallery.card.CardFile;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.CardReader;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Refuses chosen files with an I/O error, as a mode-000 or locked file refuses a normal user (tests
 * run as root, which reads those), and reads the rest as usual.
 */
final class RefusingReader implements CardReader {
    final Set<Path> refused = ConcurrentHashMap.newKeySet();
    private final String reason;
    private final Predicate<Path> alsoRefused;

    RefusingReader(String reason) {
        this(reason, f -> false);
    }

    RefusingReader(String reason, Predicate<Path> alsoRefused) {
        this.reason = reason;
        this.alsoRefused = alsoRefused;
    }

    @Override
    public CardFile read(Path file) throws CardFormatException {
        if (refused.contains(file) || alsoRefused.test(file)) {
            throw new CardFormatException(file, CardFormatException.Kind.IO, reason);
        }
        return CardReader.standard().read(file);
    }
}
