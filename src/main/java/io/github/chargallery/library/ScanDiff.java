package io.github.chargallery.library;

import io.github.chargallery.card.FileNames;
import io.github.chargallery.library.db.FileTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares one root's walk with the index rows, by path, size and mtime (as git's index does). A file
 * whose mtime is not at least {@link #RACY_NS} older than the scan that last checked it is "racy": an edit
 * within the file system's timestamp granularity could hide, so it is re-read. A row found under another
 * root than the one it was indexed with (a nested root was added) is re-read too, to move it.
 */
record ScanDiff(List<FileStat> added, List<Change> modified, List<Change> racy, int unchanged) {
    static final long RACY_NS = 2_000_000_000L;

    /** A walked file together with the index row at its path. */
    record Change(FileStat stat, FileTable.Row row) {
    }

    /** The index rows of one sync, by path, each marked once a walk has seen its file. */
    static final class Index {
        private static final class Entry {
            final FileTable.Row row;
            boolean seen;

            Entry(FileTable.Row row) {
                this.row = row;
            }
        }

        private final Map<String, Entry> byPath;

        Index(Collection<FileTable.Row> rows) {
            byPath = new HashMap<>(rows.size() * 4 / 3 + 16);
            for (FileTable.Row row : rows) {
                byPath.put(row.path(), new Entry(row));
            }
        }

        void resetSeen() {
            for (Entry e : byPath.values()) {
                e.seen = false;
            }
        }

        /**
         * Rows of a completely walked root that no walk of this sync saw: the files are gone. Never call
         * this for a root whose walk failed; nothing can be concluded about the files it did not list.
         */
        List<FileTable.Row> deleted(long rootId) {
            List<FileTable.Row> gone = new ArrayList<>();
            for (Entry e : byPath.values()) {
                if (!e.seen && e.row.rootId() == rootId) {
                    gone.add(e.row);
                }
            }
            return gone;
        }
    }

    static ScanDiff of(List<FileStat> walked, long rootId, Index index) {
        List<FileStat> added = new ArrayList<>();
        List<Change> modified = new ArrayList<>();
        List<Change> racy = new ArrayList<>();
        int unchanged = 0;
        for (FileStat stat : walked) {
            Index.Entry e = index.byPath.get(FileNames.text(stat.path()));
            if (e == null) {
                added.add(stat);
                continue;
            }
            e.seen = true;
            FileTable.Row row = e.row;
            if (row.size() != stat.size() || row.mtimeNs() != stat.mtimeNs() || row.rootId() != rootId) {
                modified.add(new Change(stat, row));
            } else if (stat.mtimeNs() >= row.checkedNs() - RACY_NS) {
                racy.add(new Change(stat, row));
            } else {
                unchanged++;
            }
        }
        return new ScanDiff(added, modified, racy, unchanged);
    }
}
