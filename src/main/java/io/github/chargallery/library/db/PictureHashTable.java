package io.github.chargallery.library.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Owns table {@code picture_hashes}: the 64-bit dHash of a card file's picture, keyed like a thumbnail by
 * path, size and modification time (a changed file misses). Made with the thumbnail, or by the
 * {@code duplicates} command for files that have none yet.
 */
public final class PictureHashTable {
    private final Db db;

    public PictureHashTable(Db db) {
        this.db = db;
    }

    public void put(String path, long size, long modified, long hash) throws SQLException {
        PreparedStatement s = db.statement("INSERT OR REPLACE INTO picture_hashes(path, size, modified, dhash)"
                + " VALUES (?, ?, ?, ?)");
        s.setString(1, path);
        s.setLong(2, size);
        s.setLong(3, modified);
        s.setLong(4, hash);
        s.executeUpdate();
    }

    /** A file of a live card whose picture has no hash for its current size and date. */
    public record Missing(String path, long size, long modified) {
    }

    /** Up to {@code limit} PNG and CHARX files of live readable cards with no hash for their current version. */
    public List<Missing> missing(int limit) throws SQLException {
        PreparedStatement s = db.statement("SELECT f.path, f.size, f.mtime_ns / 1000000 FROM files f"
                + " JOIN cards c ON c.id = f.card_id LEFT JOIN picture_hashes p ON p.path = f.path"
                + " AND p.size = f.size AND p.modified = f.mtime_ns / 1000000"
                + " WHERE c.orphaned_at IS NULL AND c.error IS NULL AND p.path IS NULL"
                + " AND (lower(f.path) LIKE '%.png' OR lower(f.path) LIKE '%.charx') LIMIT ?");
        s.setInt(1, limit);
        List<Missing> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new Missing(rs.getString(1), rs.getLong(2), rs.getLong(3)));
            }
        }
        return out;
    }
}
