package io.github.chargallery.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.library.Library;
import io.github.chargallery.library.LibraryRoot;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code roots} lists the library folders; {@code roots remove ROOT} forgets one and its rows (its files are
 * never touched).
 */
final class RootsCommand {
    static final Command COMMAND = new Command("roots", "[remove ROOT]",
            "Lists the library folders with card counts and online/offline; remove forgets one (never its files).",
            List.of(Command.DATA_DIR, Command.JSON), RootsCommand::run);

    private RootsCommand() {
    }

    static int run(Args a, PrintStream out, PrintStream err) throws UsageException {
        if (a.words.isEmpty()) {
            try (Library library = LibraryArgs.openForReading(a)) {
                print(library, a.flag(Command.JSON.name()), out);
                return 0;
            }
        }
        if (a.words.size() != 2 || !a.words.get(0).equals("remove")) {
            throw new UsageException("unknown roots command: " + String.join(" ", a.words));
        }
        Path root = LibraryArgs.path(a, 1);
        try (Library library = LibraryArgs.open(a)) {
            if (library.roots().stream().noneMatch(r -> r.path().equals(root))) {
                err.println("not a library root: " + FileNames.display(root));
                return 1;
            }
            library.removeRoot(root);
            out.println("removed " + FileNames.display(root) + " (its files are untouched)");
            return 0;
        }
    }

    private static void print(Library library, boolean json, PrintStream out) {
        List<LibraryRoot> roots = library.roots();
        if (json) {
            List<ObjectNode> nodes = new ArrayList<>();
            for (LibraryRoot r : roots) {
                ObjectNode o = Json.object();
                o.put("path", FileNames.display(r.path()));
                o.put("cards", r.cardCount());
                o.put("online", r.online());
                o.put("failure", library.rootFailure(r.path()).orElse(null));
                nodes.add(o);
            }
            Json.printLines(nodes, out);
            return;
        }
        for (LibraryRoot r : roots) {
            out.println(FileNames.display(r.path()) + "\t" + r.cardCount() + " cards\t"
                    + (r.online() ? "online" : "offline: " + library.rootFailure(r.path()).orElse("unreadable")));
        }
    }
}
