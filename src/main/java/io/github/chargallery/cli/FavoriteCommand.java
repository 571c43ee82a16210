package io.github.chargallery.cli;

import io.github.chargallery.card.FileNames;
import java.io.PrintStream;
import java.util.List;

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
            boolean on = a.words.get(1).equals("on");
            return a.withCardOf(err, (library, id, file) -> {
                library.setFavorite(id, on);
                out.println((on ? "favourite: " : "not favourite: ") + FileNames.display(file));
                return 0;
            });
        });
    }
}
