package io.github.chargallery.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The real cards of {@code ../shared/cards} beside the checkout (surefire passes it as
 * {@code shared.cards.dir}); absent on a plain clone, where the tests that use it skip.
 */
public final class SharedCards {
    private SharedCards() {
    }

    public static Optional<Path> dir() {
        String prop = System.getProperty("shared.cards.dir");
        return Optional.ofNullable(prop).map(Path::of).filter(Files::isDirectory);
    }
}
