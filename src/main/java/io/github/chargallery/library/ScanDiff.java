package io.github.chargallery.library;

import io.github.chargallery.library.db.FileTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares one root's walk with the index rows, by path, size and mtime (as git's index does). A file
 * whose mtime is not at least {@link #RACY_NS} older than the scan that last checked it is "racy": an edit
 * within the file system's timestamp granularity could hide, so it is re-read. Deletions are only
 * concluded from a complete walk.
 */
record ScanDiff(List<FileStat> added, List<Change> modified, List<Change> racy, int unchanged,
                List<FileTable.Row> deleted) {
    static final long RACY_NS = 2_000_000_000L;

    /** A walked file together with the index row at its path. */
    record Change(FileStat stat, FileTable.Row row) {
    }

    static ScanDiff of(List<FileStat> walked, Map<String, FileTable.Row> rowsOfRoot,
                       Map<String, FileTable.Row> allRows, boolean walkComplete) {
        List<FileStat> added = new ArrayList<>();
        List<Change> modified = new ArrayList<>();
        List<Change> racy = new ArrayList<>();
        int unchanged = 0;
        Set<String> seen = new HashSet<>(walked.size() * 2);
        for (FileStat stat : walked) {
            String key = Library.key(stat.path());
            seen.add(key);
            FileTable.Row row = allRows.get(key);
            if (row == null) {
                added.add(stat);
            } else if (row.size() != stat.size() || row.mtimeNs() != stat.mtimeNs()) {
                modified.add(new Change(stat, row));
            } else if (stat.mtimeNs() >= row.checkedNs() - RACY_NS) {
                racy.add(new Change(stat, row));
            } else {
                unchanged++;
            }
        }
        List<FileTable.Row> deleted = new ArrayList<>();
        if (walkComplete) {
            for (FileTable.Row row : rowsOfRoot.values()) {
                if (!seen.contains(row.path())) {
                    deleted.add(row);
                }
            }
        }
        return new ScanDiff(added, modified, racy, unchanged, deleted);
    }
}
