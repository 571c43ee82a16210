package io.github.chargallery.library.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Owns table {@code kept_user_data}: favourites and tags saved from a damaged index by card hash, waiting
 * for the rebuilt index to find their card again.
 */
public final class KeptUserDataTable {
    private final Db db;

    public KeptUserDataTable(Db db) {
        this.db = db;
    }

    public record Kept(String hash, boolean favorite, List<String> tags) {
        public Kept {
            tags = List.copyOf(tags);
        }

        /** As the table stores it: tags joined by newlines (a one-line field cannot hold one). */
        public static Kept stored(String hash, boolean favorite, String tags) {
            return new Kept(hash, favorite, tags.isEmpty() ? List.of() : Arrays.asList(tags.split("\n")));
        }

        String storedTags() {
            return String.join("\n", tags);
        }
    }

    public void put(Kept kept) throws SQLException {
        PreparedStatement s = db.statement("INSERT INTO kept_user_data(hash, favorite, tags) VALUES (?, ?, ?)"
                + " ON CONFLICT(hash) DO UPDATE SET favorite = excluded.favorite, tags = excluded.tags");
        s.setString(1, kept.hash());
        s.setInt(2, kept.favorite() ? 1 : 0);
        s.setString(3, kept.storedTags());
        s.executeUpdate();
    }

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
        PreparedStatement d = db.statement("DELETE FROM kept_user_data WHERE hash = ?");
        d.setString(1, hash);
        d.executeUpdate();
        return Optional.of(kept);
    }
}
