package io.github.chargallery.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One version of a file on disk, as the editor opened it: its size, modification time and a hash of its
 * bytes. Saving compares the file's bytes now with {@code sha256}: a different hash means another
 * program changed the file since (a new mtime with the same bytes is not a change).
 */
public record FileVersion(long size, long modifiedMillis, String sha256) {

    /** The version of the file on disk now (reads it whole). */
    public static FileVersion of(Path file) throws IOException {
        long modified = Files.getLastModifiedTime(file).toMillis();
        byte[] bytes = Files.readAllBytes(file);
        return new FileVersion(bytes.length, modified, sha256(bytes));
    }

    /** Whether these bytes are this version's. */
    public boolean matches(byte[] bytes) {
        return bytes.length == size && sha256(bytes).equals(sha256);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
