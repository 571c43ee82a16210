package io.github.chargallery.library;

import io.github.chargallery.card.FileNames;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A SillyTavern user data folder ({@code <data root>/<user>/}, e.g. {@code data/default-user/}): its
 * {@code characters/} (the cards, top level only), {@code chats/<avatar without .png>/*.jsonl} and
 * {@code settings.json} (tags). SillyTavern owns every file here; the gallery only adds new cards.
 */
public record SillyTavernFolder(Path userDir) {
    public static final String CHARACTERS = "characters";
    public static final String CHATS = "chats";
    public static final String SETTINGS = "settings.json";

    public SillyTavernFolder {
        userDir = userDir.toAbsolutePath().normalize();
    }

    public Path characters() {
        return userDir.resolve(CHARACTERS);
    }

    public Path chats() {
        return userDir.resolve(CHATS);
    }

    public Path settings() {
        return userDir.resolve(SETTINGS);
    }

    /** The user's name as SillyTavern calls the folder ("default-user"). */
    public String user() {
        Path n = userDir.getFileName();
        return n == null ? userDir.toString() : FileNames.display(n);
    }

    /**
     * The folder as a SillyTavern user data folder, or a {@link LibraryException} saying what is wrong and,
     * when the user picked a folder next to the right one (the data root, SillyTavern's install folder, the
     * characters folder itself), which one to pick.
     */
    public static SillyTavernFolder check(Path dir) {
        Path d = dir.toAbsolutePath().normalize();
        String shown = FileNames.display(d);
        if (!Files.exists(d)) {
            throw new LibraryException("no such folder: " + shown, null);
        }
        if (!Files.isDirectory(d)) {
            throw new LibraryException(shown + " is a file, not a SillyTavern user data folder", null);
        }
        if (Files.isDirectory(d.resolve(CHARACTERS))) {
            return new SillyTavernFolder(d);
        }
        List<Path> inside = usersUnder(d);
        if (inside.isEmpty()) {
            inside = usersUnder(d.resolve("data"));
        }
        String hint = !inside.isEmpty() ? " (did you mean " + FileNames.display(inside.get(0)) + "?)"
                : d.getFileName() != null && d.getFileName().toString().equals(CHARACTERS) && d.getParent() != null
                        ? " (did you mean its parent, " + FileNames.display(d.getParent()) + "?)"
                        : " (pick SillyTavern's data/<user> folder, e.g. SillyTavern/data/default-user)";
        throw new LibraryException(shown + " is not a SillyTavern user data folder: it has no characters folder"
                + hint, null);
    }

    /** The user data folders in a SillyTavern data root (folders holding a characters folder). */
    public static List<Path> usersUnder(Path dataRoot) {
        List<Path> users = new ArrayList<>();
        if (!Files.isDirectory(dataRoot)) {
            return users;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dataRoot, Files::isDirectory)) {
            for (Path p : ds) {
                if (Files.isDirectory(p.resolve(CHARACTERS)) && !p.getFileName().toString().startsWith("_")) {
                    users.add(p.toAbsolutePath().normalize());
                }
            }
        } catch (IOException | RuntimeException e) {
            return users;
        }
        users.sort(null);
        return users;
    }

    /**
     * SillyTavern user folders found at the common places: {@code ~/SillyTavern/data/*}, the data root of a
     * global npm install (the platform's data folder for "SillyTavern", then {@code data}), and library roots
     * that look like one (a user folder, its characters folder, or an install holding {@code data/}).
     */
    public static List<Path> suggestions(Path home, Map<String, String> env, String os, List<Path> roots) {
        Set<Path> found = new LinkedHashSet<>();
        found.addAll(usersUnder(home.resolve("SillyTavern").resolve("data")));
        globalDataRoot(home, env, os).ifPresent(r -> found.addAll(usersUnder(r)));
        for (Path root : roots) {
            Path r = root.toAbsolutePath().normalize();
            if (r.getFileName() != null && r.getFileName().toString().equals(CHARACTERS) && r.getParent() != null
                    && Files.isDirectory(r.getParent().resolve(CHATS))) {
                found.add(r.getParent());
            } else if (Files.isDirectory(r.resolve(CHARACTERS)) && Files.isDirectory(r.resolve(CHATS))) {
                found.add(r);
            } else {
                found.addAll(usersUnder(r.resolve("data")));
            }
        }
        return List.copyOf(found);
    }

    /** Where a global install ({@code npm i -g sillytavern}) keeps its data: env-paths' data folder + "data". */
    static java.util.Optional<Path> globalDataRoot(Path home, Map<String, String> env, String os) {
        String o = os.toLowerCase(java.util.Locale.ROOT);
        Path base;
        if (o.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            base = (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local"))
                    .resolve("SillyTavern").resolve("Data");
        } else if (o.contains("mac")) {
            base = home.resolve("Library").resolve("Application Support").resolve("SillyTavern");
        } else {
            String xdg = env.get("XDG_DATA_HOME");
            base = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share"))
                    .resolve("SillyTavern");
        }
        return java.util.Optional.of(base.resolve("data"));
    }
}
