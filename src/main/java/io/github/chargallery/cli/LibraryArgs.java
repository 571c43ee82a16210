package io.github.chargallery.cli;

import io.github.chargallery.card.FileNames;
import io.github.chargallery.library.DataDirs;
import io.github.chargallery.library.IndexUnusableException;
import io.github.chargallery.library.Library;
import io.github.chargallery.library.LibraryException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The arguments every library command shares: {@code --data-dir DIR} and {@code --json}; what is left
 * are the command's own words. Bad usage is reported as a {@link UsageException} (exit code 2).
 */
final class LibraryArgs {
    final List<String> words = new ArrayList<>();
    final String dataDir;
    final boolean json;

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    /** The command line as given, for a file name whose bytes are not UTF-8 (see {@link RawArguments}). */
    private final List<String> given;
    private final RawArguments raw;

    private LibraryArgs(List<String> args, boolean jsonAllowed) throws UsageException {
        given = List.copyOf(args);
        raw = new RawArguments(args);
        List<String> rest = new ArrayList<>(args);
        try {
            dataDir = DataDirs.takeOption(rest);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        boolean j = false;
        for (String a : rest) {
            if (jsonAllowed && a.equals("--json")) {
                j = true;
            } else if (a.startsWith("--")) {
                throw new UsageException("Unknown option: " + a);
            } else {
                words.add(a);
            }
        }
        json = j;
    }

    static LibraryArgs parse(List<String> args, boolean jsonAllowed) throws UsageException {
        return new LibraryArgs(args, jsonAllowed);
    }

    Library open() {
        return Library.open(DataDirs.resolve(dataDir));
    }

    /** The work a user-data command does on the card a file holds; returns the exit code. */
    interface CardAction {
        int run(Library library, long cardId, Path file);
    }

    /**
     * Opens the index and runs the action on the card its first word (a file path) holds; exit 1
     * with a message when the index does not know that file.
     */
    int withCardOf(PrintStream err, CardAction action) {
        Path file = raw.path(given.indexOf(words.get(0))).toAbsolutePath().normalize();
        try (Library library = open()) {
            Optional<Long> id = library.cardIdOf(file);
            if (id.isEmpty()) {
                err.println("not in the index: " + FileNames.display(file) + " (run index on its folder first)");
                return 1;
            }
            return action.run(library, id.get(), file);
        }
    }

    /** Runs a command body with the usual exit codes: usage 2, index failure 1. */
    interface Body {
        int run(LibraryArgs args) throws UsageException;
    }

    static int run(List<String> args, boolean jsonAllowed, String usage, PrintStream err, Body body) {
        try {
            return body.run(parse(args, jsonAllowed));
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(usage);
            return 2;
        } catch (IndexUnusableException e) {
            err.println(e.getMessage());
            err.println("Nothing was changed. Open the app, or run `rebuild-index`, to move it aside and rebuild it"
                    + " (favourites and tags that can still be read are kept).");
            return 1;
        } catch (LibraryException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
