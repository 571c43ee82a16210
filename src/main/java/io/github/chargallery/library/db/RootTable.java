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
                + " (SELECT count(DISTINCT card_id) FROM files f WHERE f.root_id = r.id) FROM roots r ORDER BY r.id"));
    }

    /** The roots; {@code cardCount} is 0. */
    public List<Row> all() throws SQLException {
        return rows(db.statement("SELECT id, path, online, failure, 0 FROM roots ORDER BY id"));
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

    public Optional<Long> find(String path) throws SQLException {
        PreparedStatement s = db.statement("SELECT id FROM roots WHERE path = ?");
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
