package io.github.chargallery.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.library.CardQuery;
import io.github.chargallery.library.CardQueryJson;
import io.github.chargallery.library.CollectionException;
import io.github.chargallery.library.Collections;
import io.github.chargallery.library.Library;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code collection create|add|remove|delete|rename|list}: the user's named sets of cards, kept in the index
 * (the card files are not changed; deleting a collection deletes no card).
 */
final class CollectionCommand {
    static final Command COMMAND = new Command("collection", "create|add|remove|delete|rename|list [NAME] [FILE...]",
            "Collections of cards: create NAME, add NAME FILE..., remove NAME FILE..., delete NAME,"
                    + " rename OLD NEW, list [NAME] (without NAME the collections and their counts; with NAME"
                    + " its cards, as list prints them).",
            List.of(Command.DATA_DIR, Command.JSON), CollectionCommand::run);

    private CollectionCommand() {
    }

    static int run(Args a, PrintStream out, PrintStream err) throws UsageException {
        if (a.words.isEmpty()) {
            throw new UsageException("collection needs an action: create, add, remove, delete, rename or list");
        }
        String action = a.words.get(0);
        int names = switch (action) {
            case "create", "delete" -> exactly(a, 2, action + " takes one collection name");
            case "rename" -> exactly(a, 3, "rename takes the collection's name and its new name");
            case "add", "remove" -> {
                if (a.words.size() < 3) {
                    throw new UsageException(action + " takes a collection name and one or more card files");
                }
                yield 2;
            }
            case "list" -> {
                if (a.words.size() > 2) {
                    throw new UsageException("list takes at most one collection name");
                }
                yield a.words.size();
            }
            default -> throw new UsageException("unknown collection action: " + action
                    + " (create, add, remove, delete, rename or list)");
        };
        boolean json = a.flag(Command.JSON.name());
        try (Library library = action.equals("list") ? LibraryArgs.openForReading(a) : LibraryArgs.open(a)) {
            Collections collections = library.collections();
            String name = names > 1 ? a.words.get(1) : null;
            return switch (action) {
                case "create" -> {
                    Collections.Info c = collections.create(name);
                    out.println("created collection " + c.name());
                    yield 0;
                }
                case "delete" -> {
                    Collections.Info c = collections.get(name);
                    collections.delete(name);
                    out.println("deleted collection " + c.name() + " (its " + c.count() + " cards stay in the library)");
                    yield 0;
                }
                case "rename" -> {
                    Collections.Info c = collections.rename(name, a.words.get(2));
                    out.println("renamed collection " + name.strip() + " to " + c.name());
                    yield 0;
                }
                case "add", "remove" -> members(a, library, action.equals("add"), name, out, err);
                default -> list(library, name, json, out);
            };
        } catch (CollectionException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static int exactly(Args a, int n, String message) throws UsageException {
        if (a.words.size() != n) {
            throw new UsageException(message);
        }
        return n;
    }

    /** Adds or removes the cards of the files, all in one transaction; a file the index does not know: exit 1. */
    private static int members(Args a, Library library, boolean add, String name, PrintStream out, PrintStream err)
            throws UsageException {
        Collections.Info c = library.collections().get(name); // an unknown name before any file is looked at
        Set<Long> ids = new LinkedHashSet<>();
        List<Path> unknown = new ArrayList<>();
        for (int k = 2; k < a.words.size(); k++) {
            Path file = LibraryArgs.path(a, k);
            Optional<Long> id = library.cardIdOf(file);
            if (id.isPresent()) {
                ids.add(id.get());
            } else {
                unknown.add(file);
            }
        }
        int changed = add ? library.collections().add(name, ids) : library.collections().remove(name, ids);
        out.println((add ? "added " + changed + " cards to " : "removed " + changed + " cards from ") + c.name()
                + (ids.size() > changed ? " (" + (ids.size() - changed) + (add ? " were in it already)"
                : " were not in it)") : ""));
        for (Path f : unknown) {
            err.println("not in the index: " + FileNames.display(f) + " (run index on its folder first)");
        }
        return unknown.isEmpty() ? 0 : 1;
    }

    private static int list(Library library, String name, boolean json, PrintStream out) {
        if (name != null) {
            Collections.Info c = library.collections().get(name);
            CardQuery q = c.smart() ? c.view().query() : CardQuery.ALL.withCollection(c.id());
            ListCommand.print(library, q, json, out);
            return 0;
        }
        List<Collections.Info> all = library.collections().list();
        if (json) {
            List<ObjectNode> rows = new ArrayList<>();
            for (Collections.Info c : all) {
                ObjectNode o = Json.object();
                o.put("id", c.id());
                o.put("name", c.name());
                o.put("smart", c.smart());
                if (c.smart()) {
                    o.put("count", ListCommand.count(library, c.view().query()));
                    o.set("view", readTree(CardQueryJson.write(c.view())));
                } else {
                    o.put("count", c.count());
                }
                rows.add(o);
            }
            Json.printLines(rows, out);
        } else {
            for (Collections.Info c : all) {
                int n = c.smart() ? ListCommand.count(library, c.view().query()) : c.count();
                out.println(c.name() + "\t" + n + (c.smart() ? "\tsmart" : ""));
            }
        }
        out.flush();
        return 0;
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
