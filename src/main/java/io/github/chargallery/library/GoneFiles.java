package io.github.chargallery.library;

import io.github.chargallery.card.FileNames;
import io.github.chargallery.library.db.CardRecord;
import io.github.chargallery.library.db.CardTable;
import io.github.chargallery.library.db.FileTable;
import io.github.chargallery.library.db.Store;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Indexed files that vanished in this sync, looked up by what a moved or renamed file keeps (see README,
 * "How favourites follow your files"). An unreadable file has no content hash to follow: it is found
 * again by its size and partial hash, or its file key. A card whose content changed as it was renamed
 * or moved is found by its name and creator, in the same folder or the same file (file key). A match
 * that is not clear (two candidates alike) gives nothing. Each vanished file is succeeded once.
 */
final class GoneFiles {
    private record Candidate(FileTable.Row row, CardTable.Who who, FileTable.Identity identity, String folder) {
    }

    final List<FileTable.Row> rows = new ArrayList<>();
    private final Store store;
    private Map<String, List<Candidate>> byKey;
    private final Set<Long> claimed = new HashSet<>();

    GoneFiles(Store store) {
        this.store = store;
    }

    private void load() throws SQLException {
        if (byKey != null) {
            return;
        }
        byKey = new HashMap<>();
        for (FileTable.Row r : rows) {
            Optional<CardTable.Who> who = store.cards.who(r.cardId());
            if (who.isEmpty()) {
                continue;
            }
            FileTable.Identity id = store.files.identity(r.id());
            Path parent = FileNames.path(r.path()).getParent();
            Candidate c = new Candidate(r, who.get(), id, parent == null ? "" : FileNames.text(parent));
            if (id.fileKey() != null) {
                add("file " + id.fileKey(), c);
            }
            if (c.who().error()) {
                if (id.partialHash() != null) {
                    add("bytes " + r.size() + " " + id.partialHash(), c);
                }
            } else {
                add(nameKey(c.who().name(), c.who().creator(), c.folder()), c);
            }
        }
    }

    private void add(String key, Candidate c) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(c);
    }

    private String nameKey(String name, String creator, String folder) {
        return "name " + name + "\u0000" + creator + "\u0000" + folder;
    }

    Optional<FileTable.Row> predecessorOf(Parsed p) throws SQLException {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        load();
        CardRecord record = p.record();
        boolean unreadable = record.error() != null;
        FileTable.Identity id = p.identity();
        Path parent = p.stat().path().toAbsolutePath().getParent();
        String folder = parent == null ? "" : FileNames.text(parent);
        Map<Candidate, Integer> score = new LinkedHashMap<>();
        if (id.fileKey() != null) {
            for (Candidate c : byKey.getOrDefault("file " + id.fileKey(), List.of())) {
                // The same file, if it is still the same card: an inode is reused for unrelated files.
                boolean same = unreadable ? c.who().error() && c.row().size() == p.stat().size()
                        : !c.who().error() && c.who().name().equals(record.name())
                                && c.who().creator().equals(record.creator());
                if (same) {
                    score.merge(c, 1, Integer::sum);
                }
            }
        }
        String other = unreadable ? id.partialHash() == null ? null : "bytes " + p.stat().size() + " " + id.partialHash()
                : nameKey(record.name(), record.creator(), folder);
        if (other != null) {
            for (Candidate c : byKey.getOrDefault(other, List.of())) {
                score.merge(c, 1, Integer::sum);
            }
        }
        score.keySet().removeIf(c -> claimed.contains(c.row().id()));
        Candidate best = null;
        boolean clear = true;
        for (Map.Entry<Candidate, Integer> e : score.entrySet()) {
            if (best == null || e.getValue() > score.get(best)) {
                best = e.getKey();
                clear = true;
            } else if (e.getValue().equals(score.get(best))) {
                // Identical unreadable files are interchangeable; two readable look-alikes are not clear.
                clear = unreadable;
            }
        }
        if (best == null || !clear) {
            return Optional.empty();
        }
        claimed.add(best.row().id());
        return Optional.of(best.row());
    }
}
