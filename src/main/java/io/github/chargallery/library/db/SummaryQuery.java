package io.github.chargallery.library.db;

import io.github.chargallery.card.Spec;
import io.github.chargallery.library.CardSummary;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads {@link CardSummary} rows: one row per (card, file), cards in id order, files under online
 * roots first, folded into one summary per card. Orphaned cards (no file) are not listed.
 */
public final class SummaryQuery {
    private static final String SELECT = "SELECT c.id, c.name, c.creator, c.tags, c.spec, c.favorite, c.added_at,"
            + " c.card_date, c.tokens, c.error, f.path, f.size, f.mtime_ns, r.online,"
            + " (SELECT group_concat(tag, char(31)) FROM user_tags u WHERE u.card_id = c.id)"
            + " FROM cards c JOIN files f ON f.card_id = c.id JOIN roots r ON r.id = f.root_id"
            + " WHERE c.orphaned_at IS NULL";
    private static final String ORDER = " ORDER BY c.id, r.online DESC, f.id";

    private final Db db;

    public SummaryQuery(Db db) {
        this.db = db;
    }

    public List<CardSummary> all() throws SQLException {
        return fold(db.statement(SELECT + ORDER));
    }

    public List<CardSummary> byIds(Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        PreparedStatement s = db.statement(SELECT + " AND c.id IN (SELECT value FROM json_each(?))" + ORDER);
        s.setString(1, ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]")));
        return fold(s);
    }

    private static List<CardSummary> fold(PreparedStatement s) throws SQLException {
        List<CardSummary> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            long current = Long.MIN_VALUE;
            Object[] head = null;
            List<Path> files = new ArrayList<>();
            boolean anyOnline = false;
            while (rs.next()) {
                long id = rs.getLong(1);
                if (id != current) {
                    if (head != null) {
                        out.add(summary(head, files, anyOnline));
                    }
                    current = id;
                    files = new ArrayList<>();
                    anyOnline = false;
                    long cardDate = rs.getLong(8);
                    Long date = rs.wasNull() ? null : cardDate;
                    head = new Object[] {id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6) != 0, rs.getLong(7), date, rs.getInt(9), rs.getString(10), rs.getLong(12),
                        rs.getLong(13) / 1_000_000L, rs.getString(15)};
                }
                files.add(Path.of(rs.getString(11)));
                anyOnline |= rs.getInt(14) != 0;
            }
            if (head != null) {
                out.add(summary(head, files, anyOnline));
            }
        }
        return out;
    }

    private static CardSummary summary(Object[] h, List<Path> files, boolean anyOnline) {
        String spec = (String) h[4];
        return new CardSummary((Long) h[0], (String) h[1], (String) h[2], split((String) h[3]),
                split((String) h[12]), spec == null ? null : Spec.valueOf(spec), (Boolean) h[5], files,
                (Long) h[10], (Long) h[6], (Long) h[11], (Long) h[7], (Integer) h[8], (String) h[9], !anyOnline);
    }

    static List<String> split(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(joined.split(CardTable.TAG_SEPARATOR, -1));
    }
}
