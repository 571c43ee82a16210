package io.github.chargallery.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the user's index lives: {@code --data-dir DIR} if given, else {@code $CHARACTER_GALLERY_HOME},
 * else the platform's data folder (XDG on Linux, %APPDATA% on Windows, Application Support on macOS).
 */
public final class DataDirs {
    public static final String ENV = "CHARACTER_GALLERY_HOME";
    public static final String OPTION = "--data-dir";

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
     * Takes {@code --data-dir DIR} (or {@code --data-dir=DIR}) out of a mutable argument list and
     * returns DIR, or null when absent. Throws IllegalArgumentException when DIR is missing.
     */
    public static String takeOption(List<String> args) {
        String found = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals(OPTION)) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(OPTION + " needs a folder");
                }
                found = args.get(i + 1);
                args.remove(i + 1);
                args.remove(i);
                i--;
            } else if (a.startsWith(OPTION + "=")) {
                found = a.substring(OPTION.length() + 1);
                args.remove(i);
                i--;
            }
        }
        return found;
    }
}
