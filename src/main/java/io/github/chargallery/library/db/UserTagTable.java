package io.github.chargallery.library.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Owns table {@code user_tags}: tags the user gave a card (case-insensitively unique per card). */
public final class UserTagTable {
    private final Db db;

    public UserTagTable(Db db) {
        this.db = db;
    }

    public void add(long cardId, String tag) throws SQLException {
        PreparedStatement s = db.statement("INSERT OR IGNORE INTO user_tags(card_id, tag) VALUES (?, ?)");
        s.setLong(1, cardId);
        s.setString(2, tag);
        s.executeUpdate();
    }

    public void remove(long cardId, String tag) throws SQLException {
        PreparedStatement s = db.statement("DELETE FROM user_tags WHERE card_id = ? AND tag = ?");
        s.setLong(1, cardId);
        s.setString(2, tag);
        s.executeUpdate();
    }

    public List<String> of(long cardId) throws SQLException {
        PreparedStatement s = db.statement("SELECT tag FROM user_tags WHERE card_id = ? ORDER BY tag");
        s.setLong(1, cardId);
        List<String> tags = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                tags.add(rs.getString(1));
            }
        }
        return tags;
    }

    /** Gives {@code to} every tag of {@code from} (used when a card's file forks into a new card). */
    public void copy(long from, long to) throws SQLException {
        PreparedStatement s = db.statement("INSERT OR IGNORE INTO user_tags(card_id, tag)"
                + " SELECT ?, tag FROM user_tags WHERE card_id = ?");
        s.setLong(1, to);
        s.setLong(2, from);
        s.executeUpdate();
    }
}
