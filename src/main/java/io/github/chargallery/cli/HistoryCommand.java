package io.github.chargallery.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.library.CardSaver;
import io.github.chargallery.library.HistoryVersion;
import io.github.chargallery.library.Library;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code history FILE}: the versions of a card file kept before each save, newest first. */
final class HistoryCommand {
    static final Command COMMAND = new Command("history", "FILE",
            "Lists the versions of a card file kept before each save (newest is 1; revert --to N brings one back).",
            List.of(Command.DATA_DIR, Command.JSON), HistoryCommand::run);

    private HistoryCommand() {
    }

    static int run(Args a, PrintStream out, PrintStream err) throws UsageException {
        if (a.words.size() != 1) {
            throw new UsageException("history needs one card file");
        }
        Path file = LibraryArgs.path(a, 0);
        try (Library library = LibraryArgs.open(a)) {
            List<HistoryVersion> versions = new CardSaver(library, LibraryArgs.dataDir(a)).history(file);
            if (a.flag(Command.JSON.name())) {
                Json.printLines(versions.stream().map(HistoryCommand::json).toList(), out);
            } else if (versions.isEmpty()) {
                out.println("no earlier version of " + FileNames.display(file) + " is kept");
            } else {
                for (HistoryVersion v : versions) {
                    out.println(v.number() + "\treplaced " + v.replaced() + "\twritten " + v.written() + "\t"
                            + v.size() + " bytes");
                }
            }
            return 0;
        }
    }

    static ObjectNode json(HistoryVersion v) {
        ObjectNode o = Json.object();
        o.put("number", v.number());
        o.put("replaced", v.replaced().toString());
        o.put("written", v.written().toString());
        o.put("size", v.size());
        o.put("file", FileNames.display(v.file()));
        return o;
    }
}
