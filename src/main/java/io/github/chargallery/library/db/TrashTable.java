package io.github.chargallery.library.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Owns table {@code trash_log}: every file the gallery moved to the trash, where it went and whether it was
 * put back, for {@code trash --list}, "Recently trashed" and undo. Paths are stored as {@code FileNames.text}.
 */
public final class TrashTable {
    private final Db db;

    public TrashTable(Db db) {
        this.db = db;
    }

    /**
     * One logged move. {@code trashed}/{@code info} are null when the system trash does not say where the file
     * went; {@code cardId} is the card the file held then (null for a file the index did not know).
     */
    public record Row(long id, String original, String trashed, String info, String trash, long at, Long cardId,
                      String name, Long restoredAt, String restoredTo) {
    }

    private static final String COLUMNS = "id, original, trashed, info, trash, at, card_id, name, restored_at,"
            + " restored_to";

    public long insert(String original, String trashed, String info, String trash, long at, Long cardId, String name)
            throws SQLException {
        PreparedStatement s = db.statement("INSERT INTO trash_log(original, trashed, info, trash, at, card_id, name)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)");
        s.setString(1, original);
        s.setString(2, trashed);
        s.setString(3, info);
        s.setString(4, trash);
        s.setLong(5, at);
        if (cardId == null) {
            s.setNull(6, Types.INTEGER);
        } else {
            s.setLong(6, cardId);
        }
        s.setString(7, name);
        s.executeUpdate();
        try (ResultSet rs = db.statement("SELECT last_insert_rowid()").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public void markRestored(long id, long at, String restoredTo) throws SQLException {
        PreparedStatement s = db.statement("UPDATE trash_log SET restored_at = ?, restored_to = ? WHERE id = ?");
        s.setLong(1, at);
        s.setString(2, restoredTo);
        s.setLong(3, id);
        s.executeUpdate();
    }

    /** Newest first. */
    public List<Row> all() throws SQLException {
        return rows(db.statement("SELECT " + COLUMNS + " FROM trash_log ORDER BY at DESC, id DESC"));
    }

    /** The newest move of this original path not restored yet, if any. */
    public List<Row> pending(String original) throws SQLException {
        PreparedStatement s = db.statement("SELECT " + COLUMNS + " FROM trash_log WHERE original = ?"
                + " AND restored_at IS NULL ORDER BY at DESC, id DESC");
        s.setString(1, original);
        return rows(s);
    }

    public List<Row> byId(long id) throws SQLException {
        PreparedStatement s = db.statement("SELECT " + COLUMNS + " FROM trash_log WHERE id = ?");
        s.setLong(1, id);
        return rows(s);
    }

    private static List<Row> rows(PreparedStatement s) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long card = rs.getLong(7);
                Long cardId = rs.wasNull() ? null : card;
                long restored = rs.getLong(9);
                Long restoredAt = rs.wasNull() ? null : restored;
                rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6), cardId, rs.getString(8), restoredAt, rs.getString(10)));
            }
        }
        return rows;
    }
}
