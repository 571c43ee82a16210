package io.github.chargallery.library.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Owns table {@code cards}: one row per distinct card content, holding the user's favourite flag. */
public final class CardTable {
    /** Separates a card's tags inside one column (a control character no tag contains). */
    static final String TAG_SEPARATOR = "\u001F";

    private final Db db;

    public CardTable(Db db) {
        this.db = db;
    }

    /** A card's identity and state; {@code orphanedAt} is non-null while no file holds it. */
    public record Row(long id, boolean favorite, Long orphanedAt) {
    }

    /** Who a card is, as a user tells two cards apart: name and creator; {@code error} for an unreadable file. */
    public record Who(String name, String creator, boolean error) {
    }

    public Optional<Who> who(long id) throws SQLException {
        PreparedStatement s = db.statement("SELECT name, creator, error FROM cards WHERE id = ?");
        s.setLong(1, id);
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(new Who(rs.getString(1), rs.getString(2), rs.getString(3) != null))
                    : Optional.empty();
        }
    }

    public Optional<Row> findByHash(String hash) throws SQLException {
        PreparedStatement s = db.statement("SELECT id, favorite, orphaned_at FROM cards WHERE hash = ?");
        s.setString(1, hash);
        return one(s);
    }

    public Optional<Row> find(long id) throws SQLException {
        PreparedStatement s = db.statement("SELECT id, favorite, orphaned_at FROM cards WHERE id = ?");
        s.setLong(1, id);
        return one(s);
    }

    private static Optional<Row> one(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            long id = rs.getLong(1);
            boolean favorite = rs.getInt(2) != 0;
            long orphaned = rs.getLong(3);
            return Optional.of(new Row(id, favorite, rs.wasNull() ? null : orphaned));
        }
    }

    public long insert(CardRecord card, long addedAt) throws SQLException {
        PreparedStatement s = db.statement("INSERT INTO cards(hash, name, creator, tags, spec, card_date,"
                + " permanent_tokens, first_message_tokens, error, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        bind(s, card);
        s.setLong(10, addedAt);
        s.executeUpdate();
        try (ResultSet rs = db.statement("SELECT last_insert_rowid()").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Replaces a card's content in place (edit at the same path): id, favourite and added date stay. */
    public void update(long id, CardRecord card) throws SQLException {
        PreparedStatement s = db.statement("UPDATE cards SET hash = ?, name = ?, creator = ?, tags = ?, spec = ?,"
                + " card_date = ?, permanent_tokens = ?, first_message_tokens = ?, error = ?, orphaned_at = NULL WHERE id = ?");
        bind(s, card);
        s.setLong(10, id);
        s.executeUpdate();
    }

    private static void bind(PreparedStatement s, CardRecord card) throws SQLException {
        s.setString(1, card.hash());
        s.setString(2, card.name());
        s.setString(3, card.creator());
        s.setString(4, String.join(TAG_SEPARATOR, card.tags()));
        s.setString(5, card.spec());
        if (card.cardDate() == null) {
            s.setNull(6, Types.INTEGER);
        } else {
            s.setLong(6, card.cardDate());
        }
        s.setInt(7, card.permanentTokens());
        s.setInt(8, card.firstMessageTokens());
        s.setString(9, card.error());
    }

    /**
     * Stores the token counts of a card indexed before they existed (schema 4, NULL); false when the card
     * already had them, so an unchanged card costs no write.
     */
    public boolean fillTokens(long id, CardRecord card) throws SQLException {
        PreparedStatement s = db.statement("UPDATE cards SET permanent_tokens = ?, first_message_tokens = ?"
                + " WHERE id = ? AND permanent_tokens IS NULL");
        s.setInt(1, card.permanentTokens());
        s.setInt(2, card.firstMessageTokens());
        s.setLong(3, id);
        return s.executeUpdate() > 0;
    }

    /** Marks a card as held by no file (null: held again). Its user data is kept until purged. */
    public void setOrphaned(long id, Long at) throws SQLException {
        PreparedStatement s = db.statement("UPDATE cards SET orphaned_at = ? WHERE id = ?");
        if (at == null) {
            s.setNull(1, Types.INTEGER);
        } else {
            s.setLong(1, at);
        }
        s.setLong(2, id);
        s.executeUpdate();
    }

    public void setFavorite(long id, boolean favorite) throws SQLException {
        PreparedStatement s = db.statement("UPDATE cards SET favorite = ? WHERE id = ?");
        s.setInt(1, favorite ? 1 : 0);
        s.setLong(2, id);
        s.executeUpdate();
    }

    /** Up to {@code limit} cards orphaned before the cutoff (through the partial index). */
    public List<Long> orphanedBefore(long cutoff, int limit) throws SQLException {
        PreparedStatement s = db.statement("SELECT id FROM cards WHERE orphaned_at IS NOT NULL AND orphaned_at < ?"
                + " LIMIT ?");
        s.setLong(1, cutoff);
        s.setInt(2, limit);
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** Deletes a card that no file holds any more (its user tags go with it). */
    public void delete(long id) throws SQLException {
        PreparedStatement s = db.statement("DELETE FROM cards WHERE id = ?");
        s.setLong(1, id);
        s.executeUpdate();
    }

    /** Why the card's file could not be read, or null for a readable card (or no such card). */
    public String error(long id) throws SQLException {
        PreparedStatement s = db.statement("SELECT error FROM cards WHERE id = ?");
        s.setLong(1, id);
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** The card's own tags. */
    public List<String> tags(long id) throws SQLException {
        PreparedStatement s = db.statement("SELECT tags FROM cards WHERE id = ?");
        s.setLong(1, id);
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? SummaryQuery.split(rs.getString(1)) : List.of();
        }
    }

    /** Ids of the cards no file holds (kept for the grace period), through a partial index. */
    public Set<Long> orphanIds() throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (ResultSet rs = db.statement("SELECT id FROM cards WHERE orphaned_at IS NOT NULL").executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** Ids of the cards a user sees (held by at least one file). */
    public List<Long> liveIds() throws SQLException {
        // An empty search answers with every card: read as one text (in id order, as the rowid scan gives them).
        return IdText.read(db.statement("SELECT group_concat(id) FROM (SELECT id FROM cards WHERE orphaned_at IS NULL"
                + " ORDER BY id)"));
    }
}
