package io.github.chargallery.cli;

import io.github.chargallery.library.Library;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
            Path file = Path.of(a.words.get(0)).toAbsolutePath().normalize();
            try (Library library = a.open()) {
                Optional<Long> id = library.cardIdOf(file);
                if (id.isEmpty()) {
                    err.println("not in the index: " + file + " (run index on its folder first)");
                    return 1;
                }
                if (a.words.get(1).equals("add")) {
                    library.addUserTag(id.get(), tag);
                    out.println("tagged " + file + ": " + tag);
                } else {
                    library.removeUserTag(id.get(), tag);
                    out.println("untagged " + file + ": " + tag);
                }
                return 0;
            }
        });
    }
}
