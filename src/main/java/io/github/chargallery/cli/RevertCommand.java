package io.github.chargallery.cli;

import io.github.chargallery.library.CardSaver;
import io.github.chargallery.library.Library;
import io.github.chargallery.library.SaveException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code revert FILE [--to N]}: brings back a kept version of a card file byte for byte. */
final class RevertCommand {
    static final Command.Option TO = Command.Option.value("--to", "N",
            "the version to bring back, as history numbers them (default 1: the one the last save replaced)");
    static final Command COMMAND = new Command("revert", "FILE",
            "Brings back a kept version of a card file byte for byte; the file as it is now is kept too.",
            List.of(TO, Command.DATA_DIR, Command.JSON), RevertCommand::run);

    private RevertCommand() {
    }

    static int run(Args a, PrintStream out, PrintStream err) throws UsageException {
        if (a.words.size() != 1) {
            throw new UsageException("revert needs one card file");
        }
        int to = a.intNumber(TO.name(), 1, 1);
        Path file = LibraryArgs.path(a, 0);
        try (Library library = LibraryArgs.open(a)) {
            var saved = new CardSaver(library, LibraryArgs.dataDir(a)).revert(file, to);
            EditCommand.print(saved, a.flag(Command.JSON.name()), saved.written() ? "reverted"
                    : "already at that version:", out);
            return 0;
        } catch (SaveException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
