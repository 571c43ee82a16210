package io.github.chargallery.testing;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Damages an index file the way a failing disk does: bytes in the middle of one leaf page of a table's
 * b-tree are overwritten. The file still opens (its header and schema are intact) but SQLite's
 * integrity check fails, and reading that page reports SQLITE_CORRUPT.
 */
public final class IndexDamage {
    private IndexDamage() {
    }

    /** Overwrites the cell area of the middle leaf page of {@code table}; returns the page number. */
    public static long overwriteLeafPage(Path db, String table) throws Exception {
        long page;
        int size;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement()) {
            page = one(s, "SELECT pageno FROM dbstat WHERE name = '" + table + "' AND pagetype = 'leaf'"
                    + " ORDER BY pageno LIMIT 1 OFFSET (SELECT count(*) / 2 FROM dbstat WHERE name = '" + table
                    + "' AND pagetype = 'leaf')");
            size = (int) one(s, "PRAGMA page_size");
        }
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek((page - 1) * size + 8); // past the leaf page header: its cell pointers and cells
            byte[] junk = new byte[1600];
            for (int i = 0; i < junk.length; i += 2) {
                junk[i] = (byte) 0xff;
                junk[i + 1] = 0x7f;
            }
            f.write(junk);
        }
        return page;
    }

    private static long one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("no result for " + sql);
            }
            return rs.getLong(1);
        }
    }
}
