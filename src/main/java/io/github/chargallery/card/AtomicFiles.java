package io.github.chargallery.card;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The one way files are written: into a temporary file in the target's folder, then moved into place.
 * A failure part way (disk full, unplugged drive, crash) leaves the old file as it was and no half file
 * under the real name.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Writes {@code target}, replacing it when it exists. */
    public static void write(Path target, Body body) throws IOException {
        Path tmp = temp(target.toAbsolutePath().getParent(), body);
        try {
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
        Files.createDirectories(folder);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        Path tmp = temp(folder, body);
        try {
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
        Path tmp = Files.createTempFile(folder, ".", ".part");
        boolean done = false;
        try {
            // No fsync: this guards against our own failure mid-write; bulk generation must stay fast.
            try (OutputStream out = Files.newOutputStream(tmp)) {
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
}
