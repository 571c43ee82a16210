package io.github.chargallery.library.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Owns table {@code sillytavern_links}: which library roots are a SillyTavern user's {@code characters/}
 * folder, and that user's data folder.
 */
public final class SillyTavernTable {
    private final Db db;

    public SillyTavernTable(Db db) {
        this.db = db;
    }

    /** A link: the root ({@code characters/}) and the user data folder holding it. */
    public record Row(long rootId, String rootPath, String userDir) {
    }

    /**
     * One file of a linked root and the card it holds; {@code sentFor} is the archive card it was converted from
     * when the gallery sent it (null otherwise).
     */
    public record FileRow(long rootId, String path, long cardId, Long sentFor) {
    }

    public void link(long rootId, String userDir, long now) throws SQLException {
        PreparedStatement s = db.statement("INSERT OR REPLACE INTO sillytavern_links(root_id, user_dir, linked_at)"
                + " VALUES (?, ?, ?)");
        s.setLong(1, rootId);
        s.setString(2, userDir);
        s.setLong(3, now);
        s.executeUpdate();
    }

    public void unlink(long rootId) throws SQLException {
        PreparedStatement s = db.statement("DELETE FROM sillytavern_links WHERE root_id = ?");
        s.setLong(1, rootId);
        s.executeUpdate();
    }

    /** The links of roots that are not being removed, oldest first. */
    public List<Row> all() throws SQLException {
        PreparedStatement s = db.statement("SELECT l.root_id, r.path, l.user_dir FROM sillytavern_links l"
                + " JOIN roots r ON r.id = l.root_id WHERE r.removing = 0 ORDER BY l.linked_at, l.root_id");
        List<Row> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
        return rows;
    }

    public Set<Long> rootIds() throws SQLException {
        Set<Long> ids = new HashSet<>();
        all().forEach(r -> ids.add(r.rootId()));
        return ids;
    }

    /** Every indexed file under a linked root, with its card. */
    public List<FileRow> files() throws SQLException {
        PreparedStatement s = db.statement("SELECT f.root_id, f.path, f.card_id, a.id FROM files f"
                + " JOIN sillytavern_links l ON l.root_id = f.root_id JOIN cards c ON c.id = f.card_id"
                + " LEFT JOIN sillytavern_sent t ON t.st_hash = c.hash LEFT JOIN cards a ON a.hash = t.card_hash"
                + " ORDER BY f.path");
        List<FileRow> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long from = rs.getLong(4);
                rows.add(new FileRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.wasNull() ? null : from));
            }
        }
        return rows;
    }

    /** How many cards in linked roots the archive (the roots that are not linked) also holds. */
    public int matchedInArchive() throws SQLException {
        // a converted copy (see sillytavern_sent) counts by the archive card it stands for
        PreparedStatement s = db.statement("SELECT count(DISTINCT f.card_id) FROM files f"
                + " JOIN sillytavern_links l ON l.root_id = f.root_id JOIN cards c ON c.id = f.card_id"
                + " LEFT JOIN sillytavern_sent t ON t.st_hash = c.hash LEFT JOIN cards a ON a.hash = t.card_hash"
                + " WHERE EXISTS (SELECT 1 FROM files g WHERE g.card_id IN (f.card_id, a.id)"
                + " AND g.root_id NOT IN (SELECT root_id FROM sillytavern_links))");
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Remembers that the card {@code stHash} was written into SillyTavern as a conversion of {@code cardHash}. */
    public void recordSent(String stHash, String cardHash) throws SQLException {
        PreparedStatement s = db.statement("INSERT OR REPLACE INTO sillytavern_sent(st_hash, card_hash) VALUES (?, ?)");
        s.setString(1, stHash);
        s.setString(2, cardHash);
        s.executeUpdate();
    }

    /** The hashes of the conversions of this card sent to SillyTavern. */
    public List<String> sentAs(String cardHash) throws SQLException {
        PreparedStatement s = db.statement("SELECT st_hash FROM sillytavern_sent WHERE card_hash = ?");
        s.setString(1, cardHash);
        List<String> hashes = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                hashes.add(rs.getString(1));
            }
        }
        return hashes;
    }

    /** Paths of this card's files under a linked root (to tell whether it is in SillyTavern already). */
    public List<String> pathsOfHash(String hash) throws SQLException {
        PreparedStatement s = db.statement("SELECT f.path FROM files f JOIN cards c ON c.id = f.card_id"
                + " JOIN sillytavern_links l ON l.root_id = f.root_id WHERE c.hash = ?");
        s.setString(1, hash);
        List<String> paths = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                paths.add(rs.getString(1));
            }
        }
        return paths;
    }
}
