package io.github.chargallery.card;

import java.nio.file.Path;

/**
 * A card file that cannot be read. {@link #reason()} is one line a user can act on (never a stack
 * trace); {@link #getMessage()} is "file: reason".
 */
public final class CardFormatException extends Exception {
    /** What is wrong, for tests and for grouping errors in the UI. */
    public enum Kind {
        IO, NOT_PNG, TRUNCATED, NO_CARD, NOT_BASE64, NOT_JSON, NOT_A_CARD, NO_CARD_JSON, TOO_LARGE, UNSUPPORTED,
        /** Damaged container: invalid chunk, corrupt compressed data, not a zip archive. */
        DAMAGED
    }

    private final Path file;
    private final Kind kind;
    private final String reason;

    public CardFormatException(Path file, Kind kind, String reason) {
        this(file, kind, reason, null);
    }

    public CardFormatException(Path file, Kind kind, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.kind = kind;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public Kind kind() {
        return kind;
    }

    public String reason() {
        return reason;
    }
}
