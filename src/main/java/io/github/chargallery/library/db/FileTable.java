package io.github.chargallery.library.db;

import io.github.chargallery.card.FileNames;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Owns table {@code files}: one row per card file on disk, with the size and modification time seen
 * by the scan that last checked it ({@code checkedNs}, for the racy-file rule).
 */
public final class FileTable {
    private final Db db;
    /** Counts changes to this table through this connection, so a reader can tell its copy is current. */
    private volatile long version;

    public FileTable(Db db) {
        this.db = db;
    }

    public long version() {
        return version;
    }

    /** Records a change made to the table indirectly (rows deleted by a cascade). */
    public void changed() {
        version++;
    }

    public record Row(long id, long rootId, String path, long size, long mtimeNs, long checkedNs, long cardId) {
    }

    private static final String COLUMNS = "id, root_id, path, size, mtime_ns, checked_ns, card_id";

    public List<Row> all() throws SQLException {
        return rows(db.statement("SELECT " + COLUMNS + " FROM files"));
    }

    public Optional<Row> byPath(String path) throws SQLException {
        PreparedStatement s = db.statement("SELECT " + COLUMNS + " FROM files WHERE path = ?");
        s.setString(1, path);
        List<Row> rows = rows(s);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public List<Row> byRoot(long rootId) throws SQLException {
        PreparedStatement s = db.statement("SELECT " + COLUMNS + " FROM files WHERE root_id = ?");
        s.setLong(1, rootId);
        return rows(s);
    }

    /** Paths of a card's files, those under online roots first. */
    public List<Path> pathsOf(long cardId) throws SQLException {
        PreparedStatement s = db.statement("SELECT f.path FROM files f JOIN roots r ON r.id = f.root_id"
                + " WHERE f.card_id = ? ORDER BY r.online DESC, f.id");
        s.setLong(1, cardId);
        List<Path> paths = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                paths.add(FileNames.path(rs.getString(1)));
            }
        }
        return paths;
    }

    private static List<Row> rows(PreparedStatement s) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7)));
            }
        }
        return rows;
    }

    /**
     * What identifies a file apart from its path and content: the file system's key for it (device and
     * inode) and, for an unreadable file, the hash of its size and first and last 100 KB. Either may be null.
     */
    public record Identity(String fileKey, String partialHash) {
        public static final Identity NONE = new Identity(null, null);
    }

    public void insert(long rootId, String path, long size, long mtimeNs, long checkedNs, long cardId, Identity identity)
            throws SQLException {
        version++;
        PreparedStatement s = db.statement("INSERT INTO files(root_id, path, size, mtime_ns, checked_ns, card_id,"
                + " file_key, partial_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        s.setLong(1, rootId);
        s.setString(2, path);
        s.setLong(3, size);
        s.setLong(4, mtimeNs);
        s.setLong(5, checkedNs);
        s.setLong(6, cardId);
        s.setString(7, identity.fileKey());
        s.setString(8, identity.partialHash());
        s.executeUpdate();
    }

    public void update(long id, long rootId, long size, long mtimeNs, long checkedNs, long cardId, Identity identity)
            throws SQLException {
        version++;
        PreparedStatement s = db.statement("UPDATE files SET root_id = ?, size = ?, mtime_ns = ?, checked_ns = ?,"
                + " card_id = ?, file_key = ?, partial_hash = ? WHERE id = ?");
        s.setLong(1, rootId);
        s.setLong(2, size);
        s.setLong(3, mtimeNs);
        s.setLong(4, checkedNs);
        s.setLong(5, cardId);
        s.setString(6, identity.fileKey());
        s.setString(7, identity.partialHash());
        s.setLong(8, id);
        s.executeUpdate();
    }

    /** The identity stored for a file row (NONE when the row is gone). */
    public Identity identity(long id) throws SQLException {
        PreparedStatement s = db.statement("SELECT file_key, partial_hash FROM files WHERE id = ?");
        s.setLong(1, id);
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? new Identity(rs.getString(1), rs.getString(2)) : Identity.NONE;
        }
    }

    public void delete(long id) throws SQLException {
        version++;
        PreparedStatement s = db.statement("DELETE FROM files WHERE id = ?");
        s.setLong(1, id);
        s.executeUpdate();
    }

    public int countForCard(long cardId) throws SQLException {
        PreparedStatement s = db.statement("SELECT count(*) FROM files WHERE card_id = ?");
        s.setLong(1, cardId);
        try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Up to {@code limit} file rows under this root: id and card id (for deleting a root in batches). */
    public List<long[]> someUnderRoot(long rootId, int limit) throws SQLException {
        PreparedStatement s = db.statement("SELECT id, card_id FROM files WHERE root_id = ? LIMIT ?");
        s.setLong(1, rootId);
        s.setInt(2, limit);
        List<long[]> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        return rows;
    }

    /** Files under online roots whose card is an error row (could not be read). */
    public int unreadableUnderOnlineRoots() throws SQLException {
        try (ResultSet rs = db.statement("SELECT count(*) FROM files f JOIN roots r ON r.id = f.root_id"
                + " JOIN cards c ON c.id = f.card_id WHERE r.online != 0 AND c.error IS NOT NULL").executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Distinct cards with at least one file under this root. */
    public List<Long> cardIdsUnderRoot(long rootId) throws SQLException {
        PreparedStatement s = db.statement("SELECT DISTINCT card_id FROM files WHERE root_id = ?");
        s.setLong(1, rootId);
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
