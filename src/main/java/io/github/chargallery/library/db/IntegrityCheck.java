package io.github.chargallery.library.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** SQLite's own checks of the index file (see {@link Db#verify}); the first problems it reports. */
final class IntegrityCheck {
    private IntegrityCheck() {
    }

    /** Up to three problem lines; empty when the file checks out. */
    static List<String> problems(Connection connection, boolean thorough) throws SQLException {
            List<String> checks = new ArrayList<>();
            if (thorough) {
                checks.add("PRAGMA quick_check(3)");
            } else {
                checks.add("PRAGMA quick_check('sqlite_schema')");
                try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")) {
                    while (rs.next()) {
                        checks.add("PRAGMA quick_check('" + rs.getString(1).replace("'", "''") + "')");
                    }
                }
            }
            List<String> rows = new ArrayList<>();
            for (String check : checks) {
                try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(check)) {
                    while (rs.next() && rows.size() < 3) {
                        String row = rs.getString(1).replace("*** in database main ***", "").strip();
                        if (!row.equals("ok")) {
                            rows.add(row.replace("\n", "; "));
                        }
                    }
                }
            }
            return rows;
    }
}
