package io.github.chargallery.library.db;

import io.github.chargallery.library.FxThreadGuard;
import io.github.chargallery.library.IndexFullException;
import io.github.chargallery.library.IndexUnusableException;
import io.github.chargallery.library.LibraryException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
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
    /** Fair: a click waiting while a long job runs batch after batch gets the connection after the current batch. */
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private volatile IndexUnusableException damage;

    /** SQL work on the connection; may throw SQLException, which the Db turns into a LibraryException. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    static final int BUSY_TIMEOUT_MS = 10_000;
    /** How often a connection waiting for another's write transaction tries again. */
    private static final long BUSY_POLL_NANOS = 500_000;
    /** The gap a long job (removing a root, a purge, a compaction) leaves between its transactions. */
    private static final long PAUSE_NANOS = 5_000_000;

    /**
     * Waits for another connection's write by trying again every 0.5 ms for up to 10 s. SQLite's own
     * busy timeout backs off to 100 ms between tries, so it would almost never catch the few
     * milliseconds a long job leaves between two batches.
     */
    private static final class Patient extends org.sqlite.BusyHandler {
        private long since;

        @Override
        protected int callback(int tries) {
            long now = System.nanoTime();
            if (tries == 0) {
                since = now;
            }
            if (now - since > java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(BUSY_TIMEOUT_MS)) {
                return 0; // SQLITE_BUSY
            }
            java.util.concurrent.locks.LockSupport.parkNanos(BUSY_POLL_NANOS);
            return 1;
        }
    }

    /**
     * Called by a long job between two of its transactions: lets a waiting click of this process (the
     * lock is fair) or of another (whose busy handler tries every 0.5 ms) take the index first.
     */
    public void pauseForOthers() {
        java.util.concurrent.locks.LockSupport.parkNanos(PAUSE_NANOS);
    }

    private Db(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Loads SQLite's native library (unpacked from the driver's jar to a temporary file: ~0.1 s), so a
     * start can do it beside other work before the first {@link #open}. Failures are left to the open to report.
     */
    public static void preload() {
        try {
            org.sqlite.SQLiteJDBCLoader.initialize();
        } catch (Exception | LinkageError e) {
            // the open that follows reports it, with the index file's name
        }
    }

    public static Db open(Path file) {
        FxThreadGuard.check();
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
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
            db.read(() -> {
                org.sqlite.BusyHandler.setHandler(c, new Patient());
                try (Statement s = c.createStatement()) {
                    if (db.pragma("page_count") <= 1 && db.pragma("user_version") == 0) {
                        // A new file: in WAL mode the setting only takes hold through a VACUUM (instant while
                        // empty). An older file is switched over by its first compaction; an open writes nothing.
                        s.execute("PRAGMA auto_vacuum = INCREMENTAL");
                        s.execute("VACUUM");
                    }
                    // After a big transaction (a compaction) the WAL file is cut back to this size.
                    s.execute("PRAGMA journal_size_limit = " + (64L << 20));
                    // Full-text inserts rewrite the index's recent segments batch after batch: with 32 MB
                    // of page cache instead of 2 MB, 10k cards' search rows went in 10-35% faster (3 pairs
                    // taken in turn); the memory is SQLite's own, outside the Java heap, taken as used.
                    s.execute("PRAGMA cache_size = -32000");
                }
                return null;
            });
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

    /** SQLITE_FULL, or an I/O error (a write, a sync, a file growing) while the index's disk has no room. */
    private boolean diskFull(SQLException e) {
        int code = e.getErrorCode() & 0xFF;
        if (code == SQLiteErrorCode.SQLITE_FULL.code) {
            return true;
        }
        if (code != SQLiteErrorCode.SQLITE_IOERR.code) {
            return false;
        }
        try {
            return java.nio.file.Files.getFileStore(file.toAbsolutePath().getParent()).getUsableSpace() < (1L << 20);
        } catch (java.io.IOException | RuntimeException notKnown) {
            return false;
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
        if (diskFull(e)) {
            return new IndexFullException(file, e);
        }
        return new LibraryException("library index error: " + e.getMessage(), e);
    }

    /** The damage found in the file while it was in use, if any (it does not go away by itself). */
    public Optional<IndexUnusableException> damage() {
        return Optional.ofNullable(damage);
    }

    /**
     * SQLite's check of the file, throwing the damage it finds. With the open failing and SQLite
     * reporting SQLITE_CORRUPT or SQLITE_NOTADB during use, a failed check is the one definition of a
     * damaged index; once found, every later write is refused.
     *
     * <p>{@code thorough = false} runs {@code PRAGMA quick_check(TABLE)} on every b-tree table with its
     * indexes (the full-text index's own tables included): cell and record structure, 0.3 s at 50k cards
     * (520 MB). {@code thorough = true} adds what only the whole-file check does: page accounting (pages
     * lost or used twice) and FTS5's own integrity check, which is 5-9 s at 50k, so it runs only where
     * the user asked for a rebuild.
     */
    public void verify(boolean thorough) {
        IndexUnusableException known = damage;
        if (known != null) {
            throw known;
        }
        List<String> found = read(() -> {
            return IntegrityCheck.problems(connection, thorough);
        });
        if (!found.isEmpty()) {
            damage = new IndexUnusableException(file, false, "SQLite's check of the file failed ("
                    + String.join("; ", found) + ")", null);
            throw damage;
        }
    }

    /**
     * Caps the file at {@code pages} pages ({@code PRAGMA max_page_count}): past it SQLite answers
     * SQLITE_FULL, as on a full disk. For tests of a full disk where no small file system can be mounted.
     */
    public void limitPages(long pages) {
        read(() -> pragma("max_page_count = " + pages));
    }

    /** The file's size in pages. */
    public long pages() {
        return read(() -> pragma("page_count"));
    }

    /**
     * Gives the free pages of the file back to the file system when they are much of it (see
     * {@link Compaction}).
     *
     * @return the number of pages given back
     */
    public long compact() {
        return new Compaction(this).run();
    }

    long pragma(String name) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    Connection connection() {
        return connection;
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
            IndexUnusableException known = damage;
            if (known != null) {
                throw known; // never write into a damaged file: it would spread the damage
            }
            connection.setAutoCommit(false);
            Throwable first = null;
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                first = e;
                try {
                    connection.rollback();
                } catch (SQLException alreadyRolledBack) {
                    // On SQLITE_FULL (and some I/O errors) SQLite has rolled back by itself: open an empty
                    // transaction so that the driver, which believes one is open, can end it below.
                    e.addSuppressed(alreadyRolledBack);
                    try (Statement s = connection.createStatement()) {
                        s.execute("BEGIN");
                    } catch (SQLException ignored) {
                        e.addSuppressed(ignored);
                    }
                }
                throw e;
            } finally {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException e) {
                    if (first == null) {
                        throw e;
                    }
                    first.addSuppressed(e); // the first error is the one to report
                }
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

    void closeStatements() throws SQLException {
        for (PreparedStatement s : statements.values()) {
            s.close();
        }
        statements.clear();
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closeStatements();
            connection.close();
        } catch (SQLException e) {
            throw new LibraryException("cannot close the library index: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
