package io.github.chargallery.library.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Owns the full-text search (rowid = card id), accent- and case-insensitive, written by the same
 * transactions as {@code cards}: {@code card_words}, contentless (it keeps no copy of the text), holds
 * name, creator, card tags, description and creator notes; {@code card_user_tags} the user's own tags,
 * a row only for a card that has some. A query matches a card when each of its terms is found in either.
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
        db.statement("INSERT INTO card_words(card_words, rank) VALUES ('merge', -200)").executeUpdate();
        return totalChanges() - before >= 2; // FTS5's documented test of "the merge did some work"
    }

    private long totalChanges() throws SQLException {
        try (ResultSet rs = db.statement("SELECT total_changes()").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Replaces the card's rows. */
    public void put(long cardId, CardRecord card, List<String> userTags) throws SQLException {
        delete(cardId);
        insert(cardId, card, userTags);
    }

    /** Adds the rows of a card that has none yet (a new card id). */
    public void insert(long cardId, CardRecord card, List<String> userTags) throws SQLException {
        PreparedStatement s = db.statement("INSERT INTO card_words(rowid, name, creator, tags, description,"
                + " creator_notes) VALUES (?, ?, ?, ?, ?, ?)");
        s.setLong(1, cardId);
        s.setString(2, card.name());
        s.setString(3, card.creator());
        s.setString(4, String.join(" ", card.tags()));
        s.setString(5, card.description());
        s.setString(6, card.creatorNotes());
        s.executeUpdate();
        insertUserTags(cardId, userTags);
    }

    /** Rewrites the user's tags of a card (the card's own tags come from its file and are written with it). */
    public void setTags(long cardId, List<String> userTags) throws SQLException {
        deleteUserTags(cardId);
        insertUserTags(cardId, userTags);
    }

    private void insertUserTags(long cardId, List<String> userTags) throws SQLException {
        if (userTags.isEmpty()) {
            return;
        }
        PreparedStatement s = db.statement("INSERT INTO card_user_tags(rowid, tags) VALUES (?, ?)");
        s.setLong(1, cardId);
        s.setString(2, String.join(" ", userTags));
        s.executeUpdate();
    }

    private void deleteUserTags(long cardId) throws SQLException {
        PreparedStatement s = db.statement("DELETE FROM card_user_tags WHERE rowid = ?");
        s.setLong(1, cardId);
        s.executeUpdate();
    }

    public void delete(long cardId) throws SQLException {
        PreparedStatement s = db.statement("DELETE FROM card_words WHERE rowid = ?");
        s.setLong(1, cardId);
        s.executeUpdate();
        deleteUserTags(cardId);
    }

    /**
     * Ids, ascending, of the cards matching every phrase (FTS5 phrases, already quoted by the caller), each in
     * the card's words or its user tags, leaving out {@code excluded} (the orphaned cards: few, so filtering
     * them here is cheaper than a join costing a lookup per hit).
     */
    public List<Long> match(List<String> phrases, Set<Long> excluded) throws SQLException {
        List<Long> ids = ids("card_words", String.join(" ", phrases));
        if (!hasUserTags()) {
            return without(ids, excluded);
        }
        // Cards found through a user tag for some term: each other term must be in its words or user tags.
        Set<Long> found = new HashSet<>(ids);
        List<Set<Long>> byTag = new ArrayList<>();
        Set<Long> candidates = new HashSet<>();
        for (String phrase : phrases) {
            Set<Long> tagged = new HashSet<>(ids("card_user_tags", phrase));
            byTag.add(tagged);
            candidates.addAll(tagged);
        }
        candidates.removeAll(found);
        for (int i = 0; i < phrases.size() && !candidates.isEmpty(); i++) {
            Set<Long> tagged = byTag.get(i);
            if (!tagged.containsAll(candidates)) {
                Set<Long> inWords = new HashSet<>(ids("card_words", phrases.get(i)));
                candidates.removeIf(c -> !tagged.contains(c) && !inWords.contains(c));
            }
        }
        if (candidates.isEmpty()) {
            return without(ids, excluded);
        }
        TreeSet<Long> all = new TreeSet<>(ids);
        all.addAll(candidates);
        return without(new ArrayList<>(all), excluded);
    }

    private boolean hasUserTags() throws SQLException {
        try (ResultSet rs = db.statement("SELECT 1 FROM card_user_tags LIMIT 1").executeQuery()) {
            return rs.next();
        }
    }

    /** Ids in rowid order (FTS5's own), read as one text ({@link IdText}). */
    private List<Long> ids(String table, String match) throws SQLException {
        PreparedStatement s = db.statement("SELECT group_concat(rowid) FROM " + table + " WHERE " + table
                + " MATCH ?");
        s.setString(1, match);
        return IdText.read(s);
    }

    private static List<Long> without(List<Long> ids, Set<Long> excluded) {
        if (!excluded.isEmpty()) {
            ids.removeIf(excluded::contains);
        }
        return ids;
    }
}
