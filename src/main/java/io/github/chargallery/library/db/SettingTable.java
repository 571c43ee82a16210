package io.github.chargallery.library.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Owns table {@code settings}: small key/value pairs for the gallery. */
public final class SettingTable {
    private final Db db;

    public SettingTable(Db db) {
        this.db = db;
    }

    public Optional<String> get(String key) throws SQLException {
        PreparedStatement s = db.statement("SELECT value FROM settings WHERE key = ?");
        s.setString(1, key);
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    public void put(String key, String value) throws SQLException {
        PreparedStatement s = db.statement("INSERT INTO settings(key, value) VALUES (?, ?)"
                + " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        s.setString(1, key);
        s.setString(2, value);
        s.executeUpdate();
    }
}
