package io.github.chargallery.library;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.chargallery.card.AtomicFiles;
import io.github.chargallery.library.db.KeptUserDataTable;
import io.github.chargallery.library.db.KeptUserDataTable.Kept;
import io.github.chargallery.library.db.Store;
import org.sqlite.SQLiteConfig;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds an index that cannot be used (damaged, or written by a newer app), losing nothing: what can
 * still be read of it (folders, favourites, tags, collections, settings) is exported to a JSON file, the old file is
 * moved aside (never deleted), and a new index starts with the same folders and collections. Favourites,
 * tags and collection memberships come back on their cards as the next sync finds them again (by content hash, as after a move).
 */
public final class IndexRescue {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /**
     * @param movedTo  where the old index file now is
     * @param export   the exported user data, or null when nothing could be read
     * @param problems what could not be read from the old file (one line each)
     */
    public record Result(Path movedTo, Path export, int folders, int favorites, int taggedCards,
                         List<String> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /** What was read from the old file. */
    private record Saved(List<String> roots, Map<String, Kept> cards, Map<String, List<String>> files,
                         Map<String, String> names, Map<String, String> settings, List<SavedCollection> collections,
                         List<String> problems) {
    }

    /** A collection as read from the old file; its members wait by hash in the cards' {@link Kept}. */
    private record SavedCollection(String name, long created, String smartQuery) {
    }

    private IndexRescue() {
    }

    /** Runs on a background thread; the index must not be open in this process. */
    public static Result rebuild(Path dataDir, boolean newer) {
        FxThreadGuard.check();
        Path db = dataDir.resolve(Library.DATABASE_FILE);
        String stamp = LocalDateTime.now().format(STAMP);
        Saved saved = read(db);
        Path export = null;
        boolean anything = !saved.roots().isEmpty() || !saved.cards().isEmpty() || !saved.settings().isEmpty()
                || !saved.collections().isEmpty();
        try {
            if (anything) {
                export = writeExport(dataDir, stamp, saved);
            }
            // The new index is made complete under another name first, then the two renames: a crash
            // leaves either the old file in place or the new one, never a bare empty index.
            Path fresh = dataDir.resolve("library-rebuilding.db");
            for (String side : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(dataDir.resolve(fresh.getFileName() + side)); // an earlier attempt's, ours
            }
            try (Store store = Store.open(fresh)) {
                long now = System.currentTimeMillis();
                store.db.write(() -> {
                    for (String r : saved.roots()) {
                        store.roots.add(r, now);
                    }
                    for (Map.Entry<String, String> e : saved.settings().entrySet()) {
                        store.settings.put(e.getKey(), e.getValue());
                    }
                    for (SavedCollection l : saved.collections()) {
                        store.collections.create(l.name(), l.created(), l.smartQuery());
                    }
                    for (Kept k : saved.cards().values()) {
                        store.kept.put(k);
                    }
                    return null;
                });
            }
            Path moved = moveAside(db, (newer ? "library-newer-" : "library-damaged-") + stamp);
            moveWithSides(fresh, db); // its side files are normally gone once the store closed
            int favorites = (int) saved.cards().values().stream().filter(Kept::favorite).count();
            int tagged = (int) saved.cards().values().stream().filter(k -> !k.tags().isEmpty()).count();
            return new Result(moved, export, saved.roots().size(), favorites, tagged, saved.problems());
        } catch (IOException e) {
            throw new LibraryException("cannot rebuild the library index in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Reads each part on its own, so a damaged table does not lose the others. */
    private static Saved read(Path db) {
        List<String> problems = new ArrayList<>();
        List<String> roots = new ArrayList<>();
        Map<String, Kept> cards = new LinkedHashMap<>();
        Map<String, List<String>> files = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>();
        List<SavedCollection> collections = new ArrayList<>();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
            query(c, "folders", "SELECT path FROM roots ORDER BY id", rs -> roots.add(rs.getString(1)), problems);
            long lastCard = lastCardId(c);
            // In id order from where the last read stopped: a damaged page costs its own rows, not those after it.
            byIds(c, "favourites", "SELECT id, hash, name FROM cards WHERE id > ? AND favorite = 1 ORDER BY id LIMIT 500",
                    lastCard, rs -> {
                        cards.put(rs.getString(2), new Kept(rs.getString(2), true, List.of()));
                        names.put(rs.getString(2), rs.getString(3));
                    }, problems);
            Map<Long, List<String>> tagsById = new LinkedHashMap<>();
            query(c, "your tags", "SELECT card_id, tag FROM user_tags ORDER BY card_id, tag",
                    rs -> tagsById.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2)), problems);
            int lost = 0;
            for (Map.Entry<Long, List<String>> e : tagsById.entrySet()) {
                try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT hash, name, favorite FROM cards WHERE id = ?")) {
                    ps.setLong(1, e.getKey());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            String hash = rs.getString(1);
                            Kept k = cards.getOrDefault(hash, new Kept(hash, rs.getInt(3) != 0, List.of()));
                            List<String> tags = new ArrayList<>(k.tags());
                            tags.addAll(e.getValue());
                            cards.put(hash, new Kept(hash, k.favorite(), tags));
                            names.put(hash, rs.getString(2));
                        }
                    }
                } catch (SQLException damaged) {
                    lost++;
                }
            }
            if (lost > 0) {
                problems.add("your tags of " + lost + " cards could not be read (their part of the file is damaged)");
            }
            if (hasTable(c, "collections")) {
                readCollections(c, cards, names, collections, problems);
            }
            // saved by an earlier rebuild and still waiting for their cards (a folder that was offline)
            if (hasTable(c, "kept_user_data")) {
                query(c, "favourites and tags still waiting from an earlier rebuild",
                        "SELECT hash, favorite, tags FROM kept_user_data", rs -> cards.putIfAbsent(rs.getString(1),
                                Kept.stored(rs.getString(1), rs.getInt(2) != 0, rs.getString(3))), problems);
            }
            if (hasTable(c, "kept_collections")) {
                query(c, "collections still waiting from an earlier rebuild", KeptUserDataTable.ALL_COLLECTIONS, rs -> {
                    Kept k = cards.getOrDefault(rs.getString(1), new Kept(rs.getString(1), false, List.of()));
                    if (!k.collections().contains(rs.getString(2))) {
                        List<String> in = new ArrayList<>(k.collections());
                        in.add(rs.getString(2));
                        cards.put(k.hash(), k.withCollections(in));
                    }
                }, problems);
            }
            query(c, "file names", "SELECT c.hash, f.path FROM files f JOIN cards c ON c.id = f.card_id"
                    + " WHERE c.favorite = 1 OR c.id IN (SELECT card_id FROM user_tags)"
                    + (hasTable(c, "collections") ? " OR c.id IN (SELECT card_id FROM collection_members)" : ""),
                    rs -> files.computeIfAbsent(rs.getString(1), h -> new ArrayList<>()).add(rs.getString(2)), problems);
            query(c, "settings", "SELECT key, value FROM settings", rs -> settings.put(rs.getString(1),
                    rs.getString(2)), problems);
        } catch (SQLException e) {
            problems.add("the file could not be opened: " + e.getMessage());
        }
        return new Saved(roots, cards, files, names, settings, collections, problems);
    }

    /** The collections, and each member's collection names added to its card's {@link Kept}. */
    private static void readCollections(Connection c, Map<String, Kept> cards, Map<String, String> names,
                                        List<SavedCollection> collections, List<String> problems) {
        query(c, "collections", "SELECT name, created, smart_query FROM collections ORDER BY id",
                rs -> collections.add(new SavedCollection(rs.getString(1), rs.getLong(2), rs.getString(3))), problems);
        query(c, "collection members", "SELECT c.hash, c.name, c.favorite, l.name FROM collection_members m"
                + " JOIN cards c ON c.id = m.card_id JOIN collections l ON l.id = m.collection_id"
                + " ORDER BY c.id, l.name", rs -> {
                    String hash = rs.getString(1);
                    Kept k = cards.getOrDefault(hash, new Kept(hash, rs.getInt(3) != 0, List.of()));
                    List<String> in = new ArrayList<>(k.collections());
                    in.add(rs.getString(4));
                    cards.put(hash, k.withCollections(in));
                    names.put(hash, rs.getString(2));
                }, problems);
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** The highest card id ever given (cards.id is AUTOINCREMENT), or the highest there is. */
    private static long lastCardId(Connection c) {
        for (String sql : List.of("SELECT seq FROM sqlite_sequence WHERE name = 'cards'", "SELECT max(id) FROM cards")) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            } catch (SQLException damaged) {
                // try the next way
            }
        }
        return Long.MAX_VALUE;
    }

    /**
     * Reads rows in id order ({@code sql} takes the last id read and returns the id first), stepping over
     * ids whose part of the file cannot be read, one at a time, up to {@code last}.
     */
    private static void byIds(Connection c, String what, String sql, long last, RowReader reader, List<String> problems) {
        long after = 0;
        int failures = 0;
        int skipped = 0;
        String first = null;
        while (after < last && failures < 100_000) {
            int read = 0;
            try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, after);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getLong(1);
                        reader.read(rs);
                        read++;
                    }
                }
                failures = 0;
                if (read == 0) {
                    break;
                }
            } catch (SQLException e) {
                first = first == null ? e.getMessage() : first;
                failures++;
                skipped++;
                after++; // past the id that could not be read
            }
        }
        if (first != null) {
            problems.add(what + " could not all be read (some may be missing; " + skipped
                    + " unreadable ids were skipped): " + first);
        }
    }

    private static boolean hasTable(Connection c, String name) {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '" + name + "'")) {
            return rs.next();
        } catch (SQLException e) {
            return false;
        }
    }

    private static void query(Connection c, String what, String sql, RowReader reader, List<String> problems) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                reader.read(rs);
            }
        } catch (SQLException e) {
            problems.add(what + " could not be read (some may be missing): " + e.getMessage());
        }
    }

    private static Path writeExport(Path dataDir, String stamp, Saved saved) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("exported", stamp);
        doc.put("folders", saved.roots());
        List<Map<String, Object>> cards = new ArrayList<>();
        for (Kept k : saved.cards().values()) {
            Map<String, Object> card = new LinkedHashMap<>();
            card.put("name", saved.names().get(k.hash()));
            card.put("hash", k.hash());
            card.put("favorite", k.favorite());
            card.put("tags", k.tags());
            card.put("collections", k.collections());
            card.put("files", saved.files().getOrDefault(k.hash(), List.of()));
            cards.add(card);
        }
        doc.put("cards", cards);
        List<Map<String, Object>> collections = new ArrayList<>();
        for (SavedCollection l : saved.collections()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", l.name());
            one.put("created", l.created());
            one.put("smart_query", l.smartQuery());
            collections.add(one);
        }
        doc.put("collections", collections);
        doc.put("settings", saved.settings());
        doc.put("problems", saved.problems());
        byte[] json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(doc);
        return AtomicFiles.writeNew(dataDir, "library-export-" + stamp + ".json", out -> out.write(json));
    }

    /** Moves the database and its side files to the first free name {@code base[-n].db}. */
    private static Path moveAside(Path db, String base) throws IOException {
        Path dir = db.toAbsolutePath().getParent();
        for (int n = 1; ; n++) {
            Path target = dir.resolve(base + (n == 1 ? "" : "-" + n) + ".db");
            if (Files.exists(target)) {
                continue;
            }
            try {
                moveWithSides(db, target);
            } catch (FileAlreadyExistsException raced) {
                continue;
            }
            return target;
        }
    }

    /** Moves a database file with its WAL and shared-memory files (the WAL holds committed data). */
    private static void moveWithSides(Path from, Path to) throws IOException {
        Files.move(from, to);
        for (String side : List.of("-wal", "-shm")) {
            Path f = from.resolveSibling(from.getFileName() + side);
            if (Files.exists(f)) {
                Files.move(f, to.resolveSibling(to.getFileName() + side));
            }
        }
    }
}
