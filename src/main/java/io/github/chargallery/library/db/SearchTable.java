package io.github.chargallery.library.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Owns the FTS5 table {@code card_search} (rowid = card id): name, creator, card and user tags,
 * description and creator notes, accent- and case-insensitive. Written by the same transactions as
 * {@code cards}.
 */
public final class SearchTable {
    private final Db db;

    public SearchTable(Db db) {
        this.db = db;
    }

    /**
     * One bounded step (~200 pages written) of merging the full-text index's segments, which drops the
     * entries of deleted rows: after a big purge they would otherwise keep their space until enough new
     * rows trigger FTS5's own merges. False when there was nothing left to merge.
     */
    public boolean mergeStep() throws SQLException {
        long before = totalChanges();
        db.statement("INSERT INTO card_search(card_search, rank) VALUES ('merge', -200)").executeUpdate();
        return totalChanges() - before >= 2; // FTS5's documented test of "the merge did some work"
    }

    private long totalChanges() throws SQLException {
        try (ResultSet rs = db.statement("SELECT total_changes()").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Replaces the card's row. */
    public void put(long cardId, CardRecord card, List<String> userTags) throws SQLException {
        delete(cardId);
        insert(cardId, card, userTags);
    }

    /** Adds the row of a card that has none yet (a new card id). */
    public void insert(long cardId, CardRecord card, List<String> userTags) throws SQLException {
        PreparedStatement s = db.statement("INSERT INTO card_search(rowid, name, creator, tags, description,"
                + " creator_notes) VALUES (?, ?, ?, ?, ?, ?)");
        s.setLong(1, cardId);
        s.setString(2, card.name());
        s.setString(3, card.creator());
        s.setString(4, tagText(card.tags(), userTags));
        s.setString(5, card.description());
        s.setString(6, card.creatorNotes());
        s.executeUpdate();
    }

    /** Rewrites only the tags column (after the user added or removed a tag). */
    public void setTags(long cardId, List<String> cardTags, List<String> userTags) throws SQLException {
        PreparedStatement s = db.statement("UPDATE card_search SET tags = ? WHERE rowid = ?");
        s.setString(1, tagText(cardTags, userTags));
        s.setLong(2, cardId);
        s.executeUpdate();
    }

    public void delete(long cardId) throws SQLException {
        PreparedStatement s = db.statement("DELETE FROM card_search WHERE rowid = ?");
        s.setLong(1, cardId);
        s.executeUpdate();
    }

    /**
     * Ids matching an FTS5 MATCH expression (already quoted by the caller), leaving out {@code excluded}
     * (the orphaned cards: few, so filtering them here is cheaper than a join costing a lookup per hit).
     */
    public List<Long> match(String ftsQuery, Set<Long> excluded) throws SQLException {
        PreparedStatement s = db.statement("SELECT rowid FROM card_search WHERE card_search MATCH ?");
        s.setString(1, ftsQuery);
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                if (excluded.isEmpty() || !excluded.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    private static String tagText(List<String> cardTags, List<String> userTags) {
        List<String> all = new ArrayList<>(cardTags);
        all.addAll(userTags);
        return String.join(" ", all);
    }
}
