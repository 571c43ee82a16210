package io.github.chargallery.library;

import io.github.chargallery.card.PngEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

/**
 * A SillyTavern user data folder as SillyTavern lays it out: characters/ (cards at the top level, a sprites
 * folder of plain PNGs beside them), chats/<avatar without .png>/*.jsonl, settings.json with tags and tag_map.
 */
final class SillyTavernFolderFixture {
    static final Instant LAST_CHAT = Instant.parse("2026-11-30T20:15:00Z");

    private SillyTavernFolderFixture() {
    }

    /** default-user with Seraphina (tagged "Fantasy" and "Healer", two chats) and Aqua (no tags, no chats). */
    static Path make(Path dataRoot) {
        Path user = dataRoot.resolve("default-user");
        try {
            Path chars = Files.createDirectories(user.resolve("characters"));
            TestCards.writePng(chars.resolve("Seraphina.png"), "Seraphina", "A guardian of the forest.", List.of("st"));
            TestCards.writePng(chars.resolve("Aqua.png"), "Aqua", "A goddess.", List.of("st"));
            Path sprites = Files.createDirectories(chars.resolve("Seraphina"));
            Files.write(sprites.resolve("joy.png"), PngEncoder.encode(4, 4, new byte[4 * 4 * 3], false));
            Files.write(sprites.resolve("anger.png"), PngEncoder.encode(4, 4, new byte[4 * 4 * 3], false));
            Path chats = Files.createDirectories(user.resolve("chats").resolve("Seraphina"));
            chat(chats.resolve("Seraphina - 2026-11-01@10h00m00s.jsonl"), Instant.parse("2026-11-01T10:00:00Z"));
            chat(chats.resolve("Seraphina - 2026-11-30@20h15m00s.jsonl"), LAST_CHAT);
            Files.writeString(chats.resolve("notes.txt"), "not a chat");
            Files.writeString(user.resolve("settings.json"), """
                    {"firstRun": false, "power_user": {"theme": "Dark", "nested": {"tags": ["decoy"]}},
                     "tags": [{"id": "1001", "name": "Fantasy", "color": "red"},
                              {"id": "1002", "name": "Healer"},
                              {"id": "1003", "name": "Unused"}],
                     "tag_map": {"Seraphina.png": ["1001", "1002", "9999"], "Gone.png": ["1003"]},
                     "oai_settings": {"preset": "x"}}
                    """);
            return user;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chat(Path file, Instant modified) throws IOException {
        Files.writeString(file, "{\"user_name\":\"You\"}\n{\"mes\":\"hello\"}\n");
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }
}
