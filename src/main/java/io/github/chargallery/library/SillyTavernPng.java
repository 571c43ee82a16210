package io.github.chargallery.library;

import io.github.chargallery.card.CardFile;
import java.io.IOException;
import java.nio.file.Files;

/** The PNG bytes SillyTavern gets for a card file. */
final class SillyTavernPng {
    private SillyTavernPng() {
    }

    static byte[] bytes(CardFile card) throws IOException {
        if (card.format() == CardFile.Format.PNG) {
            // a PNG card the reader reads is copied as it is: SillyTavern reads the same chunks
            return Files.readAllBytes(card.path());
        }
        throw new IllegalArgumentException(card.format() + " cards cannot be converted to PNG yet");
    }
}
