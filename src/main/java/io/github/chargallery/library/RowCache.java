package io.github.chargallery.library;

import io.github.chargallery.library.db.Store;

/**
 * The index's file rows as the last sync read them, kept while nothing has written the files table
 * (through this connection, or from another process: SQLite's data_version). A Refresh with nothing
 * changed then costs the walk and the comparison only.
 */
final class RowCache {
    private ScanDiff.Index index;
    private long version = -1;
    private long dataVersion = -1;

    /** The rows of the files table, every entry marked unseen. */
    synchronized ScanDiff.Index get(Store store) {
        return store.db.read(() -> {
            long dv = store.db.dataVersion();
            long v = store.files.version();
            if (index == null || v != version || dv != dataVersion) {
                index = new ScanDiff.Index(store.files.all());
                version = v;
                dataVersion = dv;
            } else {
                index.resetSeen();
            }
            return index;
        });
    }
}
