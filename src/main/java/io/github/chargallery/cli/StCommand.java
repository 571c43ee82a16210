package io.github.chargallery.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.library.Library;
import io.github.chargallery.library.SillyTavern;
import io.github.chargallery.library.SillyTavernFolder;
import io.github.chargallery.library.SillyTavernState;
import io.github.chargallery.library.SyncListener;
import io.github.chargallery.library.SyncReport;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code st}: the SillyTavern bridge. {@code st link DIR} links a SillyTavern user data folder (its characters
 * folder becomes a library root, scanned at once), {@code st unlink [DIR]} forgets it again (its files stay),
 * {@code st status} says what is linked and what SillyTavern holds, {@code st send FILE...} copies cards there
 * ({@link StSend}), {@code st remove FILE...} moves SillyTavern's copy to the trash ({@link StRemove}),
 * {@code st adopt-tags [FILE...]} copies SillyTavern's tags into the user tags.
 */
final class StCommand {
    static final Command.Option TO = Command.Option.value("--to", "DIR",
            "the linked SillyTavern user folder to send to (needed when several are linked)");
    static final Command COMMAND = new Command("st", "link DIR | unlink [DIR] | status | send FILE... | remove FILE... | adopt-tags [FILE...]",
            "The SillyTavern bridge: link its user data folder (data/<user>), show what it holds, send cards there"
                    + " (never overwriting), remove them (to the trash), adopt its tags.",
            List.of(Command.DATA_DIR, Command.JSON, TO), StCommand::run);

    private StCommand() {
    }

    static int run(Args a, PrintStream out, PrintStream err) throws UsageException {
        if (a.words.isEmpty()) {
            throw new UsageException("st needs a command: link, unlink, status, send, remove or adopt-tags");
        }
        String what = a.words.get(0);
        int given = a.words.size() - 1;
        switch (what) {
            case "link" -> {
                if (given != 1) {
                    throw new UsageException("st link needs one folder: SillyTavern's data/<user> folder");
                }
                return link(a, LibraryArgs.path(a, 1), out, err);
            }
            case "unlink" -> {
                if (given > 1) {
                    throw new UsageException("st unlink takes at most one folder");
                }
                Path dir = given == 1 ? LibraryArgs.path(a, 1) : null;
                try (Library library = LibraryArgs.open(a)) {
                    SillyTavernFolder f = bridge(library).unlink(dir);
                    out.println("unlinked " + FileNames.display(f.userDir()) + " (nothing in it was touched)");
                    return 0;
                }
            }
            case "status" -> {
                if (given != 0) {
                    throw new UsageException("st status takes no arguments");
                }
                try (Library library = LibraryArgs.openForReading(a)) {
                    status(bridge(library).state(), a.flag(Command.JSON.name()), out);
                    return 0;
                }
            }
            case "send" -> {
                if (given == 0) {
                    throw new UsageException("st send needs at least one card file");
                }
                return StSend.run(a, out, err);
            }
            case "remove" -> {
                if (given == 0) {
                    throw new UsageException("st remove needs at least one card file");
                }
                return StRemove.run(a, out, err);
            }
            case "adopt-tags" -> {
                return StSend.adoptTags(a, out, err);
            }
            default -> throw new UsageException("unknown st command: " + what
                    + " (link, unlink, status, send, remove, adopt-tags)");
        }
    }

    static SillyTavern bridge(Library library) {
        return library.sillyTavern().orElseThrow();
    }

    private static int link(Args a, Path dir, PrintStream out, PrintStream err) throws UsageException {
        try (Library library = LibraryArgs.open(a)) {
            SillyTavernFolder checked = SillyTavernFolder.check(dir);
            java.util.Optional<String> refused = library.refusal(checked.characters());
            if (refused.isPresent()) {
                err.println(refused.get());
                return 1;
            }
            SillyTavernFolder f = bridge(library).link(dir);
            SyncReport r = library.sync(SyncListener.NONE, () -> false);
            if (library.damage().isPresent()) {
                throw library.damage().get();
            }
            SillyTavernState s = bridge(library).state();
            out.println("linked SillyTavern user " + f.user() + " (" + FileNames.display(f.userDir()) + "): "
                    + s.filesThere() + " card files in its characters folder, " + s.matchedInArchive()
                    + " of them also in the archive, " + s.chats() + " chats");
            if (r.failure() != null) {
                err.println(r.failure());
                return 1;
            }
            return 0;
        }
    }

    private static void status(SillyTavernState s, boolean json, PrintStream out) {
        if (json) {
            ObjectNode o = Json.object();
            ArrayNode linked = o.putArray("linked");
            for (SillyTavernFolder f : s.links()) {
                ObjectNode l = linked.addObject();
                l.put("user_dir", FileNames.display(f.userDir()));
                l.put("user", f.user());
                l.put("characters", FileNames.display(f.characters()));
                l.put("online", Files.isDirectory(f.characters()));
            }
            o.put("cards_there", s.filesThere());
            o.put("matched_in_archive", s.matchedInArchive());
            o.put("chats", s.chats());
            o.set("problems", Json.array(s.problems()));
            out.println(Json.text(o));
            return;
        }
        if (!s.linked()) {
            out.println("no SillyTavern folder is linked (st link DIR, DIR being SillyTavern's data/<user> folder)");
            return;
        }
        for (SillyTavernFolder f : s.links()) {
            out.println("linked: " + FileNames.display(f.userDir()) + " (user " + f.user() + ")"
                    + (Files.isDirectory(f.characters()) ? "" : " - its characters folder is missing"));
        }
        out.println("cards there: " + s.filesThere() + " (as the last scan saw them)");
        out.println("matched in the archive: " + s.matchedInArchive());
        out.println("chats: " + s.chats());
        s.problems().forEach(p -> out.println("problem: " + p));
    }
}
