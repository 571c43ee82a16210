package io.github.chargallery.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.card.TokenCounter;
import io.github.chargallery.library.CardMatcher;
import io.github.chargallery.library.CardQuery;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.Library;
import io.github.chargallery.library.SillyTavern;
import io.github.chargallery.library.SillyTavernState;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code list}: what the index holds, without scanning; error rows included. Rows are written as they are
 * read, so a large library does not need a large heap.
 */
final class ListCommand {
    static final Command COMMAND = new Command("list", "",
            "Prints the cards the index holds (name, creator, tags, favourite, files), without scanning;"
                    + " the filter options narrow it (all must hold).",
            options(), ListCommand::run);

    private static List<Command.Option> options() {
        List<Command.Option> o = new ArrayList<>(List.of(Command.DATA_DIR, Command.JSON));
        o.addAll(QueryOptions.ALL);
        return o;
    }

    private ListCommand() {
    }

    static int run(Args a, PrintStream out, PrintStream err) throws UsageException {
        if (!a.words.isEmpty()) {
            throw new UsageException("list takes no folder: " + a.words.get(0));
        }
        boolean json = a.flag(Command.JSON.name());
        try (Library library = LibraryArgs.openForReading(a)) {
            print(library, QueryOptions.read(a, library), json, out);
            return 0;
        }
    }

    /** Prints the cards that match, as rows are read (also {@code collection list NAME}). */
    static void print(Library library, CardQuery query, boolean json, PrintStream out) {
        // SillyTavern's tags and chats, read once from its folders (the chats' listing, not their contents)
        SillyTavernState st = library.sillyTavern().map(SillyTavern::state).orElse(SillyTavernState.NONE);
        Set<Long> hits = query.search().isEmpty() ? null : new HashSet<>(library.search(query.search()));
        CardMatcher matcher = new CardMatcher(query, hits, st);
        Map<Long, String> names = new HashMap<>();
        library.collections().list().forEach(c -> names.put(c.id(), c.name()));
        if (json) {
            Json.LineArray rows = new Json.LineArray(out);
            library.forEachSummary(c -> {
                if (matcher.test(c)) {
                    ObjectNode o = json(c, st);
                    o.set("collections", Json.array(c.collections().stream().map(names::get)
                            .filter(n -> n != null).toList()));
                    rows.add(o);
                }
            });
            rows.end();
        } else {
            library.forEachSummary(c -> {
                if (matcher.test(c)) {
                    out.println(text(c));
                }
            });
        }
        out.flush();
    }

    /** How many cards match (a smart collection's count). */
    static int count(Library library, CardQuery query) {
        SillyTavernState st = library.sillyTavern().map(SillyTavern::state).orElse(SillyTavernState.NONE);
        Set<Long> hits = query.search().isEmpty() ? null : new HashSet<>(library.search(query.search()));
        CardMatcher matcher = new CardMatcher(query, hits, st);
        int[] n = {0};
        library.forEachSummary(c -> n[0] += matcher.test(c) ? 1 : 0);
        return n[0];
    }

    /** A card's row without SillyTavern's part (commands that print one card). */
    static ObjectNode json(CardSummary c) {
        return json(c, SillyTavernState.NONE);
    }

    static ObjectNode json(CardSummary c, SillyTavernState st) {
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
        if (c.isError() || c.permanentTokens() == CardSummary.NOT_COUNTED) {
            o.putNull("tokens"); // an unreadable file, or an index from before token counts, until the next scan
        } else {
            ObjectNode t = o.putObject("tokens");
            t.put("tokenizer", TokenCounter.NAME);
            t.put("permanent", c.permanentTokens());
            t.put("first_message", c.firstMessageTokens());
        }
        putCount(o, "alternate_greetings", c.alternateGreetings());
        putCount(o, "lorebook_entries", c.lorebookEntries());
        o.put("offline", c.offline());
        o.put("error", c.error());
        StSend.listFields(o, st.of(c.id()));
        return o;
    }

    private static void putCount(ObjectNode o, String name, int n) {
        if (n == CardSummary.NOT_COUNTED) {
            o.putNull(name); // unreadable, or indexed before these facts were read
        } else {
            o.put(name, n);
        }
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
