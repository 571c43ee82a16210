package io.github.chargallery.library;

/**
 * A save, revert or export that did not happen. {@link #getMessage()} is one line for the user (which
 * file, what is wrong); the file on disk is as it was.
 */
public final class SaveException extends Exception {
    /** Why nothing was written. */
    public enum Kind {
        /** The file cannot be read as a card (missing, damaged). */
        UNREADABLE,
        /** Refused before writing: an empty name, raw JSON that is not a card, a container not rewritten safely. */
        REFUSED,
        /** The file changed on disk since it was opened; save again with overwrite or as a copy. */
        CONFLICT,
        /** Writing failed (disk full, permission, the written file did not read back). */
        FAILED
    }

    private final Kind kind;

    public SaveException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
