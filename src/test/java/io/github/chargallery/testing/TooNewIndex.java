package io.github.chargallery.testing;

import io.github.chargallery.library.Library;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Makes an index look as if a newer version of the app wrote it. */
public final class TooNewIndex {
    /** Far beyond any schema version this app knows. */
    public static final int VERSION = 99;

    private TooNewIndex() {
    }

    /** Stamps the index in {@code dataDir} (closed, or open only elsewhere) with a newer schema version. */
    public static void make(Path dataDir) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(Library.DATABASE_FILE));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + VERSION);
        }
    }
}
