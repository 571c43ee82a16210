package io.github.chargallery.cli;

import io.github.chargallery.card.FileNames;
import java.io.PrintStream;
import java.util.List;

/** {@code tag PATH add|remove TAG [--data-dir DIR]}: a user tag on the card a file holds. */
final class TagCommand {
    static final String USAGE = "Usage: tag PATH add|remove TAG [--data-dir DIR]";

    private TagCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        return LibraryArgs.run(args, false, USAGE, err, a -> {
            if (a.words.size() != 3 || !List.of("add", "remove").contains(a.words.get(1))) {
                throw new LibraryArgs.UsageException("tag needs a card file, add or remove, and a tag");
            }
            String tag = a.words.get(2).strip();
            if (tag.isEmpty()) {
                throw new LibraryArgs.UsageException("a tag cannot be empty");
            }
            boolean add = a.words.get(1).equals("add");
            return a.withCardOf(err, (library, id, file) -> {
                if (add) {
                    library.addUserTag(id, tag);
                    out.println("tagged " + FileNames.display(file) + ": " + tag);
                } else {
                    library.removeUserTag(id, tag);
                    out.println("untagged " + FileNames.display(file) + ": " + tag);
                }
                return 0;
            });
        });
    }
}
