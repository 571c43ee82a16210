package io.github.chargallery.library;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;

/**
 * How many chats SillyTavern has per character, and when the last one was written, from the folder listing
 * of {@code chats/<avatar without .png>/*.jsonl} alone: chats can be huge, and their names and mtimes say
 * enough. Blocking (disk).
 */
public final class SillyTavernChats {
    /** A character's chats: how many files, their total size, the newest file's mtime (epoch millis, 0 if none). */
    public record Stats(int count, long bytes, long lastMillis) {
        public static final Stats NONE = new Stats(0, 0, 0);
    }

    private SillyTavernChats() {
    }

    /** The chats folder's name for an avatar file: SillyTavern drops the first ".png" of the name. */
    public static String folderOf(String avatar) {
        int i = avatar.indexOf(".png");
        return i < 0 ? avatar : avatar.substring(0, i) + avatar.substring(i + 4);
    }

    /** Stats per chats folder name (see {@link #folderOf}); an unreadable or absent chats folder gives none. */
    public static Map<String, Stats> read(Path chats) {
        Map<String, Stats> all = new HashMap<>();
        if (!Files.isDirectory(chats)) {
            return all;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(chats, Files::isDirectory)) {
            for (Path dir : ds) {
                Stats s = of(dir);
                if (s.count() > 0) {
                    all.put(dir.getFileName().toString(), s);
                }
            }
        } catch (IOException | RuntimeException e) {
            // what was listed stands; a folder that cannot be read has no chats to show
        }
        return all;
    }

    /** The chats in one character's folder. */
    public static Stats of(Path dir) {
        int count = 0;
        long bytes = 0;
        long last = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.jsonl")) {
            for (Path f : ds) {
                try {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                    if (a.isRegularFile()) {
                        count++;
                        bytes += a.size();
                        last = Math.max(last, a.lastModifiedTime().toMillis());
                    }
                } catch (IOException e) {
                    // deleted meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            return Stats.NONE;
        }
        return new Stats(count, bytes, last);
    }
}
