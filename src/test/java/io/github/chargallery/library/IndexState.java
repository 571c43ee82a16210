package io.github.chargallery.library;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sqlite.SQLiteConfig;

/**
 * What an index holds, read straight from its database (read-only) without ids or times, so that
 * two indexes built different ways can be compared row for row.
 */
record IndexState(List<String> files, List<String> cards, List<String> search, List<String> orphaned) {

    static IndexState of(Path dataDir) throws SQLException {
        try (Connection c = readOnly(dataDir)) {
            return new IndexState(
                    rows(c, "SELECT f.path, f.size, f.mtime_ns, c.hash FROM files f JOIN cards c ON c.id = f.card_id"
                            + " ORDER BY f.path"),
                    rows(c, "SELECT hash, name, creator, tags, spec, card_date, permanent_tokens, first_message_tokens, error, favorite FROM cards"
                            + " WHERE orphaned_at IS NULL ORDER BY hash"),
                    searchIndex(c),
                    rows(c, "SELECT hash FROM cards WHERE orphaned_at IS NOT NULL ORDER BY hash"));
        }
    }

    /**
     * The full-text index's entries (term, column, offset) by card hash: its tables keep no copy of the
     * text, so what is compared is what a search can find.
     */
    private static List<String> searchIndex(Connection c) throws SQLException {
        try (var s = c.createStatement()) {
            s.executeUpdate("CREATE VIRTUAL TABLE IF NOT EXISTS temp.words_vocab USING fts5vocab(main, card_words,"
                    + " 'instance')");
            s.executeUpdate("CREATE VIRTUAL TABLE IF NOT EXISTS temp.tags_vocab USING fts5vocab(main, card_user_tags,"
                    + " 'instance')");
        }
        List<String> all = rows(c, "SELECT c.hash, v.term, v.col, v.offset FROM temp.words_vocab v"
                + " JOIN cards c ON c.id = v.doc ORDER BY c.hash, v.col, v.offset");
        all.addAll(rows(c, "SELECT c.hash, 'user tag', v.term, v.offset FROM temp.tags_vocab v"
                + " JOIN cards c ON c.id = v.doc ORDER BY c.hash, v.offset"));
        return all;
    }

    /** SQLite's own checks of the database file and of the full-text index. */
    static List<String> integrity(Path dataDir) throws SQLException {
        try (Connection c = readOnly(dataDir)) {
            return rows(c, "PRAGMA integrity_check");
        }
    }

    static Connection readOnly(Path dataDir) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        return config.createConnection("jdbc:sqlite:" + dataDir.resolve(Library.DATABASE_FILE).toAbsolutePath());
    }

    static long count(Path dataDir, String table) throws SQLException {
        try (Connection c = readOnly(dataDir); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? " | " : "").append(rs.getString(i));
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    /** Polls the child's index until it holds at least {@code n} files; fails if the child ends first. */
    static long awaitFiles(Path dataDir, Process child, int n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            if (child.waitFor(20, TimeUnit.MILLISECONDS)) { // the child ending is the other thing to wait for
                throw new AssertionError("index ended (exit " + child.exitValue() + ") while the test waited for it to be part way");
            }
            if (Files.exists(dataDir.resolve(Library.DATABASE_FILE))) {
                try {
                    long files = IndexState.count(dataDir, "files");
                    if (files >= n) {
                        return files;
                    }
                } catch (SQLException schemaNotYetWritten) {
                    // the child has created the file but not yet its tables
                }
            }
        }
        throw new AssertionError("index wrote fewer than " + n + " files in 2 minutes");
    }
}
