package io.github.chargallery.library.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Owns tables {@code kept_user_data} and {@code kept_collections}: favourites, tags and collection memberships
 * saved from a damaged index by card hash, waiting for the rebuilt index to find their card again.
 */
public final class KeptUserDataTable {
    private final Db db;

    public KeptUserDataTable(Db db) {
        this.db = db;
    }

    /** @param collections names of the (plain) collections the card was in */
    public record Kept(String hash, boolean favorite, List<String> tags, List<String> collections) {
        public Kept {
            tags = List.copyOf(tags);
            collections = List.copyOf(collections);
        }

        public Kept(String hash, boolean favorite, List<String> tags) {
            this(hash, favorite, tags, List.of());
        }

        /** As the table stores it: tags joined by newlines (a one-line field cannot hold one). */
        public static Kept stored(String hash, boolean favorite, String tags) {
            return new Kept(hash, favorite, tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split("\n")));
        }

        public Kept withCollections(List<String> names) {
            return new Kept(hash, favorite, tags, names);
        }
    }

    public void put(Kept kept) throws SQLException {
        PreparedStatement s = db.statement("INSERT INTO kept_user_data(hash, favorite, tags) VALUES (?, ?, ?)"
                + " ON CONFLICT(hash) DO UPDATE SET favorite = excluded.favorite, tags = excluded.tags");
        s.setString(1, kept.hash());
        s.setInt(2, kept.favorite() ? 1 : 0);
        s.setString(3, String.join("\n", kept.tags()));
        s.executeUpdate();
        PreparedStatement c = db.statement("INSERT OR IGNORE INTO kept_collections(hash, name) VALUES (?, ?)");
        for (String name : kept.collections()) {
            c.setString(1, kept.hash());
            c.setString(2, name);
            c.executeUpdate();
        }
    }

    /** The collection names each waiting card was in, by hash (for a second rebuild's export). */
    public static final String ALL_COLLECTIONS = "SELECT hash, name FROM kept_collections ORDER BY hash, name";

    /** The saved data for this card, removed from the table: it is given back once. */
    public Optional<Kept> take(String hash) throws SQLException {
        PreparedStatement s = db.statement("SELECT favorite, tags FROM kept_user_data WHERE hash = ?");
        s.setString(1, hash);
        Kept kept;
        try (ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            kept = Kept.stored(hash, rs.getInt(1) != 0, rs.getString(2));
        }
        PreparedStatement c = db.statement("SELECT name FROM kept_collections WHERE hash = ? ORDER BY name");
        c.setString(1, hash);
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        for (String table : List.of("kept_user_data", "kept_collections")) {
            PreparedStatement d = db.statement("DELETE FROM " + table + " WHERE hash = ?");
            d.setString(1, hash);
            d.executeUpdate();
        }
        return Optional.of(kept.withCollections(names));
    }
}
