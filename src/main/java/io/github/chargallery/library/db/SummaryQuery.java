package io.github.chargallery.library.db;

import io.github.chargallery.card.FileNames;
import io.github.chargallery.card.Spec;
import io.github.chargallery.library.CardSummary;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads {@link CardSummary} rows: one row per (card, file), cards in id order, files under online
 * roots first, folded into one summary per card. Orphaned cards (no file) are not listed.
 */
public final class SummaryQuery {
    // CROSS JOIN keeps cards as the outer loop, so rows come out in (card, file) order with no sort. The
    // counts come from card_facts' narrow index: its rows are wide, and SQLite without statistics takes them.
    private static final String SELECT = "SELECT c.id, c.name, c.creator, c.tags, c.spec, c.favorite, c.added_at,"
            + " c.card_date, c.permanent_tokens, c.error, f.path, f.size, f.mtime_ns, f.root_id,"
            + " (SELECT group_concat(tag, char(31)) FROM user_tags u WHERE u.card_id = c.id)"
            + ", c.first_message_tokens, k.greetings, k.lorebook,"
            + " (SELECT group_concat(collection_id) FROM collection_members m WHERE m.card_id = c.id)"
            + " FROM cards c CROSS JOIN files f ON f.card_id = c.id LEFT JOIN card_facts k INDEXED BY card_facts_keys"
            + " ON k.hash = c.hash"
            + " WHERE c.orphaned_at IS NULL";
    private static final String ORDER = " ORDER BY c.id, f.id";

    private final Db db;

    public SummaryQuery(Db db) {
        this.db = db;
    }

    public List<CardSummary> all() throws SQLException {
        List<CardSummary> out = new ArrayList<>();
        fold(db.statement(SELECT + ORDER), onlineRoots(), out::add);
        return out;
    }

    /** Hands each summary to {@code each} as its rows are read, holding no more than one card in memory. */
    public void forEach(Consumer<CardSummary> each) throws SQLException {
        fold(db.statement(SELECT + ORDER), onlineRoots(), each);
    }

    public List<CardSummary> byIds(Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        PreparedStatement s = db.statement(SELECT + " AND c.id IN (SELECT value FROM json_each(?))" + ORDER);
        s.setString(1, ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]")));
        List<CardSummary> out = new ArrayList<>();
        fold(s, onlineRoots(), out::add);
        return out;
    }

    private Set<Long> onlineRoots() throws SQLException {
        Set<Long> online = new HashSet<>();
        try (ResultSet rs = db.statement("SELECT id FROM roots WHERE online != 0").executeQuery()) {
            while (rs.next()) {
                online.add(rs.getLong(1));
            }
        }
        return online;
    }

    /** One card being folded from its rows; files under online roots go first. */
    private static final class Acc {
        long id;
        String name;
        String creator;
        String tags;
        String spec;
        boolean favorite;
        long addedAt;
        Long cardDate;
        int permanentTokens;
        int firstMessageTokens;
        String error;
        String userTags;
        int greetings;
        int lorebook;
        String collections;
        final List<Path> onlineFiles = new ArrayList<>(1);
        final List<Path> offlineFiles = new ArrayList<>(0);
        long size = -1;
        long mtimeMillis;

        CardSummary summary() {
            boolean offline = onlineFiles.isEmpty();
            List<Path> files = offlineFiles.isEmpty() ? onlineFiles : new ArrayList<>(onlineFiles);
            if (files != onlineFiles) {
                files.addAll(offlineFiles);
            }
            return new CardSummary(id, name, creator, split(tags), split(userTags),
                    spec == null ? null : Spec.valueOf(spec), favorite, files, size, addedAt, mtimeMillis, cardDate,
                    permanentTokens, firstMessageTokens, error, offline, greetings, lorebook, ids(collections));
        }
    }

    private static void fold(PreparedStatement s, Set<Long> onlineRoots, Consumer<CardSummary> out)
            throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            Acc acc = null;
            while (rs.next()) {
                long id = rs.getLong(1);
                if (acc == null || acc.id != id) {
                    if (acc != null) {
                        out.accept(acc.summary());
                    }
                    acc = new Acc();
                    acc.id = id;
                    acc.name = rs.getString(2);
                    acc.creator = rs.getString(3);
                    acc.tags = rs.getString(4);
                    acc.spec = rs.getString(5);
                    acc.favorite = rs.getInt(6) != 0;
                    acc.addedAt = rs.getLong(7);
                    long date = rs.getLong(8);
                    acc.cardDate = rs.wasNull() ? null : date;
                    acc.permanentTokens = counted(rs, 9);
                    acc.firstMessageTokens = counted(rs, 16);
                    acc.error = rs.getString(10);
                    acc.userTags = rs.getString(15);
                    acc.greetings = counted(rs, 17);
                    acc.lorebook = counted(rs, 18);
                    acc.collections = rs.getString(19);
                }
                boolean online = onlineRoots.contains(rs.getLong(14));
                Path path = FileNames.path(rs.getString(11));
                // The first file shown (size, date) is the first one reachable.
                if (acc.size < 0 || (online && acc.onlineFiles.isEmpty())) {
                    acc.size = rs.getLong(12);
                    acc.mtimeMillis = rs.getLong(13) / 1_000_000L;
                }
                (online ? acc.onlineFiles : acc.offlineFiles).add(path);
            }
            if (acc != null) {
                out.accept(acc.summary());
            }
        }
    }

    private static int counted(ResultSet rs, int column) throws SQLException {
        int n = rs.getInt(column);
        return rs.wasNull() ? CardSummary.NOT_COUNTED : n;
    }

    private static List<Long> ids(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        String[] parts = joined.split(",");
        Long[] ids = new Long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            ids[i] = Long.parseLong(parts[i]);
        }
        Arrays.sort(ids);
        return Arrays.asList(ids);
    }

    static List<String> split(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(joined.split(CardTable.TAG_SEPARATOR, -1));
    }
}
