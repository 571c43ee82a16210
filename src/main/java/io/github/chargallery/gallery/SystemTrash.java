package io.github.chargallery.gallery;

import io.github.chargallery.card.FileNames;
import io.github.chargallery.library.trash.Trash;
import io.github.chargallery.library.trash.TrashException;
import io.github.chargallery.library.trash.TrashedFile;
import java.awt.Desktop;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The Windows and macOS trash, through {@code java.awt.Desktop.moveToTrash} (which Linux lacks: there the
 * freedesktop.org trash of the library layer is used). The system does not say where a file went, so the
 * gallery cannot put it back itself: the Recycle Bin's or Finder's own "Put back" does.
 */
final class SystemTrash implements Trash {
    private SystemTrash() {
    }

    /** The trash the window uses on this system. */
    static Trash forThisSystem() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (!os.startsWith("windows") && !os.startsWith("mac")) {
            return Trash.forThisSystem();
        }
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.MOVE_TO_TRASH)) {
                return new SystemTrash();
            }
        } catch (RuntimeException | LinkageError e) {
            // no AWT desktop here: no trash
        }
        return Trash.none("this system offers no trash to Java programs (java.awt.Desktop cannot move to trash)");
    }

    @Override
    public String description() {
        return "the system trash";
    }

    @Override
    public TrashedFile moveToTrash(Path file) throws TrashException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new TrashException(file, "no such file");
        }
        boolean moved;
        try {
            moved = Desktop.getDesktop().moveToTrash(file.toFile());
        } catch (RuntimeException e) {
            throw new TrashException(file, "the system trash refused it: " + e.getMessage());
        }
        if (!moved || Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new TrashException(file, "the system trash did not take it (a network drive has none)");
        }
        return new TrashedFile(file, null, null, System.currentTimeMillis(), description());
    }

    @Override
    public Optional<String> unavailable(Path file) {
        return Optional.empty(); // only trying tells: Desktop has no question for it
    }

    @Override
    public boolean canRestore() {
        return false;
    }

    @Override
    public Path restore(TrashedFile trashed) throws TrashException {
        throw new TrashException(trashed.original(), "put it back from the system trash (Recycle Bin or Finder:"
                + " Put Back); it went to " + description() + " as " + FileNames.display(trashed.original().getFileName()));
    }
}
