package io.github.chargallery.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.library.Duplicates;
import io.github.chargallery.library.Library;
import io.github.chargallery.library.dupes.DuplicateGroup;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code duplicates}: the library's duplicate groups from the index; {@code dismiss GROUP-ID}: "not
 * duplicates". Pictures the window has not hashed yet (no thumbnail made) are hashed here first, once.
 */
final class DuplicatesCommand {
    static final Command.Option KIND = Command.Option.value("--kind", "KIND",
            "only groups of this kind: same-card, same-character or same-picture");
    static final Command COMMAND = new Command("duplicates", "",
            "Lists groups of duplicate cards: same card in several files, same character in other versions, same"
                    + " picture under other names.",
            List.of(KIND, Command.DATA_DIR, Command.JSON), DuplicatesCommand::run);
    static final Command DISMISS = new Command("dismiss", "GROUP-ID",
            "Marks a duplicates group as \"not duplicates\": it stays hidden until its cards change.",
            List.of(Command.DATA_DIR), DuplicatesCommand::dismiss);

    private DuplicatesCommand() {
    }

    static int run(Args a, PrintStream out, PrintStream err) throws UsageException {
        if (!a.words.isEmpty()) {
            throw new UsageException("duplicates takes no argument: " + a.words.get(0));
        }
        DuplicateGroup.Kind kind = null;
        if (a.value(KIND.name()) != null) {
            kind = DuplicateGroup.Kind.of(a.value(KIND.name()));
            if (kind == null) {
                throw new UsageException("--kind must be same-card, same-character or same-picture, not \""
                        + a.value(KIND.name()) + "\"");
            }
        }
        boolean json = a.flag(Command.JSON.name());
        try (Library library = LibraryArgs.open(a)) {
            Duplicates d = library.duplicates();
            if (kind == null || kind == DuplicateGroup.Kind.SAME_PICTURE) {
                int missing = d.missingPictureHashes(1).size();
                if (missing > 0) {
                    err.println("hashing the pictures of cards with no thumbnail yet (once; kept in the index)...");
                    int n = d.hashMissingPictures(Library.defaultThreads());
                    err.println("hashed " + n + " pictures");
                }
            }
            DuplicateGroup.Kind only = kind;
            List<DuplicateGroup> groups = d.groups().stream().filter(g -> only == null || g.kind() == only).toList();
            if (json) {
                Json.printLines(groups.stream().map(DuplicatesCommand::json).toList(), out);
            } else {
                groups.forEach(g -> out.println(text(g)));
                out.println(groups.size() + " groups");
            }
            return 0;
        }
    }

    static int dismiss(Args a, PrintStream out, PrintStream err) throws UsageException {
        if (a.words.size() != 1) {
            throw new UsageException("dismiss needs one group id (from duplicates)");
        }
        String id = a.words.get(0);
        try (Library library = LibraryArgs.open(a)) {
            Duplicates d = library.duplicates();
            boolean known = d.groups().stream().anyMatch(g -> g.id().equals(id));
            if (!known) {
                err.println("no duplicates group " + id + " (duplicates lists the current ones; a group whose"
                        + " cards changed has a new id)");
                return 1;
            }
            d.dismiss(id);
            out.println("not duplicates: " + id + " (shown again if its cards change)");
            return 0;
        }
    }

    static ObjectNode json(DuplicateGroup g) {
        ObjectNode o = Json.object();
        o.put("id", g.id());
        o.put("kind", g.kind().word);
        ArrayNode cards = o.putArray("cards");
        for (DuplicateGroup.Copy c : g.copies()) {
            ObjectNode n = cards.addObject();
            n.put("id", c.cardId());
            n.put("name", c.name());
            n.put("creator", c.creator());
            n.put("version", c.version());
            n.set("files", Json.array(c.files().stream().map(FileNames::display).toList()));
            n.put("favorite", c.favorite());
        }
        ArrayNode diffs = o.putArray("differences");
        for (DuplicateGroup.Difference d : g.differences()) {
            ObjectNode n = diffs.addObject();
            n.put("field", d.field());
            n.set("values", Json.array(d.values()));
        }
        return o;
    }

    private static String text(DuplicateGroup g) {
        StringBuilder sb = new StringBuilder();
        sb.append(g.id()).append('\t').append(g.kind().title).append(" (").append(g.copies().size()).append(')');
        for (DuplicateGroup.Copy c : g.copies()) {
            sb.append("\n  ").append(c.favorite() ? "* " : "  ").append(c.name());
            if (!c.creator().isEmpty()) {
                sb.append(" by ").append(c.creator());
            }
            if (c.version() != null && !c.version().isBlank()) {
                sb.append(" v").append(c.version());
            }
            c.files().forEach(f -> sb.append("\n      ").append(FileNames.display(f)));
        }
        for (DuplicateGroup.Difference d : g.differences()) {
            sb.append("\n  differs: ").append(d.field()).append(": ").append(String.join(" | ", d.values()));
        }
        return sb.toString();
    }
}
