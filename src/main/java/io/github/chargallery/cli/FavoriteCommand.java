package io.github.chargallery.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chargallery.card.FileNames;
import java.io.PrintStream;
import java.util.List;

/** {@code favorite PATH... on|off}: marks the cards files hold (not the files), all in one transaction. */
final class FavoriteCommand {
    static final Command COMMAND = new Command("favorite", "PATH... on|off",
            "Marks the cards files hold as favourites, or not, all at once (a card keeps it through renames and"
                    + " moves); nothing changes when a file is not in the index.",
            List.of(Command.DATA_DIR, Command.JSON), FavoriteCommand::run);

    private FavoriteCommand() {
    }

    static int run(Args a, PrintStream out, PrintStream err) throws UsageException {
        int n = a.words.size();
        if (n < 2 || !List.of("on", "off").contains(a.words.get(n - 1))) {
            throw new UsageException("favorite needs one or more card files, then on or off");
        }
        boolean on = a.words.get(n - 1).equals("on");
        boolean json = a.flag(Command.JSON.name());
        return LibraryArgs.withCardsOf(a, n - 1, err, (library, cards) -> {
            library.bulkEdits().setFavorite(cards.keySet(), on);
            if (json) {
                ObjectNode o = Json.object();
                o.put("favorite", on);
                o.put("cards", cards.size());
                o.set("files", Json.array(cards.values().stream().map(FileNames::display).toList()));
                out.println(Json.text(o));
            } else {
                cards.values().forEach(f -> out.println((on ? "favourite: " : "not favourite: ") + FileNames.display(f)));
            }
            return 0;
        });
    }
}
