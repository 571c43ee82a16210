package io.github.chargallery.gallery.model;

import io.github.chargallery.card.AtomicFiles;
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
        return AtomicFiles.writeNew(folder, file.getFileName().toString(), out -> Files.copy(file, out));
    }
}
