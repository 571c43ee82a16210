package io.github.chargallery.library;

/** A collection action the user asked for cannot be done (no such collection, the name is taken or empty). */
public final class CollectionException extends LibraryException {
    public CollectionException(String message) {
        super(message, null);
    }
}
