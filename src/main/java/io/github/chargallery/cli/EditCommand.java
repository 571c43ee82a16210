package io.github.chargallery.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chargallery.card.Card;
import io.github.chargallery.card.CardChanges;
import io.github.chargallery.card.CardField;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.library.CardSaver;
import io.github.chargallery.library.HistoryVersion;
import io.github.chargallery.library.Library;
import io.github.chargallery.library.OpenedCard;
import io.github.chargallery.library.SaveException;
import io.github.chargallery.library.Saved;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code edit FILE --set FIELD=VALUE ... [--add-greeting TEXT]...}: changes a card file as the window's Save
 * does (only the named fields change; the previous version is kept; the index is updated).
 */
final class EditCommand {
    static final Command.Option SET = Command.Option.value("--set", "FIELD=VALUE", "set a field (repeatable): "
            + String.join(", ", Arrays.stream(CardField.values()).map(CardField::key).toList())
            + ", or tags (comma-separated)");
    static final Command.Option ADD_GREETING = Command.Option.value("--add-greeting", "TEXT",
            "add an alternate greeting (repeatable)");
    static final Command COMMAND = new Command("edit", "FILE",
            "Changes fields of a card file in place, keeping everything else and the previous version"
                    + " (see history, revert).",
            List.of(SET, ADD_GREETING, Command.DATA_DIR, Command.JSON), EditCommand::run);

    private EditCommand() {
    }

    static int run(Args a, PrintStream out, PrintStream err) throws UsageException {
        if (a.words.size() != 1) {
            throw new UsageException("edit needs one card file");
        }
        if (a.values(SET.name()).isEmpty() && a.values(ADD_GREETING.name()).isEmpty()) {
            throw new UsageException("edit needs at least one --set FIELD=VALUE or --add-greeting TEXT");
        }
        CardChanges changes = CardChanges.NONE;
        for (String s : a.values(SET.name())) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--set needs FIELD=VALUE, not \"" + s + "\"");
            }
            String field = s.substring(0, eq).strip();
            String value = s.substring(eq + 1);
            if (field.equalsIgnoreCase("tags")) {
                changes = changes.withTags(Arrays.stream(value.split(",")).map(String::strip)
                        .filter(t -> !t.isEmpty()).toList());
            } else {
                CardField f = CardField.ofKey(field).orElseThrow(() -> new UsageException("unknown field \"" + field
                        + "\" (fields: " + String.join(", ", Arrays.stream(CardField.values()).map(CardField::key)
                        .toList()) + ", tags)"));
                changes = changes.with(f, value);
            }
        }
        Path file = LibraryArgs.path(a, 0);
        boolean json = a.flag(Command.JSON.name());
        try (Library library = LibraryArgs.open(a)) {
            CardSaver saver = new CardSaver(library, LibraryArgs.dataDir(a));
            OpenedCard opened = saver.open(file);
            if (!a.values(ADD_GREETING.name()).isEmpty()) {
                List<String> greetings = new ArrayList<>(opened.file().card().alternateGreetings());
                greetings.addAll(a.values(ADD_GREETING.name()));
                changes = changes.withAlternateGreetings(greetings);
            }
            Saved saved = saver.save(file, opened.version(), changes, CardSaver.OnConflict.REFUSE);
            print(saved, json, saved.written() ? "saved" : "nothing to change in", out);
            return 0;
        } catch (SaveException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /** What edit and revert print: the file, its card, the version kept, and its index row. */
    static void print(Saved saved, boolean json, String verb, PrintStream out) {
        Card c = saved.card();
        Optional<HistoryVersion> kept = saved.kept();
        if (json) {
            ObjectNode o = Json.object();
            o.put("path", FileNames.display(saved.file()));
            o.put("saved", saved.written());
            o.put("name", c.name());
            o.put("creator", c.creator());
            o.put("spec", c.spec().label());
            o.set("tags", Json.array(c.tags()));
            o.put("greetings", c.alternateGreetingCount());
            o.set("kept_version", kept.map(HistoryCommand::json).orElse(null));
            o.set("summary", saved.summary().map(ListCommand::json).orElse(null));
            out.println(Json.text(o));
            return;
        }
        StringBuilder sb = new StringBuilder(verb).append(' ').append(FileNames.display(saved.file())).append(": ")
                .append(c.name()).append(" (").append(c.spec().label()).append(')');
        kept.ifPresent(v -> sb.append("; the previous version is kept as ").append(v.number())
                .append(" (revert --to ").append(v.number()).append(" brings it back)"));
        if (saved.written() && saved.summary().isEmpty()) {
            sb.append("; the file is in no library folder, so the index does not list it");
        }
        out.println(sb);
    }
}
