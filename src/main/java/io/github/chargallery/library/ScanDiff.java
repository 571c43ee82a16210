package io.github.chargallery.library;

import io.github.chargallery.library.db.FileTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** @param seen collects the key of every walked file (for {@link #deleted}) */
    static ScanDiff of(List<FileStat> walked, long rootId, Map<String, FileTable.Row> allRows, Set<String> seen) {
        List<FileStat> added = new ArrayList<>();
        List<Change> modified = new ArrayList<>();
        List<Change> racy = new ArrayList<>();
        int unchanged = 0;
        for (FileStat stat : walked) {
            String key = stat.path().toString();
            seen.add(key);
            FileTable.Row row = allRows.get(key);
            if (row == null) {
                added.add(stat);
            } else if (row.size() != stat.size() || row.mtimeNs() != stat.mtimeNs() || row.rootId() != rootId) {
                modified.add(new Change(stat, row));
            } else if (stat.mtimeNs() >= row.checkedNs() - RACY_NS) {
                racy.add(new Change(stat, row));
            } else {
                unchanged++;
            }
        }
        return new ScanDiff(added, modified, racy, unchanged);
    }

    /**
     * Rows of a completely walked root that no walk of this sync saw: the files are gone. Never call
     * this for a root whose walk failed; nothing can be concluded about the files it did not list.
     */
    static List<FileTable.Row> deleted(Collection<FileTable.Row> rowsOfRoot, Set<String> seen) {
        List<FileTable.Row> gone = new ArrayList<>();
        for (FileTable.Row row : rowsOfRoot) {
            if (!seen.contains(row.path())) {
                gone.add(row);
            }
        }
        return gone;
    }
}
