package io.github.chargallery.card;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way files are written: into a temporary file in the target's folder, then moved into place.
 * A failure part way (disk full, unplugged drive, crash) leaves the old file as it was and no half file
 * under the real name.
 *
 * <p>Permissions: a new file gets the mode any file the user creates gets (0666 less the umask, e.g.
 * 0644), because the temporary file is opened the ordinary way ({@code Files.createTempFile} would force
 * 0600 and make a card imported into a shared folder unreadable to the others). A file that is replaced
 * keeps its mode, and its owner and group as far as this process may set them (POSIX file systems only).
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Checks the temporary file before it replaces the target; throws to keep the target as it is. */
    @FunctionalInterface
    public interface Check {
        void check(Path written) throws IOException;
    }

    /** Writes {@code target}, replacing it when it exists. */
    public static void write(Path target, Body body) throws IOException {
        write(target, body, written -> { });
    }

    /**
     * Writes {@code target} like {@link #write(Path, Body)}, and runs {@code check} on the complete temporary
     * file first (read it back, compare): when it throws, the temporary file is removed and the target is
     * left untouched.
     */
    public static void write(Path target, Body body, Check check) throws IOException {
        Path tmp = temp(target.toAbsolutePath().getParent(), body);
        try {
            check.check(tmp);
            keepAttributes(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Writes a new file in {@code folder} named {@code name}, or "base (2).ext", "base (3).ext"... when
     * taken; never replaces a file. Returns the path written.
     */
    public static Path writeNew(Path folder, String name, Body body) throws IOException {
        return writeNew(folder, name, body, written -> { });
    }

    /** {@link #writeNew(Path, String, Body)} with {@code check} run on the temporary file before it is named. */
    public static Path writeNew(Path folder, String name, Body body, Check check) throws IOException {
        Files.createDirectories(folder);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        Path tmp = temp(folder, body);
        try {
            check.check(tmp);
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

    /** The body written to a hidden temporary file in {@code folder}; removed again if the body fails. */
    private static Path temp(Path folder, Body body) throws IOException {
        Path tmp;
        OutputStream opened;
        while (true) {
            tmp = folder.resolve("." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part");
            try {
                // Opened without file attributes: the OS gives it 0666 less the process's umask.
                opened = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                break;
            } catch (FileAlreadyExistsException taken) {
                // another name
            }
        }
        boolean done = false;
        try {
            // No fsync: this guards against our own failure mid-write; bulk generation must stay fast.
            try (OutputStream out = opened) {
                body.write(out);
            }
            done = true;
            return tmp;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * Gives the temporary file the mode, group and owner of the file it replaces. Owner and group are
     * best effort: only root may give a file away, and a group only to one the user belongs to.
     */
    private static void keepAttributes(Path target, Path tmp) throws IOException {
        PosixFileAttributeView targetView = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView tmpView = Files.getFileAttributeView(tmp, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (targetView == null || tmpView == null) {
            return; // not a POSIX file system: its own rules apply
        }
        PosixFileAttributes old;
        try {
            old = targetView.readAttributes();
        } catch (NoSuchFileException e) {
            return; // a new file: the umask's mode stands
        }
        PosixFileAttributes now = tmpView.readAttributes();
        if (!old.group().equals(now.group())) {
            try {
                tmpView.setGroup(old.group());
            } catch (IOException e) {
                // not a group of this user: the file gets the user's group
            }
        }
        if (!old.owner().equals(now.owner())) {
            try {
                tmpView.setOwner(old.owner());
            } catch (IOException e) {
                // only root may give a file away
            }
        }
        // After chown, which clears set-id bits; the mode itself is always ours to set.
        tmpView.setPermissions(old.permissions());
    }
}
