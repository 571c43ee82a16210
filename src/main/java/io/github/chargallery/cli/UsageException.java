package io.github.chargallery.cli;

/** Bad usage of a command: its message says what is wrong; the command's usage line follows, exit code 2. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
