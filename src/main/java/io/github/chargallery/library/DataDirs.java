package io.github.chargallery.library;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the user's index lives: {@code --data-dir DIR} if given, else {@code $CHARACTER_GALLERY_HOME},
 * else the platform's data folder (XDG on Linux, %APPDATA% on Windows, Application Support on macOS).
 */
public final class DataDirs {
    public static final String ENV = "CHARACTER_GALLERY_HOME";

    private DataDirs() {
    }

    /** The data folder for this process; {@code explicit} (from --data-dir) wins when non-null. */
    public static Path resolve(String explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
    }

    static Path resolve(String explicit, Map<String, String> env, String osName, String home) {
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        String own = env.get(ENV);
        if (own != null && !own.isBlank()) {
            return Path.of(own).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData)
                    : Path.of(home, "AppData", "Roaming");
            return base.resolve("CharacterGallery");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "CharacterGallery");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(home, ".local", "share");
        return base.resolve("character-gallery");
    }

    /**
     * Creates the data folder if needed. A folder that cannot be made or used gets a message that says why:
     * it is a file, it is read-only, or its parent is.
     */
    public static void create(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new LibraryException("cannot use " + dir + " as the data folder: it is a file, not a folder", null);
        }
        if (Files.isDirectory(dir) && !Files.isWritable(dir)) {
            throw new LibraryException("the data folder " + dir + " is read-only: the index cannot be written"
                    + " (list and roots can still read it)", null);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new LibraryException(cannotCreate(dir, e), e);
        }
    }

    /** Words for a failed {@code createDirectories(dir)}; the seam the tests use, as root ignores permissions. */
    static String cannotCreate(Path dir, IOException e) {
        Path parent = dir.toAbsolutePath().getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        String at = "cannot create the data folder " + dir;
        if (parent != null && !Files.isDirectory(parent)) {
            return at + ": " + parent + " is a file, not a folder";
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : null;
        if (e instanceof AccessDeniedException || reason != null && reason.contains("Read-only file system")) {
            return at + ": its parent" + (parent == null || parent.equals(dir.getParent()) ? "" : " " + parent)
                    + " is read-only";
        }
        return at + ": " + (reason != null ? reason : e.getClass().getSimpleName() + " " + e.getMessage());
    }
}
