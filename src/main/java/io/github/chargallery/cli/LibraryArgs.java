package io.github.chargallery.cli;

import io.github.chargallery.card.FileNames;
import io.github.chargallery.library.DataDirs;
import io.github.chargallery.library.Library;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** What the library commands share: the data folder ({@code --data-dir}) and the card a file holds. */
final class LibraryArgs {
    private LibraryArgs() {
    }

    static Path dataDir(Args a) throws UsageException {
        try {
            return DataDirs.resolve(a.value(Command.DATA_DIR.name()));
        } catch (InvalidPathException e) {
            throw new UsageException("--data-dir is not a valid path: " + e.getMessage());
        }
    }

    /** Opens (creating if needed) the index for reading and writing, and checks it ({@link #checked}). */
    static Library open(Args a) throws UsageException {
        return checked(Library.open(dataDir(a)));
    }

    /** Opens the index for reading only: works in a read-only data folder too. Checked as well. */
    static Library openForReading(Args a) throws UsageException {
        return checked(Library.openForReading(dataDir(a)));
    }

    /**
     * Checks the index ({@link Library#verify}: 0.3 s at 50k cards) so that every command finds a damaged
     * index the same way, before reading or writing it; a damaged one is closed and reported.
     */
    private static Library checked(Library library) {
        try {
            library.verify(false);
            return library;
        } catch (RuntimeException e) {
            library.close();
            throw e;
        }
    }

    /** Word {@code k} as an absolute path, taken from the raw command line when its name is not UTF-8. */
    static Path path(Args a, int k) throws UsageException {
        try {
            return a.wordPath(k).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new UsageException("not a valid path: " + a.words.get(k));
        }
    }

    static Path path(String word) throws UsageException {
        try {
            return Path.of(word).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new UsageException("not a valid path: " + word);
        }
    }

    /** The work a user-data command does on the card a file holds; returns the exit code. */
    interface CardAction {
        int run(Library library, long cardId, Path file);
    }

    /**
     * Opens the index and runs the action on the card its first word (a file path) holds; exit 1
     * with a message when the index does not know that file.
     */
    static int withCardOf(Args a, PrintStream err, CardAction action) throws UsageException {
        Path file;
        try {
            file = a.wordPath(0).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new UsageException("not a valid path: " + a.words.get(0));
        }
        try (Library library = open(a)) {
            Optional<Long> id = library.cardIdOf(file);
            if (id.isEmpty()) {
                err.println("not in the index: " + FileNames.display(file) + " (run index on its folder first)");
                return 1;
            }
            return action.run(library, id.get(), file);
        }
    }
}
