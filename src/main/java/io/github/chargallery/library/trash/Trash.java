package io.github.chargallery.library.trash;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a removed card file goes: the operating system's trash, never a delete. On Linux (and other
 * freedesktop.org desktops) {@link FreedesktopTrash}; on Windows and macOS the gallery window supplies one
 * through {@code java.awt.Desktop}, which this layer cannot use; elsewhere {@link #none}.
 * Implementations are blocking (disk) and thread-safe.
 */
public interface Trash {

    /** Words for the user: "the trash (~/.local/share/Trash)", "the system trash". */
    String description();

    /**
     * Moves the file into the trash and says where it went. Nothing is deleted: when the file cannot be
     * trashed it stays where it is and the exception says why.
     */
    TrashedFile moveToTrash(Path file) throws TrashException;

    /** Why this file could not go to the trash (no trash on its drive, say), empty when it could. No change. */
    Optional<String> unavailable(Path file);

    /** Whether {@link #restore} can bring files back (the system trash through AWT cannot). */
    boolean canRestore();

    /**
     * Puts a trashed file back at its original path, or beside it under a numbered name ("name (2).png") when
     * that path is taken now; returns where it is.
     */
    Path restore(TrashedFile trashed) throws TrashException;

    /** The trash for this system as the headless layers can reach it: freedesktop.org on Linux, else none. */
    static Trash forThisSystem() {
        return forSystem(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    static Trash forSystem(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return none("no trash is reachable from the command line on " + osName
                    + " (the gallery window uses the system trash)");
        }
        return FreedesktopTrash.of(env, home);
    }

    /** A trash that refuses every file with this reason (no trash on this system). */
    static Trash none(String reason) {
        return new Trash() {
            @Override
            public String description() {
                return "no trash";
            }

            @Override
            public TrashedFile moveToTrash(Path file) throws TrashException {
                throw new TrashException(file, reason);
            }

            @Override
            public Optional<String> unavailable(Path file) {
                return Optional.of(reason);
            }

            @Override
            public boolean canRestore() {
                return false;
            }

            @Override
            public Path restore(TrashedFile trashed) throws TrashException {
                throw new TrashException(trashed.original(), reason);
            }
        };
    }
}
