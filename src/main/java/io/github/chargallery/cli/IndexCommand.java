package io.github.chargallery.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.library.Library;
import io.github.chargallery.library.SkippedFolder;
import io.github.chargallery.library.SyncListener;
import io.github.chargallery.library.SyncReport;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code index [ROOT...]}: adds the roots if new, runs one full sync of every
 * root (with no ROOT, of the roots the library has) and prints the counts. Exit 1 when a root is offline or the scan failed (reason on stderr).
 */
final class IndexCommand {
    static final Command COMMAND = new Command("index", "[ROOT...]",
            "Adds the folders to the library (with none, uses the ones it has), scans every folder once, prints counts.",
            List.of(Command.DATA_DIR, Command.JSON), IndexCommand::run);

    private IndexCommand() {
    }

    static int run(Args a, PrintStream out, PrintStream err) throws UsageException {
        List<Path> roots = new ArrayList<>();
        for (int k = 0; k < a.words.size(); k++) {
            roots.add(LibraryArgs.path(a, k));
        }
        try (Library library = LibraryArgs.open(a)) {
            if (roots.isEmpty() && library.roots().isEmpty()) {
                throw new UsageException("index needs at least one folder (the library has none yet)");
            }
            List<Path> known = library.roots().stream().map(r -> r.path()).toList();
            for (Path p : roots) {
                if (!known.contains(p) && !Files.isDirectory(p)) {
                    throw new UsageException("not a folder: " + p);
                }
                Optional<String> refused = library.refusal(p);
                if (refused.isPresent()) {
                    throw new UsageException(refused.get());
                }
            }
            for (Path p : roots) {
                Optional<String> refused = library.refusal(p); // two arguments naming one folder
                if (refused.isPresent()) {
                    throw new UsageException(refused.get());
                }
                library.addRoot(p);
            }
            SyncReport r = library.sync(SyncListener.NONE, () -> false);
            if (library.damage().isPresent()) {
                throw library.damage().get(); // found during the sync, which stopped writing then
            }
            print(r, a.flag(Command.JSON.name()), out);
            for (SkippedFolder f : r.skippedFolders()) {
                err.println("skipped: " + f.reason());
            }
            for (Path p : r.offlineRoots()) {
                err.println("offline: " + library.rootFailure(p).orElse(FileNames.display(p)));
            }
            if (r.failure() != null) {
                err.println(r.failure());
            }
            return r.offlineRoots().isEmpty() && r.failure() == null ? 0 : 1;
        }
    }

    private static void print(SyncReport r, boolean json, PrintStream out) {
        if (json) {
            ObjectNode o = Json.object();
            o.put("added", r.added());
            o.put("updated", r.updated());
            o.put("moved", r.moved());
            o.put("removed", r.removed());
            o.put("unchanged", r.unchanged());
            o.put("errors", r.errors());
            o.set("offline", Json.array(r.offlineRoots().stream().map(FileNames::display).toList()));
            o.set("skipped_folders", Json.array(r.skippedFolders().stream().map(f -> FileNames.display(f.folder())).toList()));
            o.put("millis", r.millis());
            out.println(Json.text(o));
        } else {
            out.printf("added %d, updated %d, moved %d, removed %d, unchanged %d, errors %d in %d ms%n", r.added(),
                    r.updated(), r.moved(), r.removed(), r.unchanged(), r.errors(), r.millis());
            r.skippedFolders().forEach(f -> out.println("skipped: " + f.folder()));
            r.offlineRoots().forEach(p -> out.println("offline: " + p));
        }
    }
}
