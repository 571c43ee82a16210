package io.github.chargallery.cli;

import io.github.chargallery.card.FileNames;
import java.io.PrintStream;
import java.util.List;

/** {@code favorite PATH on|off}: marks the card a file holds (not the file). */
final class FavoriteCommand {
    static final Command COMMAND = new Command("favorite", "PATH on|off",
            "Marks the card a file holds as a favourite, or not (the card keeps it through renames and moves).",
            List.of(Command.DATA_DIR), FavoriteCommand::run);

    private FavoriteCommand() {
    }

    static int run(Args a, PrintStream out, PrintStream err) throws UsageException {
        if (a.words.size() != 2 || !List.of("on", "off").contains(a.words.get(1))) {
            throw new UsageException("favorite needs a card file and on or off");
        }
        boolean on = a.words.get(1).equals("on");
        return LibraryArgs.withCardOf(a, err, (library, id, file) -> {
            library.setFavorite(id, on);
            out.println((on ? "favourite: " : "not favourite: ") + FileNames.display(file));
            return 0;
        });
    }
}
