package io.github.chargallery.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chargallery.card.FileNames;
import java.io.PrintStream;
import java.util.List;

/** {@code tag PATH... add|remove TAG}: a user tag on the cards files hold, all in one transaction. */
final class TagCommand {
    static final Command COMMAND = new Command("tag", "PATH... add|remove TAG",
            "Adds or removes one of your tags on the cards files hold, all at once (the card files are not"
                    + " changed); nothing changes when a file is not in the index.",
            List.of(Command.DATA_DIR, Command.JSON), TagCommand::run);

    private TagCommand() {
    }

    static int run(Args a, PrintStream out, PrintStream err) throws UsageException {
        int n = a.words.size();
        if (n < 3 || !List.of("add", "remove").contains(a.words.get(n - 2))) {
            throw new UsageException("tag needs one or more card files, add or remove, and a tag");
        }
        String tag = a.words.get(n - 1).strip();
        if (tag.isEmpty()) {
            throw new UsageException("a tag cannot be empty");
        }
        boolean add = a.words.get(n - 2).equals("add");
        boolean json = a.flag(Command.JSON.name());
        return LibraryArgs.withCardsOf(a, n - 2, err, (library, cards) -> {
            if (add) {
                library.bulkEdits().addUserTag(cards.keySet(), tag);
            } else {
                library.bulkEdits().removeUserTag(cards.keySet(), tag);
            }
            if (json) {
                ObjectNode o = Json.object();
                o.put("tag", tag);
                o.put("action", add ? "add" : "remove");
                o.put("cards", cards.size());
                o.set("files", Json.array(cards.values().stream().map(FileNames::display).toList()));
                out.println(Json.text(o));
            } else {
                cards.values().forEach(f -> out.println((add ? "tagged " : "untagged ") + FileNames.display(f) + ": " + tag));
            }
            return 0;
        });
    }
}
