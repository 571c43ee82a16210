package io.github.chargallery.library;

import io.github.chargallery.card.CardReader;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.library.db.FileTable;
import io.github.chargallery.library.db.RootTable;
import io.github.chargallery.library.db.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One file read into the index at once, through the same {@link IndexWriter} a sync uses (so an edit in
 * place keeps its card id, and the patch is the one a sync would publish), without walking its folder.
 */
final class OneFile {
    private OneFile() {
    }

    static Patch reindex(Store store, CardReader reader, long nowMillis, Path file) {
        Path path = FileNames.path(Library.key(file));
        // the deepest root holding the file: a nested root owns its files
        Optional<RootTable.Row> root = store.db.read(store.roots::all).stream()
                .filter(r -> path.startsWith(FileNames.path(r.path())))
                .max(Comparator.comparingInt(r -> FileNames.path(r.path()).getNameCount()));
        if (root.isEmpty()) {
            return new Patch(List.of(), List.of(), List.of());
        }
        FileStat stat;
        try {
            BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
            stat = new FileStat(path, attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        } catch (IOException e) {
            return new Patch(List.of(), List.of(), List.of()); // gone again: the next scan sees to it
        }
        FileTable.Row row = store.db.read(() -> store.files.byPath(Library.key(path))).orElse(null);
        Parsed parsed = Parsed.read(reader, stat, root.get().id(), row);
        Instant now = Instant.now();
        IndexWriter writer = new IndexWriter(store, nowMillis, now.getEpochSecond() * 1_000_000_000L + now.getNano());
        return writer.apply(List.of(parsed));
    }
}
