package io.github.chargallery.library.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Owns table {@code thumbnails}: image bytes keyed by file path + size + mtime (a changed file misses). */
public final class ThumbnailTable {
    private final Db db;

    public ThumbnailTable(Db db) {
        this.db = db;
    }

    public Optional<byte[]> get(String path, long size, long modified) throws SQLException {
        PreparedStatement s = db.statement("SELECT image FROM thumbnails WHERE path = ? AND size = ? AND modified = ?");
        s.setString(1, path);
        s.setLong(2, size);
        s.setLong(3, modified);
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
        }
    }

    /** Stores the thumbnail, dropping older ones of the same path (they can never be hit again). */
    public void put(String path, long size, long modified, byte[] image) throws SQLException {
        PreparedStatement d = db.statement("DELETE FROM thumbnails WHERE path = ?");
        d.setString(1, path);
        d.executeUpdate();
        PreparedStatement s = db.statement("INSERT INTO thumbnails(path, size, modified, image) VALUES (?, ?, ?, ?)");
        s.setString(1, path);
        s.setLong(2, size);
        s.setLong(3, modified);
        s.setBytes(4, image);
        s.executeUpdate();
    }
}
