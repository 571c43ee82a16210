package io.github.chargallery.library.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Owns table {@code duplicate_dismissals}: groups the user said are not duplicates. A group's id is made
 * from its cards' contents and files, so a group whose cards change gets a new id and shows again.
 */
public final class DismissalTable {
    private final Db db;

    public DismissalTable(Db db) {
        this.db = db;
    }

    public void add(String groupId, long at) throws SQLException {
        PreparedStatement s = db.statement("INSERT OR REPLACE INTO duplicate_dismissals(group_id, at) VALUES (?, ?)");
        s.setString(1, groupId);
        s.setLong(2, at);
        s.executeUpdate();
    }

    public void remove(String groupId) throws SQLException {
        PreparedStatement s = db.statement("DELETE FROM duplicate_dismissals WHERE group_id = ?");
        s.setString(1, groupId);
        s.executeUpdate();
    }

    public Set<String> all() throws SQLException {
        Set<String> ids = new HashSet<>();
        try (ResultSet rs = db.statement("SELECT group_id FROM duplicate_dismissals").executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}
