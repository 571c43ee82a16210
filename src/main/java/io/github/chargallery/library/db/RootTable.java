package io.github.chargallery.library.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Owns table {@code roots}: the library folders and whether the last scan could read them. */
public final class RootTable {
    private final Db db;

    public RootTable(Db db) {
        this.db = db;
    }

    /** {@code failure} says why the root is offline (null when online). */
    public record Row(long id, String path, boolean online, String failure, int cardCount) {
    }

    /** The roots with how many cards each holds (counts files: for listing roots, not for a scan). */
    public List<Row> withCounts() throws SQLException {
        return rows(db.statement("SELECT r.id, r.path, r.online, r.failure,"
                + " (SELECT count(DISTINCT card_id) FROM files f WHERE f.root_id = r.id) FROM roots r"
                + " WHERE r.removing = 0 ORDER BY r.id"));
    }

    /** The roots; {@code cardCount} is 0. A root being removed is not one. */
    public List<Row> all() throws SQLException {
        return rows(db.statement("SELECT id, path, online, failure, 0 FROM roots WHERE removing = 0 ORDER BY id"));
    }

    /** Roots the user removed whose rows are not all deleted yet. */
    public List<Long> removing() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = db.statement("SELECT id FROM roots WHERE removing = 1").executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** Marks a root as removed: from now on no scan reads it nor writes its files; its rows go in batches. */
    public void markRemoving(long id) throws SQLException {
        PreparedStatement s = db.statement("UPDATE roots SET removing = 1 WHERE id = ?");
        s.setLong(1, id);
        s.executeUpdate();
    }

    private static List<Row> rows(PreparedStatement s) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getInt(3) != 0, rs.getString(4), rs.getInt(5)));
            }
        }
        return rows;
    }

    /** The root at this path (not one being removed). */
    public Optional<Long> find(String path) throws SQLException {
        PreparedStatement s = db.statement("SELECT id FROM roots WHERE path = ? AND removing = 0");
        s.setString(1, path);
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }

    /** Adds a root unless it is known already. */
    public void add(String path, long now) throws SQLException {
        PreparedStatement s = db.statement("INSERT OR IGNORE INTO roots(path, added_at) VALUES (?, ?)");
        s.setString(1, path);
        s.setLong(2, now);
        s.executeUpdate();
    }

    /** Deletes the root; its file rows go with it (ON DELETE CASCADE). */
    public void delete(long id) throws SQLException {
        PreparedStatement s = db.statement("DELETE FROM roots WHERE id = ?");
        s.setLong(1, id);
        s.executeUpdate();
    }

    public void setOnline(long id, boolean online, String failure) throws SQLException {
        PreparedStatement s = db.statement("UPDATE roots SET online = ?, failure = ? WHERE id = ?");
        s.setInt(1, online ? 1 : 0);
        s.setString(2, failure);
        s.setLong(3, id);
        s.executeUpdate();
    }
}
