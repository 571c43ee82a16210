package io.github.chargallery.card;

import java.nio.file.Path;

/**
 * Reads a card file (PNG/APNG, JSON, CHARX). An interface so the library can count or fake file
 * opens in tests; {@link #standard()} is the real codec.
 */
public interface CardReader {
    CardFile read(Path file) throws CardFormatException;

    static CardReader standard() {
        return new CardCodec();
    }
}
