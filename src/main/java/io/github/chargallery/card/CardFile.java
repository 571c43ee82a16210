package io.github.chargallery.card;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of reading one card file: the card, the warnings about what had to be coerced, and
 * the file's kind.
 */
public record CardFile(Path path, Format format, Card card, List<String> warnings) {
    public CardFile {
        warnings = List.copyOf(warnings);
    }

    /** The container a card is stored in, chosen by file extension (case-insensitive). */
    public enum Format {
        PNG, JSON, CHARX;

        /** The format for a file name, or null when the extension is not a card extension. */
        public static Format of(Path file) {
            String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (n.endsWith(".png")) {
                return PNG;
            }
            if (n.endsWith(".json")) {
                return JSON;
            }
            if (n.endsWith(".charx")) {
                return CHARX;
            }
            return null;
        }
    }
}
