package io.github.chargallery.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.library.Library;
import io.github.chargallery.library.LibraryException;
import io.github.chargallery.library.SillyTavern;
import io.github.chargallery.library.SillyTavernCard;
import io.github.chargallery.library.SillyTavernFolder;
import io.github.chargallery.library.SillyTavernSend;
import io.github.chargallery.library.SillyTavernState;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code st send FILE...} and {@code st adopt-tags [FILE...]}: the card-by-card parts of {@link StCommand}. */
final class StSend {
    static final String LISTS_ON_REFRESH = "SillyTavern lists new cards on its next character refresh"
            + " (running or not, no restart needed)";

    private StSend() {
    }

    /** Per file: the file name written in SillyTavern's folder, "already", or why not; exit 1 when any failed. */
    static int run(Args a, PrintStream out, PrintStream err) throws UsageException {
        List<Path> files = new ArrayList<>();
        for (int k = 1; k < a.words.size(); k++) {
            files.add(LibraryArgs.path(a, k));
        }
        String to = a.value(StCommand.TO.name());
        boolean json = a.flag(Command.JSON.name());
        try (Library library = LibraryArgs.open(a)) {
            SillyTavern st = StCommand.bridge(library);
            SillyTavernFolder target = st.target(to == null ? null : LibraryArgs.path(to));
            int failed = 0;
            int written = 0;
            Json.LineArray rows = json ? new Json.LineArray(out) : null;
            for (Path f : files) {
                SillyTavernSend r = st.send(f, target);
                if (!r.ok()) {
                    failed++;
                    err.println(FileNames.display(f) + ": not sent: " + r.error());
                } else if (!r.already()) {
                    written++;
                }
                if (json) {
                    ObjectNode o = Json.object();
                    o.put("file", FileNames.display(f));
                    o.put("sent", !r.ok() ? null : r.already() ? "already" : r.file());
                    o.put("st_file", r.file());
                    o.put("error", r.error());
                    rows.add(o);
                } else if (r.ok()) {
                    out.println(FileNames.display(f) + "\t" + (r.already() ? "already in SillyTavern as " + r.file()
                            : r.file()));
                }
            }
            if (json) {
                rows.end();
            } else if (written > 0) {
                out.println(LISTS_ON_REFRESH);
            }
            return failed == 0 ? 0 : 1;
        }
    }

    /** Copies SillyTavern's tags into the user tags of the given cards (with none, of every card there). */
    static int adoptTags(Args a, PrintStream out, PrintStream err) throws UsageException {
        try (Library library = LibraryArgs.open(a)) {
            SillyTavern st = StCommand.bridge(library);
            SillyTavernState state = st.state();
            if (!state.linked()) {
                throw new LibraryException("no SillyTavern folder is linked (link one first)", null);
            }
            List<Long> ids = new ArrayList<>();
            int failed = 0;
            if (a.words.size() == 1) {
                ids.addAll(state.cards().keySet());
            }
            for (int k = 1; k < a.words.size(); k++) {
                Path file = LibraryArgs.path(a, k);
                Optional<Long> id = library.cardIdOf(file);
                if (id.isEmpty()) {
                    err.println("not in the index: " + FileNames.display(file) + " (run index on its folder first)");
                    failed++;
                } else if (state.of(id.get()).isEmpty()) {
                    err.println("not in SillyTavern: " + FileNames.display(file));
                    failed++;
                } else {
                    ids.add(id.get());
                }
            }
            ids.sort(null);
            List<ObjectNode> rows = new ArrayList<>();
            for (long id : ids) {
                SillyTavernCard c = state.of(id).orElseThrow();
                List<String> added = st.adoptTags(id);
                ObjectNode o = Json.object();
                o.put("id", id);
                o.put("st_file", c.file());
                o.set("added", Json.array(added));
                rows.add(o);
                if (!a.flag(Command.JSON.name()) && !added.isEmpty()) {
                    out.println(c.file() + "\t" + String.join(", ", added));
                }
            }
            if (a.flag(Command.JSON.name())) {
                Json.printLines(rows, out);
            }
            return failed == 0 ? 0 : 1;
        }
    }

    /** The list --json fields for one card. */
    static void listFields(ObjectNode o, Optional<SillyTavernCard> c) {
        o.put("in_sillytavern", c.isPresent());
        o.put("st_file", c.map(SillyTavernCard::file).orElse(null));
        o.set("st_tags", Json.array(c.map(SillyTavernCard::tags).orElse(List.of())));
        o.put("chats", c.map(SillyTavernCard::chats).orElse(0));
        o.put("last_chat", c.filter(x -> x.lastChatMillis() > 0)
                .map(x -> java.time.Instant.ofEpochMilli(x.lastChatMillis()).toString()).orElse(null));
    }
}
