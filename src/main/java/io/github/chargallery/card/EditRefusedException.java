package io.github.chargallery.card;

/**
 * A save the editor refuses before writing anything: an empty name, raw JSON that is not a card, a
 * container it cannot rewrite safely. {@link #getMessage()} is one line a user can act on.
 */
public final class EditRefusedException extends Exception {
    public EditRefusedException(String reason) {
        super(reason);
    }

    public EditRefusedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
