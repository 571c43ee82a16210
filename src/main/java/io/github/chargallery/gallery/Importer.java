package io.github.chargallery.gallery;

import io.github.chargallery.card.CardFile;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.CardReader;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Sorts what the user dropped on the window into folders (new library roots), card files (to
 * import) and everything else (with the reason), and copies card files into the import folder
 * without ever overwriting anything. Reads files: background threads only.
 */
final class Importer {
    /** A dropped file that is not imported, and why, in words a user can act on. */
    record Rejected(Path file, String reason) {
        @Override
        public String toString() {
            return file.getFileName() + " — " + reason;
        }
    }

    record Plan(List<Path> folders, List<Path> cards, List<Rejected> rejected) {
    }

    private final CardReader reader;

    Importer(CardReader reader) {
        this.reader = reader;
    }

    Plan plan(List<Path> dropped) {
        List<Path> folders = new ArrayList<>();
        List<Path> cards = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        for (Path p : dropped) {
            if (Files.isDirectory(p)) {
                folders.add(p.toAbsolutePath().normalize());
            } else if (!Files.isRegularFile(p)) {
                rejected.add(new Rejected(p, "not found or not a regular file"));
            } else if (CardFile.Format.of(p) == null) {
                rejected.add(new Rejected(p, "not a card file (cards are .png, .json or .charx)"));
            } else {
                try {
                    reader.read(p);
                    cards.add(p);
                } catch (CardFormatException e) {
                    rejected.add(new Rejected(p, e.reason()));
                } catch (RuntimeException e) {
                    rejected.add(new Rejected(p, "could not be read (" + e.getClass().getSimpleName() + ")"));
                }
            }
        }
        return new Plan(folders, cards, rejected);
    }

    /**
     * Copies a file into the folder under its own name, or "name (2).ext", "name (3).ext"... when
     * taken. Written to a temp file first, then moved into place, so a half-copied card never shows.
     */
    static Path copyInto(Path folder, Path file) throws IOException {
        Files.createDirectories(folder);
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        Path tmp = Files.createTempFile(folder, ".import-", ".part");
        try {
            Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
            for (int n = 1; n < 10_000; n++) {
                Path target = folder.resolve(n == 1 ? name : base + " (" + n + ")" + ext);
                if (Files.exists(target)) {
                    continue;
                }
                try {
                    // No REPLACE_EXISTING: a file that appeared meanwhile makes this fail, never overwritten.
                    return Files.move(tmp, target);
                } catch (FileAlreadyExistsException raced) {
                    // try the next number
                }
            }
            throw new IOException("no free file name for " + name + " in " + folder);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
