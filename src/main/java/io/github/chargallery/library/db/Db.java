package io.github.chargallery.library.db;

import io.github.chargallery.library.FxThreadGuard;
import io.github.chargallery.library.IndexUnusableException;
import io.github.chargallery.library.LibraryException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one connection to the index database. All access goes through {@link #read} or {@link #write}, which
 * hold a lock so a sync's batch transaction and a user's favourite click never interleave on the
 * connection. Statements are prepared once and reused. Every one of them refuses the JavaFX
 * application thread ({@link FxThreadGuard}), so no library call can block the UI unnoticed.
 */
public final class Db implements AutoCloseable {
    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private volatile IndexUnusableException damage;

    /** SQL work on the connection; may throw SQLException, which the Db turns into a LibraryException. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    private Db(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    public static Db open(Path file) {
        FxThreadGuard.check();
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection c;
        try {
            c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw unusable(file, e).map(LibraryException.class::cast).orElseGet(() -> new LibraryException(
                    "cannot open the library index " + file + ": " + e.getMessage(), e));
        }
        Db db = new Db(file, c);
        try {
            db.write(() -> {
                Schema.migrate(c);
                return null;
            });
            return db;
        } catch (LibraryException e) {
            db.close();
            if (e instanceof IndexUnusableException) {
                throw e;
            }
            Throwable cause = e.getCause();
            if (cause instanceof Schema.TooNew tooNew) {
                throw new IndexUnusableException(file, true, tooNew.getMessage(), tooNew);
            }
            throw new LibraryException("cannot open the library index " + file + ": " + cause.getMessage(), cause);
        }
    }

    /**
     * Opens an existing index for reading only, for a data folder this process cannot write (SQLite could
     * not make its lock and WAL files there): {@code immutable=1}, so nothing is written or locked.
     */
    public static Db openReadOnly(Path file) {
        FxThreadGuard.check();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
        Connection c;
        try {
            c = config.createConnection("jdbc:sqlite:file:" + file.toAbsolutePath().toUri().getRawPath()
                    + "?immutable=1");
        } catch (SQLException e) {
            throw unusable(file, e).map(LibraryException.class::cast).orElseGet(() -> new LibraryException(
                    "cannot open the library index " + file + " to read it: " + e.getMessage(), e));
        }
        Db db = new Db(file, c);
        int version = db.read(() -> {
            try (java.sql.ResultSet rs = db.statement("PRAGMA user_version").executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
        if (version != Schema.VERSION) {
            db.close();
            if (version > Schema.VERSION) {
                throw new IndexUnusableException(file, true, "its schema is version " + version
                        + ", this app knows up to " + Schema.VERSION, null);
            }
            throw new LibraryException("the library index " + file + " needs an upgrade to this version,"
                    + " which needs a data folder it can write to", null);
        }
        return db;
    }

    /** SQLite's "damaged" result codes (possibly extended: the primary code is the low byte). */
    private static Optional<IndexUnusableException> unusable(Path file, SQLException e) {
        int code = e.getErrorCode() & 0xFF;
        if (code == SQLiteErrorCode.SQLITE_CORRUPT.code || code == SQLiteErrorCode.SQLITE_NOTADB.code) {
            // sqlite-jdbc says "[SQLITE_CORRUPT] The database disk image is malformed (database disk image is
            // malformed)": SQLite's own words are the part in brackets.
            String m = Objects.toString(e.getMessage(), "").replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "")
                    .replaceFirst("^.*\\((.+)\\)$", "$1");
            return Optional.of(new IndexUnusableException(file, false, m, e));
        }
        return Optional.empty();
    }

    private LibraryException failed(SQLException e) {
        Optional<IndexUnusableException> u = unusable(file, e);
        if (u.isPresent()) {
            damage = u.get();
            return u.get();
        }
        return new LibraryException("library index error: " + e.getMessage(), e);
    }

    /** The damage SQLite reported while the file was in use, if any (it does not go away by itself). */
    public Optional<IndexUnusableException> damage() {
        return Optional.ofNullable(damage);
    }

    /** Runs work outside a transaction (single statements, reads). */
    public <T> T read(Work<T> work) {
        FxThreadGuard.check();
        lock.lock();
        try {
            return work.run();
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs work in one transaction: all of it is committed or none. */
    public <T> T write(Work<T> work) {
        FxThreadGuard.check();
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * SQLite's {@code PRAGMA data_version}: changes when another connection (another process) commits.
     * Only call inside read/write.
     */
    public long dataVersion() throws SQLException {
        try (java.sql.ResultSet rs = statement("PRAGMA data_version").executeQuery()) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    /** A prepared statement, cached per SQL text. Only call inside read/write. */
    PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement s = statements.get(sql);
        if (s == null) {
            s = connection.prepareStatement(sql);
            statements.put(sql, s);
        }
        s.clearParameters();
        return s;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            for (PreparedStatement s : statements.values()) {
                s.close();
            }
            statements.clear();
            connection.close();
        } catch (SQLException e) {
            throw new LibraryException("cannot close the library index: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
