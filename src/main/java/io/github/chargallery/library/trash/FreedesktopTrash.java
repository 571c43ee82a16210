package io.github.chargallery.library.trash;

import io.github.chargallery.card.FileNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * The freedesktop.org Trash specification 1.0 (GNOME, KDE, Xfce and their file managers read it). A file on
 * the same file system as the home trash ({@code $XDG_DATA_HOME/Trash}) goes there; a file on another one
 * goes to that file system's own trash, {@code $topdir/.Trash/$uid} when the administrator made a sticky,
 * non-link {@code .Trash}, else {@code $topdir/.Trash-$uid}. The file is only ever renamed, never copied, so
 * a file whose drive has no usable trash stays where it is (the spec allows refusing).
 */
public final class FreedesktopTrash implements Trash {
    private static final int STICKY = 01000;
    private final Path home;
    private final LocalClock clock;

    /** The local wall clock for DeletionDate (replaceable in tests). */
    interface LocalClock {
        LocalDateTime now();
    }

    FreedesktopTrash(Path homeTrash, LocalClock clock) {
        this.home = homeTrash.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** The home trash under {@code $XDG_DATA_HOME} (default {@code ~/.local/share}). */
    public static FreedesktopTrash of(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(userHome, ".local", "share");
        return new FreedesktopTrash(data.resolve("Trash"), LocalDateTime::now);
    }

    /** The home trash folder (holding files/ and info/). */
    public Path homeTrash() {
        return home;
    }

    @Override
    public String description() {
        return "the trash (" + home + ")";
    }

    @Override
    public boolean canRestore() {
        return true;
    }

    /** Which trash folder a file goes to, and how its .trashinfo names it. */
    private record Target(Path dir, Path topdir) {
    }

    @Override
    public Optional<String> unavailable(Path file) {
        try {
            target(file.toAbsolutePath().normalize(), false);
            return Optional.empty();
        } catch (TrashException e) {
            return Optional.of(e.reason());
        }
    }

    @Override
    public synchronized TrashedFile moveToTrash(Path given) throws TrashException {
        Path file = given.toAbsolutePath().normalize();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new TrashException(file, "no such file");
        }
        Target t = target(file, true);
        Path files = t.dir().resolve("files");
        Path infos = t.dir().resolve("info");
        byte[] pathBytes = t.topdir() == null ? TrashInfo.bytes(file) : TrashInfo.relativeBytes(t.topdir(), file);
        String info = TrashInfo.text(pathBytes, clock.now());
        byte[] rawName = nameBytes(file);
        for (int n = 1; ; n++) {
            Path trashed = files.resolve(n == 1 ? file.getFileName() : numbered(rawName, n, "."));
            Path infoFile = infos.resolve(trashed.getFileName() + TrashInfo.SUFFIX);
            if (Files.exists(trashed, LinkOption.NOFOLLOW_LINKS)) {
                continue; // a file without its info (another program's leftover): its name stays taken
            }
            try {
                // the info file first, created exclusively: it reserves NAME against another program trashing now
                Files.writeString(infoFile, info, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                continue;
            } catch (IOException e) {
                throw new TrashException(file, "cannot write into the trash " + t.dir() + ": " + why(e));
            }
            try {
                Files.move(file, trashed, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                deleteQuietly(infoFile);
                throw new TrashException(file, e instanceof AtomicMoveNotSupportedException
                        ? "it is on another drive than the trash " + t.dir() + " and is never copied"
                        : "cannot move it into the trash " + t.dir() + ": " + why(e));
            }
            return new TrashedFile(file, trashed, infoFile, System.currentTimeMillis(), description());
        }
    }

    @Override
    public synchronized Path restore(TrashedFile t) throws TrashException {
        if (t.trashedAs() == null || !Files.exists(t.trashedAs(), LinkOption.NOFOLLOW_LINKS)) {
            throw new TrashException(t.original(), "it is no longer in the trash (emptied, or restored by another"
                    + " program)");
        }
        Path target = t.original();
        byte[] rawName = nameBytes(target);
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new TrashException(target, "cannot make its folder again: " + why(e));
        }
        for (int n = 1; n < 10_000; n++) {
            Path to = n == 1 ? target : target.resolveSibling(numbered(rawName, n, " ("));
            if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                moveNoReplace(t.trashedAs(), to);
            } catch (FileAlreadyExistsException e) {
                continue;
            } catch (IOException e) {
                throw new TrashException(target, "cannot move it back from the trash: " + why(e));
            }
            if (t.info() != null) {
                deleteQuietly(t.info());
            }
            return to;
        }
        throw new TrashException(target, "every numbered name beside it is taken");
    }

