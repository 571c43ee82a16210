package io.github.chargallery.cli;

import io.github.chargallery.card.FileNames;
import java.io.PrintStream;
import java.util.List;

/** {@code tag PATH add|remove TAG}: a user tag on the card a file holds. */
final class TagCommand {
    static final Command COMMAND = new Command("tag", "PATH add|remove TAG",
            "Adds or removes one of your tags on the card a file holds (the card file is not changed).",
            List.of(Command.DATA_DIR), TagCommand::run);

    private TagCommand() {
    }

    static int run(Args a, PrintStream out, PrintStream err) throws UsageException {
        if (a.words.size() != 3 || !List.of("add", "remove").contains(a.words.get(1))) {
            throw new UsageException("tag needs a card file, add or remove, and a tag");
        }
        String tag = a.words.get(2).strip();
        if (tag.isEmpty()) {
            throw new UsageException("a tag cannot be empty");
        }
        boolean add = a.words.get(1).equals("add");
        return LibraryArgs.withCardOf(a, err, (library, id, file) -> {
            if (add) {
                library.addUserTag(id, tag);
                out.println("tagged " + FileNames.display(file) + ": " + tag);
            } else {
                library.removeUserTag(id, tag);
                out.println("untagged " + FileNames.display(file) + ": " + tag);
            }
            return 0;
        });
    }
}
