package io.github.chargallery.cli;

import io.github.chargallery.library.Library;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code favorite PATH on|off [--data-dir DIR]}: marks the card a file holds (not the file). */
final class FavoriteCommand {
    static final String USAGE = "Usage: favorite PATH on|off [--data-dir DIR]";

    private FavoriteCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        return LibraryArgs.run(args, false, USAGE, err, a -> {
            if (a.words.size() != 2 || !List.of("on", "off").contains(a.words.get(1))) {
                throw new LibraryArgs.UsageException("favorite needs a card file and on or off");
            }
            Path file = Path.of(a.words.get(0)).toAbsolutePath().normalize();
            try (Library library = a.open()) {
                Optional<Long> id = library.cardIdOf(file);
                if (id.isEmpty()) {
                    err.println("not in the index: " + file + " (run index on its folder first)");
                    return 1;
                }
                boolean on = a.words.get(1).equals("on");
                library.setFavorite(id.get(), on);
                out.println((on ? "favourite: " : "not favourite: ") + file);
                return 0;
            }
        });
    }
}