    /** A rename that never replaces a file; across drives (a restored folder moved meanwhile) a copy, then delete. */
    private static void moveNoReplace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            // ATOMIC_MOVE may replace on some systems: checked just before, and the gap is one rename
        } catch (AtomicMoveNotSupportedException e) {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
            Files.delete(from);
        }
    }

    private static byte[] nameBytes(Path file) {
        return TrashInfo.relativeBytes(file.getParent(), file);
    }

    /** {@code stem.N.ext} in the trash (as GLib names clashes), {@code stem (N).ext} when restoring. */
    static Path numbered(byte[] rawName, int n, String style) {
        String name = new String(rawName, StandardCharsets.ISO_8859_1); // bytes kept one to one
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        String mid = style.equals(".") ? "." + n : " (" + n + ")";
        return FileNames.fromBytes((stem + mid + ext).getBytes(StandardCharsets.ISO_8859_1));
    }

    private Target target(Path file, boolean create) throws TrashException {
        Object fileDev = device(file.getParent());
        Object homeDev = device(existingAncestor(home));
        if (fileDev == null || fileDev.equals(homeDev)) {
            prepare(home, create, file);
            return new Target(home, null);
        }
        Path top = topdir(file.getParent(), fileDev);
        String uid = uid();
        Path shared = top.resolve(".Trash");
        if (uid != null && isStickyFolder(shared)) {
            Path mine = shared.resolve(uid);
            if (usable(mine, create)) {
                return new Target(mine, top);
            }
        }
        if (uid != null) {
            Path own = top.resolve(".Trash-" + uid);
            if (usable(own, create)) {
                return new Target(own, top);
            }
        }
        throw new TrashException(file, "the drive holding it (" + top + ") has no trash this user can use"
                + " (" + (uid == null ? "user id unknown" : top.resolve(".Trash-" + uid) + " cannot be made") + ")");
    }

    private void prepare(Path dir, boolean create, Path file) throws TrashException {
        if (!usable(dir, create)) {
            throw new TrashException(file, "the trash " + dir + " cannot be made or written");
        }
    }

    /** The trash folder with files/ and info/, made (owner-only) when {@code create}; false when it cannot be. */
    private static boolean usable(Path dir, boolean create) {
        if (Files.isSymbolicLink(dir)) {
            return false;
        }
        if (!create) {
            Path p = existingAncestor(dir);
            return Files.isDirectory(p) && Files.isWritable(p);
        }
        try {
            for (Path p : new Path[] {dir, dir.resolve("files"), dir.resolve("info")}) {
                if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                }
            }
            return Files.isWritable(dir.resolve("files")) && Files.isWritable(dir.resolve("info"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean isStickyFolder(Path p) {
        try {
            if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return (mode & STICKY) != 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The top directory of the file system holding {@code folder}: the highest ancestor on the same device. */
    private static Path topdir(Path folder, Object dev) {
        Path top = folder;
        for (Path p = folder.getParent(); p != null; p = p.getParent()) {
            if (!dev.equals(device(p))) {
                break;
            }
            top = p;
        }
        return top;
    }

    private static Path existingAncestor(Path p) {
        Path q = p;
        while (q != null && !Files.exists(q)) {
            q = q.getParent();
        }
        return q == null ? p.getRoot() : q;
    }

    private static Object device(Path p) {
        try {
            return Files.getAttribute(p, "unix:dev");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** This process's user id (the owner of /proc/self), null when unknown. */
    private static String uid() {
        try {
            return String.valueOf(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String why(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // an info file without its file is ignored by every trash reader
        }
    }

    /** Reads the original path of a trashed file back from its .trashinfo (for another program's entries). */
    static Path originalOf(Path infoFile, Path topdir) throws IOException {
        byte[] p = TrashInfo.pathOf(Files.readString(infoFile, StandardCharsets.UTF_8));
        if (p == null) {
            throw new IOException("no Path in " + infoFile);
        }
        Path path = FileNames.fromBytes(p);
        return topdir == null ? path : topdir.resolve(path);
    }
}
