package io.github.chargallery.library;


/** The index could not be read or written (disk full, corrupt or locked database). One line for the user. */
public class LibraryException extends RuntimeException {
    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
