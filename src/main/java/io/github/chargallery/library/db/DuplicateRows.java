package io.github.chargallery.library.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * Reads what finding duplicates needs in one pass: one row per file of every card a user sees, with the
 * card's facts and the file's picture hash when known. Error rows (unreadable files) are left out.
 */
public final class DuplicateRows {
    private static final String SELECT = "SELECT c.id, c.hash, c.name, c.creator, c.favorite, c.card_date,"
            + " f.path, f.size, f.mtime_ns, x.canonical, x.version, x.greetings, x.lorebook, x.created, x.modified,"
            + " x.fields, p.dhash,"
            + " (SELECT group_concat(tag, char(31)) FROM user_tags u WHERE u.card_id = c.id)"
            + " FROM cards c CROSS JOIN files f ON f.card_id = c.id"
            + " LEFT JOIN card_facts x ON x.hash = c.hash"
            + " LEFT JOIN picture_hashes p ON p.path = f.path AND p.size = f.size AND p.modified = f.mtime_ns / 1000000"
            + " WHERE c.orphaned_at IS NULL AND c.error IS NULL ORDER BY c.id, f.id";

    private final Db db;

    public DuplicateRows(Db db) {
        this.db = db;
    }

    /** One file of a card; {@code canonical} is null for a card indexed before facts were kept. */
    public record Row(long cardId, String hash, String name, String creator, boolean favorite, Long cardDate,
                      String path, long size, long mtimeNs, String canonical, String version, int greetings,
                      int lorebook, Long created, Long modified, String fields, Long dhash, String userTags) {
    }

    public void forEach(Consumer<Row> each) throws SQLException {
        try (ResultSet rs = db.statement(SELECT).executeQuery()) {
            while (rs.next()) {
                each.accept(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5) != 0, nullableLong(rs, 6), rs.getString(7), rs.getLong(8), rs.getLong(9),
                        rs.getString(10), rs.getString(11), rs.getInt(12), rs.getInt(13), nullableLong(rs, 14),
                        nullableLong(rs, 15), rs.getString(16), nullableLong(rs, 17), rs.getString(18)));
            }
        }
    }

    private static Long nullableLong(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }
}
