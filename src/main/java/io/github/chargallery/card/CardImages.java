package io.github.chargallery.card;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The image of a card file, for thumbnails. Never decodes pixels; the caller's image decoder does. */
public final class CardImages {
    private CardImages() {
    }

    /**
     * PNG: the file's bytes; CHARX: its icon asset; JSON: empty. Empty too when the image is larger
     * than 64 MB (a thumbnail is not worth that much memory).
     *
     * @throws CardFormatException when the file cannot be read or the CHARX is not a zip
     */
    public static Optional<byte[]> imageBytes(Path file) throws CardFormatException {
        CardFile.Format format = CardFile.Format.of(file);
        if (format == CardFile.Format.PNG) {
            try {
                if (Files.size(file) > Limits.MAX_IMAGE_BYTES) {
                    return Optional.empty();
                }
                return Optional.of(Files.readAllBytes(file));
            } catch (IOException e) {
                throw Io.error(file, e);
            }
        }
        if (format == CardFile.Format.CHARX) {
            try {
                return Charx.icon(file, Limits.MAX_IMAGE_BYTES);
            } finally {
                BigReads.done(); // a big card.json or icon took the permit on the way
            }
        }
        return Optional.empty();
    }
}
