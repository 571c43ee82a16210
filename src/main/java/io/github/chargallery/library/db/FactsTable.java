package io.github.chargallery.library.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Owns table {@code card_facts}: per card content (its hash), what the duplicates view compares (canonical
 * JSON hash, version, greetings, lorebook size, dates, text field sizes). Keyed by content, so a row is
 * right for every card row holding that content; rows of contents gone are harmless and pruned.
 */
public final class FactsTable {
    private final Db db;

    public FactsTable(Db db) {
        this.db = db;
    }

    public void put(String hash, String canonical, String version, int greetings, int lorebook, Long created,
                    Long modified, String fields) throws SQLException {
        PreparedStatement s = db.statement("INSERT OR REPLACE INTO card_facts(hash, canonical, version, greetings,"
                + " lorebook, created, modified, fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        s.setString(1, hash);
        s.setString(2, canonical);
        s.setString(3, version);
        s.setInt(4, greetings);
        s.setInt(5, lorebook);
        setLong(s, 6, created);
        setLong(s, 7, modified);
        s.setString(8, fields);
        s.executeUpdate();
    }

    /** Drops the facts of contents no card holds any more. */
    public int prune() throws SQLException {
        return db.statement("DELETE FROM card_facts WHERE hash NOT IN (SELECT hash FROM cards)").executeUpdate();
    }

    static void setLong(PreparedStatement s, int i, Long v) throws SQLException {
        if (v == null) {
            s.setNull(i, Types.INTEGER);
        } else {
            s.setLong(i, v);
        }
    }
}
