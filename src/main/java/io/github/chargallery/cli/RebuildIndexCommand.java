package io.github.chargallery.cli;

import io.github.chargallery.library.IndexRescue;
import io.github.chargallery.library.IndexUnusableException;
import io.github.chargallery.library.Library;
import io.github.chargallery.library.SingleInstance;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code rebuild-index}: when the index is damaged or from a newer app, exports what
 * can be read of it, moves it aside and starts a new one (see {@link IndexRescue}); refuses a healthy index.
 */
final class RebuildIndexCommand {
    static final Command COMMAND = new Command("rebuild-index", "",
            "Moves a damaged (or too new) index aside, kept, and starts a new one; saves what it can still read.",
            List.of(Command.DATA_DIR), RebuildIndexCommand::run);

    private RebuildIndexCommand() {
    }

    static int run(Args a, PrintStream out, PrintStream err) throws UsageException {
        if (!a.words.isEmpty()) {
            throw new UsageException("rebuild-index takes no folders");
        }
        Path data = LibraryArgs.dataDir(a);
        try {
            if (SingleInstance.inUse(data)) {
                err.println("Character Gallery has the library in " + data + " open: rebuild it from the app's"
                        + " window, or close the app first");
                return 1;
            }
        } catch (java.io.IOException e) {
            err.println("cannot tell whether Character Gallery has " + data + " open: " + e.getMessage());
            return 1;
        }
        boolean newer;
        try {
            Library.open(data).close();
            err.println("the library index in " + data + " opens fine: nothing to rebuild");
            return 1;
        } catch (IndexUnusableException e) {
            out.println(e.getMessage());
            newer = e.newer();
        }
        IndexRescue.Result r = IndexRescue.rebuild(data, newer);
        out.println("old index moved to " + r.movedTo() + " (kept, not deleted)");
        if (r.export() != null) {
            out.printf("saved %d folders, %d favourites and tags of %d cards to %s%n", r.folders(), r.favorites(),
                    r.taggedCards(), r.export());
        }
        r.problems().forEach(p -> out.println("could not read: " + p));
        out.println("new index started; run `index` to fill it: favourites and tags return as cards are found");
        return 0;
    }
}
