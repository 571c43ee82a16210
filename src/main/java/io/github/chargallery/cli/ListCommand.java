package io.github.chargallery.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.Library;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code list [--data-dir DIR] [--json]}: what the index holds, without scanning; error rows included. */
final class ListCommand {
    static final String USAGE = "Usage: list [--data-dir DIR] [--json]";

    private ListCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        return LibraryArgs.run(args, true, USAGE, err, a -> {
            if (!a.words.isEmpty()) {
                throw new LibraryArgs.UsageException("list takes no folder: " + a.words.get(0));
            }
            try (Library library = a.open()) {
                List<CardSummary> cards = library.loadSummaries();
                if (a.json) {
                    List<ObjectNode> nodes = new ArrayList<>();
                    cards.forEach(c -> nodes.add(json(c)));
                    Json.printLines(nodes, out);
                } else {
                    cards.forEach(c -> out.println(text(c)));
                }
                return 0;
            }
        });
    }

    static ObjectNode json(CardSummary c) {
        ObjectNode o = Json.object();
        o.put("id", c.id());
        o.put("name", c.name());
        o.put("creator", c.creator());
        o.put("spec", c.spec() == null ? null : c.spec().label());
        List<String> tags = new ArrayList<>(c.tags());
        tags.addAll(c.userTags());
        o.set("tags", Json.array(tags));
        o.set("userTags", Json.array(c.userTags()));
        o.put("favorite", c.favorite());
        o.set("files", Json.array(c.files().stream().map(FileNames::display).toList()));
        o.put("offline", c.offline());
        o.put("error", c.error());
        return o;
    }

    private static String text(CardSummary c) {
        StringBuilder sb = new StringBuilder();
        sb.append(c.id()).append('\t').append(c.favorite() ? "* " : "  ").append(c.name());
        if (!c.creator().isEmpty()) {
            sb.append(" by ").append(c.creator());
        }
        sb.append('\t').append(c.spec() == null ? "-" : c.spec().label());
        if (c.offline()) {
            sb.append("\toffline");
        }
        if (c.error() != null) {
            sb.append("\terror: ").append(c.error());
        }
        c.files().forEach(f -> sb.append("\n\t").append(FileNames.display(f)));
        return sb.toString();
    }
}
