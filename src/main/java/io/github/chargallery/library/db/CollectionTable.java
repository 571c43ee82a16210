package io.github.chargallery.library.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Owns tables {@code collections} and {@code collection_members}: user-named sets of cards, members by card
 * id (a card deleted at the end of its grace period leaves them by ON DELETE CASCADE).
 */
public final class CollectionTable {
    private final Db db;

    public CollectionTable(Db db) {
        this.db = db;
    }

    /**
     * @param smartQuery the saved query of a smart collection (it has no members), null for a plain one
     * @param count      members the user sees (held by a file); 0 for a smart collection
     */
    public record Row(long id, String name, long created, String smartQuery, int count) {
    }

    private static final String SELECT = "SELECT l.id, l.name, l.created, l.smart_query,"
            + " (SELECT count(*) FROM collection_members m JOIN cards c ON c.id = m.card_id"
            + " WHERE m.collection_id = l.id AND c.orphaned_at IS NULL) FROM collections l";

    public List<Row> all() throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet rs = db.statement(SELECT + " ORDER BY l.name COLLATE NOCASE").executeQuery()) {
            while (rs.next()) {
                rows.add(row(rs));
            }
        }
        return rows;
    }

    /** The collection of this name, compared without case. */
    public Optional<Row> byName(String name) throws SQLException {
        PreparedStatement s = db.statement(SELECT + " WHERE l.name = ?");
        s.setString(1, name);
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(row(rs)) : Optional.empty();
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getInt(5));
    }

    public long create(String name, long created, String smartQuery) throws SQLException {
        PreparedStatement s = db.statement("INSERT INTO collections(name, created, smart_query) VALUES (?, ?, ?)");
        s.setString(1, name);
        s.setLong(2, created);
        if (smartQuery == null) {
            s.setNull(3, Types.VARCHAR);
        } else {
            s.setString(3, smartQuery);
        }
        s.executeUpdate();
        try (ResultSet rs = db.statement("SELECT last_insert_rowid()").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public void rename(long id, String name) throws SQLException {
        PreparedStatement s = db.statement("UPDATE collections SET name = ? WHERE id = ?");
        s.setString(1, name);
        s.setLong(2, id);
        s.executeUpdate();
    }

    public void setSmartQuery(long id, String smartQuery) throws SQLException {
        PreparedStatement s = db.statement("UPDATE collections SET smart_query = ? WHERE id = ?");
        s.setString(1, smartQuery);
        s.setLong(2, id);
        s.executeUpdate();
    }

    /** Deletes the collection and its memberships; the cards stay. */
    public void delete(long id) throws SQLException {
        PreparedStatement s = db.statement("DELETE FROM collections WHERE id = ?");
        s.setLong(1, id);
        s.executeUpdate();
    }

    /** Adds the cards that exist (one statement for any number); returns how many were not members yet. */
    public int add(long id, Collection<Long> cardIds) throws SQLException {
        if (cardIds.isEmpty()) {
            return 0;
        }
        PreparedStatement s = db.statement("INSERT OR IGNORE INTO collection_members(card_id, collection_id)"
                + " SELECT c.id, ? FROM json_each(?) j JOIN cards c ON c.id = j.value");
        s.setLong(1, id);
        s.setString(2, json(cardIds));
        return s.executeUpdate();
    }

    /** Removes the cards from the collection; returns how many were members. */
    public int remove(long id, Collection<Long> cardIds) throws SQLException {
        if (cardIds.isEmpty()) {
            return 0;
        }
        PreparedStatement s = db.statement("DELETE FROM collection_members WHERE collection_id = ?"
                + " AND card_id IN (SELECT value FROM json_each(?))");
        s.setLong(1, id);
        s.setString(2, json(cardIds));
        return s.executeUpdate();
    }

    /** The members a user sees (held by a file), in card id order. */
    public List<Long> members(long id) throws SQLException {
        PreparedStatement s = db.statement("SELECT m.card_id FROM collection_members m JOIN cards c ON c.id = m.card_id"
                + " WHERE m.collection_id = ? AND c.orphaned_at IS NULL ORDER BY m.card_id");
        s.setLong(1, id);
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** Puts {@code to} in every collection {@code from} is in (a card forked or merged into another). */
    public void copyMembership(long from, long to) throws SQLException {
        PreparedStatement s = db.statement("INSERT OR IGNORE INTO collection_members(card_id, collection_id)"
                + " SELECT ?, collection_id FROM collection_members WHERE card_id = ?");
        s.setLong(1, to);
        s.setLong(2, from);
        s.executeUpdate();
    }

    /** Puts the card in the plain collections of these names that exist (kept from a rebuilt index). */
    public void addByNames(long cardId, List<String> names) throws SQLException {
        PreparedStatement s = db.statement("INSERT OR IGNORE INTO collection_members(card_id, collection_id)"
                + " SELECT ?, id FROM collections WHERE name = ? AND smart_query IS NULL");
        for (String name : names) {
            s.setLong(1, cardId);
            s.setString(2, name);
            s.executeUpdate();
        }
    }

    private static String json(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }
}
