package io.github.chargallery.library.db;

import java.sql.ResultSet;
import java.sql.Statement;

/** Giving an index file's free pages back to the file system, in short steps. */
final class Compaction {
    /** Free pages worth giving back: over a fifth of the file and over 4 MB. */
    private static final long COMPACT_MIN_FREE_PAGES = 1024;
    /** Pages given back per transaction by the incremental vacuum (4 MB: ~10-50 ms). */
    private static final int COMPACT_STEP_PAGES = 1024;

    private final Db db;

    Compaction(Db db) {
        this.db = db;
    }

    /**
     * Gives the free pages of the file back to the file system when they are much of it (after a root
     * was removed, or the grace period purged many cards): 5,000 cards must not keep the 1 GB file that
     * 100,000 needed. A file made with {@code auto_vacuum = INCREMENTAL} (every file since schema 3) is
     * shrunk by {@code PRAGMA incremental_vacuum} in steps of 4 MB, each its own short transaction, so
     * clicks and other processes get in between; an older file is switched over by one {@code VACUUM}
     * (it rewrites what is left, so its time is that of the cards kept, once).
     *
     * @return the number of pages given back
     */
    long run() {
        long[] state = db.read(() -> new long[] {db.pragma("page_count"), db.pragma("freelist_count"), db.pragma("auto_vacuum")});
        long pages = state[0];
        long free = state[1];
        if (free < COMPACT_MIN_FREE_PAGES || free * 5 < pages) {
            return 0;
        }
        if (state[2] != 2) {
            db.read(() -> {
                db.closeStatements(); // VACUUM refuses to run while a cached statement is not reset
                try (Statement s = db.connection().createStatement()) {
                    s.execute("PRAGMA auto_vacuum = INCREMENTAL");
                    s.execute("VACUUM");
                }
                return null;
            });
        } else {
            while (db.write(() -> {
                long before = db.pragma("freelist_count");
                long left = before;
                try (Statement s = db.connection().createStatement()) {
                    // the driver may step the pragma once (one page): repeat until this step's share is done
                    do {
                        long was = left;
                        s.execute("PRAGMA incremental_vacuum(" + COMPACT_STEP_PAGES + ")");
                        left = db.pragma("freelist_count");
                        if (left >= was) {
                            break;
                        }
                    } while (left > 0 && before - left < COMPACT_STEP_PAGES);
                }
                return left > 0 && left < before;
            })) {
                db.pauseForOthers(); // next step in its own transaction
            }
        }
        db.read(() -> {
            // WAL mode: the file is cut to its new size when the log is checkpointed into it
            try (Statement s = db.connection().createStatement();
                 ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                rs.next();
            }
            return null;
        });
        return free - db.read(() -> db.pragma("freelist_count"));
    }
}
