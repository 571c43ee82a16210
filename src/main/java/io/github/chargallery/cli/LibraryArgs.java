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

    /** The work a user-data command does on the cards many files hold; returns the exit code. */
    interface CardsAction {
        int run(Library library, java.util.Map<Long, Path> cards);
    }

    /**
     * Opens the index and runs the action on the cards the first {@code count} words (file paths) hold, each
     * card once (by its first file named). Exit 1, with nothing changed, when the index does not know one of
     * the files: every file is named, so one run can fix them all.
     */
    static int withCardsOf(Args a, int count, PrintStream err, CardsAction action) throws UsageException {
        java.util.List<Path> files = new java.util.ArrayList<>();
        for (int k = 0; k < count; k++) {
            files.add(path(a, k));
        }
        try (Library library = open(a)) {
            java.util.Map<Long, Path> cards = new java.util.LinkedHashMap<>();
            int unknown = 0;
            for (Path file : files) {
                Optional<Long> id = library.cardIdOf(file);
                if (id.isEmpty()) {
                    err.println("not in the index: " + FileNames.display(file) + " (run index on its folder first)");
                    unknown++;
                } else {
                    cards.putIfAbsent(id.get(), file);
                }
            }
            if (unknown > 0) {
                err.println("nothing changed: " + unknown + (unknown == 1 ? " file is" : " files are") + " not in the index");
                return 1;
            }
            return action.run(library, cards);
        }
    }
}
