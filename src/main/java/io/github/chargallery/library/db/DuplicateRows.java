package io.github.chargallery.library.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.function.Consumer;

/**
 * Reads what finding duplicates needs, in two passes so that the whole library costs only what matching
 * needs: first five columns per file of every card a user sees ({@link Key}: content, name, creator,
 * picture hash), then everything a group shows ({@link Row}) for the few cards that are in a group.
 * Error rows (unreadable files) are left out. Card ids are passed as one JSON array (json_each): one
 * prepared statement whatever their number.
 */
public final class DuplicateRows {
    private static final String FROM = " FROM cards c CROSS JOIN files f ON f.card_id = c.id"
            + " LEFT JOIN card_facts x %s ON x.hash = c.hash"
            + " LEFT JOIN picture_hashes p ON p.path = f.path AND p.size = f.size AND p.modified = f.mtime_ns / 1000000"
            + " WHERE c.orphaned_at IS NULL AND c.error IS NULL";
    /**
     * The keys need only the canonical hash of card_facts: its narrow index covers that (0.8x the time of the
     * keys read at 50k cards); without statistics SQLite would take the wide primary key instead (see Schema).
     */
    private static final String KEYS = "SELECT c.id, coalesce(x.canonical, 'raw:' || c.hash), c.name, c.creator,"
            + " p.dhash" + FROM.formatted("INDEXED BY card_facts_keys");
    private static final String ORDER = " ORDER BY c.id, f.id";
    private static final String IDS = " AND c.id IN (SELECT value FROM json_each(?))";
    private static final String ROWS = "SELECT c.id, c.hash, c.name, c.creator, c.favorite, c.card_date,"
            + " f.path, f.size, f.mtime_ns, x.canonical, x.version, x.greetings, x.lorebook, x.created, x.modified,"
            + " x.fields, p.dhash,"
            + " (SELECT group_concat(tag, char(31)) FROM user_tags u WHERE u.card_id = c.id)" + FROM.formatted("") + IDS + ORDER;

    private final Db db;

    public DuplicateRows(Db db) {
        this.db = db;
    }

    /**
     * One file of a card, as matching sees it.
     *
     * @param canonical the card's canonical JSON hash; {@code raw:} and its content hash for a card indexed
     *                  before facts were kept
     * @param dhash     the file's picture hash, null when not computed (yet)
     */
    public record Key(long cardId, String canonical, String name, String creator, Long dhash) {
    }

    /** One file of a card; {@code canonical} is null for a card indexed before facts were kept. */
    public record Row(long cardId, String hash, String name, String creator, boolean favorite, Long cardDate,
                      String path, long size, long mtimeNs, String canonical, String version, int greetings,
                      int lorebook, Long created, Long modified, String fields, Long dhash, String userTags) {
    }

    /** Every file of every live card, by card id. */
    public void keys(Consumer<Key> each) throws SQLException {
        keys(db.statement(KEYS + ORDER), each);
    }

    /** The files of these cards that are live (a card gone or unreadable now has none). */
    public void keys(Collection<Long> cardIds, Consumer<Key> each) throws SQLException {
        PreparedStatement s = db.statement(KEYS + IDS + ORDER);
        s.setString(1, json(cardIds));
        keys(s, each);
    }

    private static void keys(PreparedStatement s, Consumer<Key> each) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                each.accept(new Key(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        nullableLong(rs, 5)));
            }
        }
    }

    /** Everything shown of these cards, one row per file, by card id then file. */
    public void rows(Collection<Long> cardIds, Consumer<Row> each) throws SQLException {
        PreparedStatement s = db.statement(ROWS);
        s.setString(1, json(cardIds));
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                each.accept(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5) != 0, nullableLong(rs, 6), rs.getString(7), rs.getLong(8), rs.getLong(9),
                        rs.getString(10), rs.getString(11), rs.getInt(12), rs.getInt(13), nullableLong(rs, 14),
                        nullableLong(rs, 15), rs.getString(16), nullableLong(rs, 17), rs.getString(18)));
            }
        }
    }

    private static String json(Collection<Long> ids) {
        StringBuilder sb = new StringBuilder(ids.size() * 7 + 2).append('[');
        for (long id : ids) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append(id);
        }
        return sb.append(']').toString();
    }

    private static Long nullableLong(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }
}
