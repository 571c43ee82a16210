package io.github.chargallery.library;

import io.github.chargallery.card.AtomicFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The previous versions of edited cards, kept in the data folder: {@code history/<card id>/<time>.<ext>},
 * the time being when a save replaced that version (UTC, sortable) and the file's modification time
 * the one it had. A card keeps its newest {@link #MAX_VERSIONS} versions, within {@link #MAX_BYTES}
 * (the newest is kept whatever its size). A file that is in no library folder has no card id: its
 * versions go under {@code file-<hash of its path>}.
 */
public final class CardHistory {
    public static final String FOLDER = "history";
    public static final int MAX_VERSIONS = 20;
    public static final long MAX_BYTES = 100L * 1024 * 1024;
    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Path root;

    public CardHistory(Path dataDir) {
        this.root = dataDir.resolve(FOLDER);
    }

    /** The folders that may hold versions of this file: its card's, and its path's (before it was indexed). */
    List<Path> folders(Optional<Long> cardId, Path file) {
        List<Path> out = new ArrayList<>();
        cardId.ifPresent(id -> out.add(root.resolve(Long.toString(id))));
        out.add(root.resolve("file-" + FileVersion.sha256(Library.key(file).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16)));
        return out;
    }

    /** Keeps {@code bytes} (the file's content before a save) as the newest version, then trims the folder. */
    HistoryVersion keep(Optional<Long> cardId, Path file, byte[] bytes, FileTime modified, Instant now)
            throws IOException {
        Path folder = folders(cardId, file).get(0);
        Files.createDirectories(folder);
        String ext = extension(file);
        Path target = folder.resolve(NAME.format(now) + ext);
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(NAME.format(now) + "-" + n + ext);
        }
        AtomicFiles.write(target, out -> out.write(bytes));
        if (modified != null) {
            Files.setLastModifiedTime(target, modified);
        }
        trim(folder);
        Path kept = target;
        return list(cardId, file).stream().filter(v -> v.file().equals(kept)).findFirst()
                .orElseThrow(() -> new IOException("the kept version " + kept + " vanished"));
    }

    /** Moves a kept version to the folder of the card the file belongs to after the save (an edited copy). */
    void move(HistoryVersion v, long cardId) throws IOException {
        Path folder = root.resolve(Long.toString(cardId));
        Files.createDirectories(folder);
        Files.move(v.file(), folder.resolve(v.file().getFileName()));
        trim(folder);
    }

    /** Every kept version of this file, newest first, numbered from 1. */
    List<HistoryVersion> list(Optional<Long> cardId, Path file) {
        return list(folders(cardId, file));
    }

    private List<HistoryVersion> list(List<Path> folders) {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
                for (Path p : ds) {
                    if (replaced(p) != null && Files.isRegularFile(p)) {
                        files.add(p);
                    }
                }
            } catch (IOException e) {
                // an unreadable folder lists nothing; saving still works
            }
        }
        files.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        List<HistoryVersion> out = new ArrayList<>();
        for (Path p : files) {
            try {
                out.add(new HistoryVersion(out.size() + 1, replaced(p), Files.getLastModifiedTime(p).toInstant(),
                        Files.size(p), p));
            } catch (IOException e) {
                // vanished meanwhile
            }
        }
        return out;
    }

    private void trim(Path folder) throws IOException {
        long bytes = 0;
        for (HistoryVersion v : list(List.of(folder))) {
            bytes += v.size();
            if (v.number() > MAX_VERSIONS || (v.number() > 1 && bytes > MAX_BYTES)) {
                Files.deleteIfExists(v.file());
            }
        }
    }

    /** The time in a version's file name, or null for a file that is not a version. */
    private static Instant replaced(Path p) {
        String n = p.getFileName().toString();
        if (n.length() < 20 || n.startsWith(".")) {
            return null;
        }
        try {
            return Instant.from(NAME.parse(n.substring(0, 20)));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String extension(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(dot).toLowerCase(Locale.ROOT) : "";
    }
}
