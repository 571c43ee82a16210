package io.github.chargallery.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.library.Library;
import io.github.chargallery.library.TrashBin;
import io.github.chargallery.library.trash.Trash;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code trash FILE...} moves card files to the system's trash (never deletes), the index forgetting them as
 * deleted files; {@code trash --list} shows what the gallery trashed; {@code restore FILE...} puts files back.
 */
final class TrashCommand {
    static final Command.Option LIST = Command.Option.flag("--list", "list what the gallery moved to the trash");
    static final Command COMMAND = new Command("trash", "FILE...",
            "Moves card files to the trash (never deletes them; restore puts them back); --list shows what went.",
            List.of(LIST, Command.DATA_DIR, Command.JSON), TrashCommand::run);
    static final Command RESTORE = new Command("restore", "FILE...",
            "Puts files the gallery trashed back at their path (a numbered name when it is taken now).",
            List.of(Command.DATA_DIR, Command.JSON), TrashCommand::restore);

    private TrashCommand() {
    }

    static int run(Args a, PrintStream out, PrintStream err) throws UsageException {
        boolean json = a.flag(Command.JSON.name());
        if (a.flag(LIST.name())) {
            if (!a.words.isEmpty()) {
                throw new UsageException("trash --list takes no file: " + a.words.get(0));
            }
            return list(a, json, out);
        }
        if (a.words.isEmpty()) {
            throw new UsageException("trash needs at least one file (or --list)");
        }
        List<Path> files = paths(a);
        try (Library library = LibraryArgs.open(a)) {
            TrashBin bin = library.trashBin(Trash.forThisSystem());
            TrashBin.Result r = bin.moveToTrash(files);
            List<Object> rows = new ArrayList<>();
            for (TrashBin.Moved m : r.files()) {
                if (json) {
                    ObjectNode o = Json.object();
                    o.put("path", FileNames.display(m.file()));
                    o.put("ok", m.ok());
                    o.put("trashed_as", m.ok() && m.trashed().trashedAs() != null
                            ? FileNames.display(m.trashed().trashedAs()) : null);
                    o.put("trash", m.ok() ? m.trashed().trash() : null);
                    o.put("error", m.failure());
                    rows.add(o);
                } else if (m.ok()) {
                    out.println("trashed " + FileNames.display(m.file()) + " -> " + (m.trashed().trashedAs() == null
                            ? m.trashed().trash() : FileNames.display(m.trashed().trashedAs())));
                }
                if (!m.ok()) {
                    err.println("not trashed: " + FileNames.display(m.file()) + ": " + m.failure()
                            + " (nothing was deleted)");
                }
            }
            if (json) {
                Json.printLines(rows, out);
            }
            return r.failed().isEmpty() ? 0 : 1;
        }
    }

    static int restore(Args a, PrintStream out, PrintStream err) throws UsageException {
        if (a.words.isEmpty()) {
            throw new UsageException("restore needs the original path of at least one trashed file");
        }
        boolean json = a.flag(Command.JSON.name());
        List<Path> files = paths(a);
        try (Library library = LibraryArgs.open(a)) {
            TrashBin bin = library.trashBin(Trash.forThisSystem());
            boolean allBack = true;
            List<Object> rows = new ArrayList<>();
            for (Path f : files) {
                TrashBin.Back b = bin.restore(f);
                allBack &= b.ok();
                if (json) {
                    ObjectNode o = Json.object();
                    o.put("path", FileNames.display(f));
                    o.put("ok", b.ok());
                    o.put("restored_to", b.restoredTo() == null ? null : FileNames.display(b.restoredTo()));
                    o.put("error", b.failure());
                    rows.add(o);
                } else if (b.ok()) {
                    out.println("restored " + FileNames.display(b.restoredTo()));
                }
                if (!b.ok()) {
                    err.println("not restored: " + FileNames.display(f) + ": " + b.failure());
                }
            }
            if (json) {
                Json.printLines(rows, out);
            }
            return allBack ? 0 : 1;
        }
    }

    private static int list(Args a, boolean json, PrintStream out) throws UsageException {
        try (Library library = LibraryArgs.openForReading(a)) {
            List<TrashBin.Entry> entries = library.trashBin(Trash.forThisSystem()).list();
            if (json) {
                Json.printLines(entries.stream().map(TrashCommand::json).toList(), out);
            } else {
                for (TrashBin.Entry e : entries) {
                    out.println(Instant.ofEpochMilli(e.trashed().at()) + "\t" + e.name() + "\t"
                            + FileNames.display(e.trashed().original())
                            + (e.restored() ? "\trestored to " + FileNames.display(e.restoredTo()) : ""));
                }
            }
            return 0;
        }
    }

    private static ObjectNode json(TrashBin.Entry e) {
        ObjectNode o = Json.object();
        o.put("id", e.id());
        o.put("name", e.name());
        o.put("path", FileNames.display(e.trashed().original()));
        o.put("trashed_as", e.trashed().trashedAs() == null ? null : FileNames.display(e.trashed().trashedAs()));
        o.put("trash", e.trashed().trash());
        o.put("at", Instant.ofEpochMilli(e.trashed().at()).toString());
        o.put("restored", e.restored());
        o.put("restored_to", e.restoredTo() == null ? null : FileNames.display(e.restoredTo()));
        return o;
    }

    private static List<Path> paths(Args a) throws UsageException {
        List<Path> files = new ArrayList<>();
        for (int k = 0; k < a.words.size(); k++) {
            files.add(LibraryArgs.path(a, k));
        }
        return files;
    }
}
